import type { AlertRule } from './alert-rule.ts';
import type { Checklist } from './checklist.ts';
import type { LoadScenario } from './load-scenario.ts';
import type { Pattern } from './pattern.ts';
import type { Project } from './project.ts';
import type { ScalingTrigger } from './scaling-trigger.ts';
import type { Slo } from './slo.ts';
import type { Target } from './target.ts';

/** Everything the handbook's data files hold, validated, keyed by id. */
export interface Catalog {
  targets: Map<string, Target>;
  slos: Slo[];
  alertRules: AlertRule[];
  scalingTriggers: ScalingTrigger[];
  loadScenarios: LoadScenario[];
  /** Checklists in display order. */
  checklists: Checklist[];
  patterns: Map<string, Pattern>;
  projects: Map<string, Project>;
}
