import { auditText } from '../audits/audit-strings.ts';
import type { Audit } from '../audits/audit-schema.ts';
import type { CapacityLine } from '../audits/instances-needed.ts';
import { formatNumber } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import { dataTable, type DataTableModel } from './data-table.ts';
import { DASH, fillableText, formatFigure } from './audit-values.ts';

/** One figure the projection starts from. */
interface CapacityInputRow {
  label: string;
  value: string;
  source: string;
}

/** Phase 6's first table: today's load, its growth, what one instance holds and the headroom kept, each with where it comes from. */
export function auditCapacityInputsTable(capacity: Audit['capacity'], locale: Locale): DataTableModel {
  const rps = (value: typeof capacity.loadRps) => fillableText(value, (filled) => formatFigure(filled, 'req/s', locale));
  const rows: CapacityInputRow[] = [
    { label: auditText('capacity.load', locale), value: rps(capacity.loadRps), source: capacity.loadSource },
    {
      label: auditText('capacity.growth', locale),
      value: fillableText(capacity.growthPercentPerMonth, (filled) => auditText('capacity.growthValue', locale, { value: formatFigure(filled, 'percent', locale) })),
      source: DASH,
    },
    { label: auditText('capacity.perInstance', locale), value: rps(capacity.instanceCapacityRps), source: capacity.capacitySource },
    { label: auditText('capacity.headroom', locale), value: fillableText(capacity.headroomPercent, (filled) => formatFigure(filled, 'percent', locale)), source: auditText('capacity.statedByAudit', locale) },
  ];
  return dataTable<CapacityInputRow>(
    {
      caption: auditText('capacity.inputsCaption', locale),
      columns: [
        { header: auditText('capacity.figure', locale), rowHeader: true, cell: (row) => row.label },
        { header: auditText('capacity.value', locale), cell: (row) => row.value },
        { header: auditText('capacity.source', locale), cell: (row) => row.source },
      ],
    },
    rows,
  );
}

/** A horizon's name: "Today", "+1 month", "+6 months". */
function horizonText(months: number, locale: Locale): string {
  if (months === 0) return auditText('capacity.today', locale);
  return months === 1 ? auditText('capacity.oneMonth', locale) : auditText('capacity.months', locale, { months: formatNumber(months, locale) });
}

/** Phase 6's projection, as instances-needed.ts computed it: the load at each horizon, to a tenth of a request per second, and the instances it takes. */
export function auditCapacityTable(lines: readonly CapacityLine[], locale: Locale): DataTableModel {
  return dataTable<CapacityLine>(
    {
      caption: auditText('capacity.projectionCaption', locale),
      columns: [
        { header: auditText('capacity.horizon', locale), rowHeader: true, cell: (line) => horizonText(line.months, locale) },
        { header: auditText('capacity.projectedLoad', locale), cell: (line) => formatFigure(line.loadRps, 'req/s', locale, 1) },
        { header: auditText('capacity.instances', locale), cell: (line) => formatNumber(line.instances, locale) },
      ],
    },
    lines,
  );
}
