import { equalityMatchers, oneOfMatcher, type Matcher } from './promql.ts';
import type { Monitoring } from './monitoring-schema.ts';
import { projectSlosOrDefaults, type ProjectSlos } from './project-slo-schema.ts';

/** The values of the status label that mark a failed request when a project names none: any 5xx. */
export const DEFAULT_ERROR_PATTERN = '5..';

/** A project's monitoring with its defaults resolved into the matchers the rules use. */
export interface ProjectMonitoring extends Monitoring {
  /** The matchers every series of the project is picked with, in the order written (`job="<project id>"` by default). */
  selectorMatchers: Matcher[];
  /** The matcher that keeps failed requests. */
  errorMatcher: Matcher;
}

/** Resolves a project's monitoring: the selector (its id as the job by default) and the failed-request matcher. */
export function projectMonitoring(projectId: string, block: ProjectSlos | undefined): ProjectMonitoring {
  const monitoring = projectSlosOrDefaults(block).monitoring;
  const { label, values, pattern } = monitoring.requests.errors;
  return {
    ...monitoring,
    selectorMatchers: equalityMatchers(monitoring.selector ?? { job: projectId }),
    errorMatcher: values !== undefined ? oneOfMatcher(label, values) : { label, op: '=~', value: pattern ?? DEFAULT_ERROR_PATTERN },
  };
}
