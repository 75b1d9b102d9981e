import type { AuditFigures } from '../audits/audit-figures.ts';
import { auditText } from '../audits/audit-strings.ts';
import type { MeasuredFigure, PlanAction } from '../audits/audit-schema.ts';
import type { Locale } from '../schema/localized.ts';
import type { Target } from '../schema/target.ts';
import { dataTable, type Column, type DataTableModel } from './data-table.ts';
import { DASH, fillableText, formatDay, formatFigure, formatSigned, formatSignedPercent, metricLabel, metricUnit, percentileText } from './audit-values.ts';

type RecordFigures = AuditFigures['implementation'][number];

/** A figure measured before or after, with where it was read: "240 ms (APM, 7-day P95)". */
function measuredText(figure: MeasuredFigure, targets: ReadonlyMap<string, Target>, locale: Locale): string {
  const value = fillableText(figure.value, (filled) => formatFigure(filled, metricUnit(figure.metric, figure.unit, targets), locale));
  return `${value} (${figure.source})`;
}

/**
 * Phase 5's table: each record with the plan action it implements, its day and change, the metric and
 * percentile it was measured on, before and after, and the change audit-figures.ts computed, absolute
 * and in percent of before. A record naming no action of the plan shows its id marked unknown.
 */
export function auditImplementationTable(records: readonly RecordFigures[], actions: readonly PlanAction[], targets: ReadonlyMap<string, Target>, locale: Locale): DataTableModel {
  const evidence: Column<RecordFigures>[] = records.some(({ record }) => record.evidence !== undefined)
    ? [{ header: auditText('evidence', locale), cell: ({ record }) => (record.evidence === undefined ? DASH : { text: auditText('link', locale), href: record.evidence }) }]
    : [];
  const actionText = (id: string) => actions.find((action) => action.id === id)?.action ?? auditText('unknown', locale, { id });
  return dataTable<RecordFigures>(
    {
      caption: auditText('implementation.caption', locale),
      rowId: ({ record }) => `done-${record.action}`,
      columns: [
        { header: auditText('implementation.action', locale), rowHeader: true, cell: ({ record }) => actionText(record.action) },
        { header: auditText('implementation.date', locale), cell: ({ record }) => formatDay(record.date, locale) },
        { header: auditText('implementation.change', locale), cell: ({ record }) => record.change },
        { header: auditText('implementation.metric', locale), cell: ({ record }) => `${metricLabel(record.before.metric, targets, locale)}, ${percentileText(record.before.percentile, locale)}` },
        { header: auditText('implementation.before', locale), cell: ({ record }) => measuredText(record.before, targets, locale) },
        { header: auditText('implementation.after', locale), cell: ({ record }) => measuredText(record.after, targets, locale) },
        { header: auditText('implementation.delta', locale), cell: ({ record, delta }) => (delta ? formatSigned(delta.absolute, metricUnit(record.before.metric, record.before.unit, targets), locale) : DASH) },
        { header: auditText('implementation.deltaPercent', locale), cell: ({ delta }) => (delta ? formatSignedPercent(delta.percent, locale) : DASH) },
        ...evidence,
      ],
    },
    records,
  );
}
