import { formatHeldCondition } from '../held-condition.ts';
import type { AlertRule } from '../schema/alert-rule.ts';
import type { Locale } from '../schema/localized.ts';
import { t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

/** The alert rules of the audit method: what fires, when, how loud, and what to do; each row linkable as #alert-<id>. */
export function alertRulesTable(rules: readonly AlertRule[], locale: Locale): DataTableModel {
  return dataTable<AlertRule>(
    {
      caption: t('alertRules', locale),
      rowId: (rule) => `alert-${rule.id}`,
      columns: [
        { header: t('alertRules.alert', locale), rowHeader: true, cell: (rule) => rule.name[locale] },
        { header: t('alertRules.condition', locale), cell: (rule) => `${rule.metric[locale]} ${formatHeldCondition(rule.comparison, rule.threshold, rule.unit, rule.forMinutes, locale)}` },
        { header: t('alertRules.severity', locale), cell: (rule) => t(`severity.${rule.severity}`, locale) },
        { header: t('alertRules.action', locale), cell: (rule) => rule.action[locale] },
      ],
    },
    rules,
  );
}
