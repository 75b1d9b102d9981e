import type { BaselineFigures } from '../audits/audit-figures.ts';
import { auditText } from '../audits/audit-strings.ts';
import type { Locale } from '../schema/localized.ts';
import type { Target } from '../schema/target.ts';
import { dataTable, type DataTableModel } from './data-table.ts';
import { DASH, fillableText, formatFigure, formatSigned, formatSignedPercent, formatTarget, metricCell, metricUnit } from './audit-values.ts';

/**
 * Phase 1's table: each metric with its current value, its target, the gap (absolute and in percent of
 * the target) and criticality that audit-figures.ts computed, then where the current value comes from. A row
 * whose figures are still placeholders shows them, with a dash for what cannot be computed yet.
 */
export function auditBaselineTable(rows: readonly BaselineFigures[], targets: ReadonlyMap<string, Target>, locale: Locale): DataTableModel {
  const unit = ({ row }: BaselineFigures) => metricUnit(row.metric, row.unit, targets);
  return dataTable<BaselineFigures>(
    {
      caption: auditText('baseline.caption', locale),
      columns: [
        { header: auditText('baseline.metric', locale), rowHeader: true, cell: ({ row }) => metricCell(row.metric, targets, locale) },
        { header: auditText('baseline.subject', locale), cell: ({ row }) => row.subject ?? DASH },
        { header: auditText('baseline.current', locale), cell: (entry) => fillableText(entry.row.current, (value) => formatFigure(value, unit(entry), locale)) },
        { header: auditText('baseline.target', locale), cell: (entry) => fillableText(entry.row.target, (value) => formatTarget(value, entry.row.metric, unit(entry), targets, locale)) },
        { header: auditText('baseline.gap', locale), cell: (entry) => (entry.gap ? formatSigned(entry.gap.absolute, unit(entry), locale) : DASH) },
        { header: auditText('baseline.gapPercent', locale), cell: ({ gap }) => (gap ? formatSignedPercent(gap.percent, locale) : DASH) },
        { header: auditText('baseline.criticality', locale), cell: ({ criticality }) => (criticality ? auditText(`criticality.${criticality}`, locale) : DASH) },
        { header: auditText('baseline.source', locale), cell: ({ row }) => row.source },
      ],
    },
    rows,
  );
}
