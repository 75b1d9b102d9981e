import type { PlanFigures } from '../audits/audit-figures.ts';
import { auditText } from '../audits/audit-strings.ts';
import type { Locale } from '../schema/localized.ts';
import type { Pattern } from '../schema/pattern.ts';
import type { Target } from '../schema/target.ts';
import { t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';
import { effortText, fillableText, formatFigure, formatSignedPercent, metricLabel, metricUnit, patternCell, percentileText } from './audit-values.ts';

/** The context a plan table needs: the targets its gains name, the patterns its actions apply. */
export interface PlanContext {
  targets: ReadonlyMap<string, Target>;
  patterns: ReadonlyMap<string, Pattern>;
}

/** Each expected gain as "API latency P95, P95: 240 ms → 160 ms (−33.3%)", the change computed; "; " between two. */
function gainsText({ gains }: PlanFigures, targets: ReadonlyMap<string, Target>, locale: Locale): string {
  if (gains.length === 0) return auditText('plan.noGain', locale);
  return gains
    .map(({ gain, delta }) => {
      const unit = metricUnit(gain.metric, gain.unit, targets);
      const figure = (value: typeof gain.before) => fillableText(value, (filled) => formatFigure(filled, unit, locale));
      return auditText('plan.gainCell', locale, {
        metric: metricLabel(gain.metric, targets, locale),
        percentile: percentileText(gain.percentile, locale),
        before: figure(gain.before),
        after: figure(gain.after),
        delta: delta === undefined ? '' : ` (${formatSignedPercent(delta.percent, locale)})`,
      });
    })
    .join('; ');
}

/** Phase 4's table, in the order plan-order.ts ranks it: rank, action, layer, pattern, effort, expected gains, priority; each row linkable as #plan-<id>. */
export function auditPlanTable(plan: readonly PlanFigures[], { targets, patterns }: PlanContext, locale: Locale): DataTableModel {
  return dataTable<PlanFigures>(
    {
      caption: auditText('plan.caption', locale),
      rowId: ({ action }) => `plan-${action.id}`,
      columns: [
        { header: auditText('plan.rank', locale), cell: ({ rank }) => String(rank) },
        { header: auditText('plan.action', locale), rowHeader: true, cell: ({ action }) => action.action },
        { header: auditText('plan.layer', locale), cell: ({ action }) => t(`layer.${action.layer}`, locale) },
        { header: auditText('plan.pattern', locale), cell: ({ action }) => patternCell(action.pattern, patterns, locale) },
        { header: auditText('plan.effort', locale), cell: ({ action }) => effortText(action.effort, locale) },
        { header: auditText('plan.gain', locale), cell: (entry) => gainsText(entry, targets, locale) },
        { header: auditText('plan.priority', locale), cell: ({ action }) => action.priority },
      ],
    },
    plan,
  );
}
