import type { Comparison } from './schema/comparison.ts';
import type { Project } from './schema/project.ts';
import type { Target } from './schema/target.ts';

/** A target as it applies to one project: the default value, or the project's override. */
export interface EffectiveTarget {
  id: string;
  target: Target;
  value: number;
  comparison: Comparison;
  /** The default value, kept to show beside an override. */
  defaultValue: number;
  /** The reason given by the project when it overrides the default. */
  overrideReason?: string;
}

/** Resolves every target for a project: defaults, with the project's overrides applied. */
export function effectiveTargets(targets: ReadonlyMap<string, Target>, project: Pick<Project, 'targets'> | undefined): Map<string, EffectiveTarget> {
  const result = new Map<string, EffectiveTarget>();
  for (const [id, target] of targets) {
    const override = project?.targets[id];
    result.set(id, {
      id,
      target,
      value: override?.value ?? target.value,
      comparison: target.comparison,
      defaultValue: target.value,
      ...(override ? { overrideReason: override.reason } : {}),
    });
  }
  return result;
}
