import { formatScenarioDuration, formatUsers } from '../load-scenario-text.ts';
import type { LoadScenario } from '../schema/load-scenario.ts';
import type { Locale } from '../schema/localized.ts';
import { t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

/** The load-test scenarios: shape, virtual users, duration and what each one is for; each row linkable as #scenario-<id>. */
export function loadScenariosTable(scenarios: readonly LoadScenario[], locale: Locale): DataTableModel {
  return dataTable<LoadScenario>(
    {
      caption: t('loadScenarios.caption', locale),
      rowId: (scenario) => `scenario-${scenario.id}`,
      columns: [
        { header: t('loadScenarios.scenario', locale), rowHeader: true, cell: (scenario) => scenario.name[locale] },
        { header: t('loadScenarios.pattern', locale), cell: (scenario) => scenario.pattern[locale] },
        { header: t('loadScenarios.users', locale), cell: (scenario) => formatUsers(scenario.users, locale) },
        { header: t('loadScenarios.duration', locale), cell: (scenario) => formatScenarioDuration(scenario, locale) },
        { header: t('loadScenarios.purpose', locale), cell: (scenario) => scenario.purpose[locale] },
      ],
    },
    scenarios,
  );
}
