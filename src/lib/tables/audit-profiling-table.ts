import { auditText } from '../audits/audit-strings.ts';
import { LAYERS, type Audit, type Finding, type Layer } from '../audits/audit-schema.ts';
import type { Locale } from '../schema/localized.ts';
import type { Pattern } from '../schema/pattern.ts';
import { t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';
import { fillableText, formatFigure, patternCell, percentileText } from './audit-values.ts';

/** One bottleneck with the layer it was found in. */
export interface LayerFinding {
  layer: Layer;
  finding: Finding;
}

/** Every bottleneck of phase 2, layer by layer in the method's order (application, database, network, infrastructure). */
export function layerFindings(profiling: Audit['profiling']): LayerFinding[] {
  return LAYERS.flatMap((layer) => profiling[layer].map((finding) => ({ layer, finding })));
}

/** The layers where nothing was found, in the method's order. */
export function quietLayers(profiling: Audit['profiling']): Layer[] {
  return LAYERS.filter((layer) => profiling[layer].length === 0);
}

/** A measured cost: "150 ms (P95)", or the placeholder still there. */
function costText({ cost }: Finding, locale: Locale): string {
  const value = fillableText(cost.value, (figure) => formatFigure(figure, cost.unit, locale));
  return cost.percentile === undefined ? value : `${value} (${percentileText(cost.percentile, locale)})`;
}

/** Phase 2's table: each bottleneck by layer, with its measured cost, the pattern that addresses it, and how it was measured. */
export function auditProfilingTable(findings: readonly LayerFinding[], patterns: ReadonlyMap<string, Pattern>, locale: Locale): DataTableModel {
  return dataTable<LayerFinding>(
    {
      caption: auditText('profiling.caption', locale),
      columns: [
        { header: auditText('profiling.layer', locale), cell: ({ layer }) => t(`layer.${layer}`, locale) },
        { header: auditText('profiling.finding', locale), rowHeader: true, cell: ({ finding }) => finding.finding },
        { header: auditText('profiling.cost', locale), cell: ({ finding }) => costText(finding, locale) },
        { header: auditText('profiling.pattern', locale), cell: ({ finding }) => patternCell(finding.pattern, patterns, locale) },
        { header: auditText('profiling.source', locale), cell: ({ finding }) => finding.source },
      ],
    },
    findings,
  );
}
