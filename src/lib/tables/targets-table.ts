import { formatThreshold } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import type { Target } from '../schema/target.ts';
import { targetsInGroup } from '../target-sections.ts';
import { localePath, t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

/** The groups the role guide shows a table of default targets for. */
export type RoleGuideGroup = 'api' | 'database' | 'web';

/** The default targets of one group, in the targets file's order, each linked to its row on the targets page. */
export function targetsTable(targets: Iterable<Target>, group: RoleGuideGroup, locale: Locale): DataTableModel {
  return dataTable<Target>(
    {
      caption: t(`group.${group}`, locale),
      columns: [
        { header: t('target', locale), rowHeader: true, cell: (target) => ({ text: target.label[locale], href: `${localePath('/targets/', locale)}#target-${target.id}` }) },
        { header: t('targetsTable.default', locale), cell: (target) => formatThreshold(target.comparison, target.value, target.unit, locale) },
        { header: t('targetsTable.measured', locale), cell: (target) => t(target.measuredBy === 'verify-web-vitals' ? 'targetsTable.verify' : 'targetsTable.record', locale) },
      ],
    },
    targetsInGroup(targets, group),
  );
}
