import { auditText } from '../audits/audit-strings.ts';
import type { LoadTestRun } from '../audits/audit-schema.ts';
import type { LoadScenario } from '../schema/load-scenario.ts';
import type { Locale } from '../schema/localized.ts';
import { localePath } from '../ui-strings.ts';
import { dataTable, type CellContent, type Column, type DataTableModel } from './data-table.ts';
import { DASH, fillableText, formatDay, formatFigure } from './audit-values.ts';

/** A scenario's name linked to its row of the load-testing page; the id marked unknown when no scenario has it. */
function scenarioCell(id: string, scenarios: readonly LoadScenario[], locale: Locale): CellContent {
  const scenario = scenarios.find((candidate) => candidate.id === id);
  return scenario === undefined ? auditText('unknown', locale, { id }) : { text: scenario.name[locale], href: `${localePath('/audit/load-testing/', locale)}#scenario-${id}` };
}

/**
 * A run's throughput: its peak, or its average marked as such when the run says that is all it holds
 * (a k6 summary gives only the run's average rate; a run read from one says `throughputKind: average`).
 */
function throughputText(run: LoadTestRun, locale: Locale): string {
  const text = fillableText(run.peakRps, (value) => formatFigure(value, 'req/s', locale));
  const average = 'throughputKind' in run && run.throughputKind === 'average';
  return average ? auditText('loadTests.average', locale, { value: text }) : text;
}

/** Phase 3's table: each run with its scenario, day, P95, error rate and peak throughput; an evidence column when a run links to one. */
export function auditLoadTestsTable(runs: readonly LoadTestRun[], scenarios: readonly LoadScenario[], locale: Locale): DataTableModel {
  const evidence: Column<LoadTestRun>[] = runs.some((run) => run.evidence !== undefined)
    ? [{ header: auditText('evidence', locale), cell: (run) => (run.evidence === undefined ? DASH : { text: auditText('link', locale), href: run.evidence }) }]
    : [];
  return dataTable<LoadTestRun>(
    {
      caption: auditText('loadTests.caption', locale),
      columns: [
        { header: auditText('loadTests.scenario', locale), rowHeader: true, cell: (run) => scenarioCell(run.scenario, scenarios, locale) },
        { header: auditText('loadTests.date', locale), cell: (run) => formatDay(run.date, locale) },
        { header: auditText('loadTests.p95', locale), cell: (run) => fillableText(run.p95Ms, (value) => formatFigure(value, 'ms', locale)) },
        { header: auditText('loadTests.errorRate', locale), cell: (run) => fillableText(run.errorRatePercent, (value) => formatFigure(value, 'percent', locale)) },
        { header: auditText('loadTests.peak', locale), cell: (run) => throughputText(run, locale) },
        { header: auditText('note', locale), cell: (run) => run.note ?? DASH },
        ...evidence,
      ],
    },
    runs,
  );
}
