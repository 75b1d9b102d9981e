import type { EffectiveTarget } from './effective-targets.ts';
import { formatThreshold, formatValue } from './format.ts';
import { meets } from './schema/comparison.ts';
import type { RecordedValue } from './schema/project.ts';
import { STATUS_LABELS } from './status-labels.ts';

/** How a recorded figure fares against the project's effective target. */
export interface RecordVerdict {
  status: 'pass' | 'fail';
  /** True when the project's own value, not the default, was the threshold. */
  overridden: boolean;
  /** One line for the terminal, such as "api-p95: 250 ms ✓ Pass against < 300 ms (…)". */
  text: string;
}

/** Judges a recorded figure against the effective target, the same rule the checklist status applies. */
export function recordVerdict(record: Pick<RecordedValue, 'value'>, target: EffectiveTarget): RecordVerdict {
  const status = meets(record.value, target.comparison, target.value) ? 'pass' : 'fail';
  const unit = target.target.unit;
  const threshold = formatThreshold(target.comparison, target.value, unit, 'en');
  const overridden = target.overrideReason !== undefined;
  const whose = overridden
    ? `this project's target, overriding the default ${formatThreshold(target.comparison, target.defaultValue, unit, 'en')}: ${target.overrideReason!.replace(/[.\s]+$/, '')}`
    : 'the default target; this project does not override it';
  const verdict = `${STATUS_LABELS[status].symbol} ${STATUS_LABELS[status].en}`;
  return { status, overridden, text: `${target.id}: ${formatValue(record.value, unit, 'en')} ${verdict} against ${threshold} (${whose})` };
}
