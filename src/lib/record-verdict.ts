import type { EffectiveTarget } from './effective-targets.ts';
import { formatThreshold, formatValue } from './format.ts';
import type { RecordedValue } from './schema/project.ts';
import { STATUS_LABELS } from './status-labels.ts';
import { verdict } from './verdict.ts';

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
  const status = verdict(record.value, target);
  const unit = target.target.unit;
  const threshold = formatThreshold(target.comparison, target.value, unit, 'en');
  const overridden = target.overrideReason !== undefined;
  const whose = overridden
    ? `this project's target, overriding the default ${formatThreshold(target.comparison, target.defaultValue, unit, 'en')}: ${target.overrideReason!.replace(/[.\s]+$/, '')}`
    : 'the default target; this project does not override it';
  const label = `${STATUS_LABELS[status].symbol} ${STATUS_LABELS[status].en}`;
  return { status, overridden, text: `${target.id}: ${formatValue(record.value, unit, 'en')} ${label} against ${threshold} (${whose})` };
}
