import { higherIsBetter } from '../audits/audit-metrics.ts';
import { auditText } from '../audits/audit-strings.ts';
import { filled, type Audit, type BaselineRow } from '../audits/audit-schema.ts';
import { delta } from '../audits/delta.ts';
import { tidyNumber } from '../audits/tidy-number.ts';
import type { Locale } from '../schema/localized.ts';
import type { Target } from '../schema/target.ts';
import { dataTable, type DataTableModel } from './data-table.ts';
import { DASH, fillableText, formatFigure, formatSigned, formatSignedPercent, metricCell, metricComparison, metricUnit } from './audit-values.ts';

/** Which way a metric moved from one audit to the next, judged by which way is better for it. */
export type Trend = 'better' | 'worse' | 'same' | 'new' | 'dropped' | 'open';

/** One metric of the baseline in two audits: the row of each (absent where it was not measured) and how it moved. */
export interface ComparedMetric {
  metric: string;
  subject?: string;
  before?: BaselineRow;
  now?: BaselineRow;
  /** Now minus before; the percent only when before is above zero. */
  change?: { absolute: number; percent?: number };
  /** Undefined for a metric neither a target nor a free metric: nothing says which way is better. */
  trend?: Trend;
}

/** The key a row is matched on across audits: the metric, the subject, the unit. */
const keyOf = (row: BaselineRow) => JSON.stringify([row.metric, row.subject ?? '', row.unit ?? '']);

/** How a metric moved: better, worse or the same by its direction; open while a figure is a placeholder. */
function compare(before: BaselineRow | undefined, now: BaselineRow | undefined, targets: ReadonlyMap<string, Target>): Pick<ComparedMetric, 'change' | 'trend'> {
  const comparison = metricComparison((now ?? before)!.metric, targets);
  if (now === undefined) return { trend: 'dropped' };
  if (before === undefined) return { trend: 'new' };
  const from = filled(before.current);
  const to = filled(now.current);
  if (from === undefined || to === undefined) return { trend: 'open' };
  const change = from > 0 ? delta(from, to) : { absolute: tidyNumber(to - from) };
  if (comparison === undefined) return { change };
  const trend: Trend = change.absolute === 0 ? 'same' : (change.absolute > 0) === higherIsBetter(comparison) ? 'better' : 'worse';
  return { change, trend };
}

/**
 * The baseline of an audit against the previous audit's, metric by metric: rows matched on metric,
 * subject and unit (in order, when one audit holds the same metric twice), this audit's rows first
 * in its order, then those only the previous audit measured.
 */
export function baselineComparison(previous: Audit, current: Audit, targets: ReadonlyMap<string, Target>): ComparedMetric[] {
  const waiting = new Map<string, BaselineRow[]>();
  for (const row of previous.baseline.rows) waiting.set(keyOf(row), [...(waiting.get(keyOf(row)) ?? []), row]);
  const pair = (before: BaselineRow | undefined, now: BaselineRow | undefined): ComparedMetric => {
    const row = (now ?? before)!;
    return { metric: row.metric, ...(row.subject !== undefined ? { subject: row.subject } : {}), ...(before ? { before } : {}), ...(now ? { now } : {}), ...compare(before, now, targets) };
  };
  const matched = current.baseline.rows.map((now) => pair(waiting.get(keyOf(now))?.shift(), now));
  const dropped = [...waiting.values()].flat().map((before) => pair(before, undefined));
  return [...matched, ...dropped];
}

/** A row's current value in its unit, or a dash where the audit has no such row. */
function valueText(row: BaselineRow | undefined, targets: ReadonlyMap<string, Target>, locale: Locale): string {
  if (row === undefined) return DASH;
  return fillableText(row.current, (value) => formatFigure(value, metricUnit(row.metric, row.unit, targets), locale));
}

/** The comparison's table: metric, subject, the value before (the previous audit's day) and now, the change computed, and its direction. */
export function auditComparisonTable(rows: readonly ComparedMetric[], previousDay: string, targets: ReadonlyMap<string, Target>, locale: Locale): DataTableModel {
  const unit = (row: ComparedMetric) => {
    const source = (row.now ?? row.before)!;
    return metricUnit(source.metric, source.unit, targets);
  };
  return dataTable<ComparedMetric>(
    {
      caption: auditText('comparison.caption', locale, { date: previousDay }),
      columns: [
        { header: auditText('baseline.metric', locale), rowHeader: true, cell: (row) => metricCell(row.metric, targets, locale) },
        { header: auditText('baseline.subject', locale), cell: (row) => row.subject ?? DASH },
        { header: auditText('comparison.before', locale), cell: (row) => valueText(row.before, targets, locale) },
        { header: auditText('comparison.now', locale), cell: (row) => valueText(row.now, targets, locale) },
        {
          header: auditText('comparison.change', locale),
          cell: (row) => {
            if (row.change === undefined) return DASH;
            const absolute = formatSigned(row.change.absolute, unit(row), locale);
            return row.change.percent === undefined ? absolute : `${absolute} (${formatSignedPercent(row.change.percent, locale)})`;
          },
        },
        { header: auditText('comparison.trend', locale), cell: (row) => (row.trend === undefined ? DASH : auditText(`trend.${row.trend}`, locale)) },
      ],
    },
    rows,
  );
}
