import { auditText } from '../audits/audit-strings.ts';
import type { Audit } from '../audits/audit-schema.ts';
import { formatThreshold, formatValue } from '../format.ts';
import { formatHeldCondition } from '../held-condition.ts';
import type { AlertRule } from '../schema/alert-rule.ts';
import type { Locale } from '../schema/localized.ts';
import type { Slo } from '../schema/slo.ts';
import { localePath, t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';
import { DASH } from './audit-values.ts';

/** An id the audit names, with what the handbook knows of it (nothing for an unknown id). */
interface Named<T> {
  id: string;
  known?: T;
}

/** Each id with its entry of the catalog, in the audit's order. */
function named<T extends { id: string }>(ids: readonly string[], entries: readonly T[]): Named<T>[] {
  return ids.map((id) => {
    const known = entries.find((entry) => entry.id === id);
    return known === undefined ? { id } : { id, known };
  });
}

/** Phase 7's alert rules in place: each rule linked to its row on the targets page, its condition and severity. */
export function auditAlertsTable(monitoring: Audit['monitoring'], rules: readonly AlertRule[], locale: Locale): DataTableModel {
  return dataTable<Named<AlertRule>>(
    {
      caption: auditText('monitoring.alertsCaption', locale),
      columns: [
        {
          header: auditText('monitoring.alert', locale),
          rowHeader: true,
          cell: ({ id, known }) => (known === undefined ? auditText('unknown', locale, { id }) : { text: known.name[locale], href: `${localePath('/targets/', locale)}#alert-${id}` }),
        },
        { header: auditText('monitoring.condition', locale), cell: ({ known }) => (known === undefined ? DASH : `${known.metric[locale]} ${formatHeldCondition(known.comparison, known.threshold, known.unit, known.forMinutes, locale)}`) },
        { header: auditText('monitoring.severity', locale), cell: ({ known }) => (known === undefined ? DASH : t(`severity.${known.severity}`, locale)) },
      ],
    },
    named(monitoring.alertRules, rules),
  );
}

/** Phase 7's SLOs tracked: each with its indicator, objective and error budget. */
export function auditSlosTable(monitoring: Audit['monitoring'], slos: readonly Slo[], locale: Locale): DataTableModel {
  return dataTable<Named<Slo>>(
    {
      caption: auditText('monitoring.slosCaption', locale),
      columns: [
        { header: auditText('monitoring.service', locale), rowHeader: true, cell: ({ id, known }) => (known === undefined ? auditText('unknown', locale, { id }) : { text: known.service[locale], href: `${localePath('/targets/', locale)}#slos` }) },
        { header: auditText('monitoring.sli', locale), cell: ({ known }) => (known === undefined ? DASH : known.sli[locale]) },
        { header: auditText('monitoring.objective', locale), cell: ({ known }) => (known === undefined ? DASH : formatThreshold(known.comparison, known.value, known.unit, locale)) },
        { header: auditText('monitoring.budget', locale), cell: ({ known }) => (known === undefined ? DASH : formatValue(known.errorBudgetPercent, 'percent', locale)) },
      ],
    },
    named(monitoring.slos, slos),
  );
}

/** The dashboards in place, in words: "RED (rate, errors, duration), USE (…)", or "none". */
export function dashboardsText(monitoring: Audit['monitoring'], locale: Locale): string {
  if (monitoring.dashboards.length === 0) return auditText('none', locale);
  return monitoring.dashboards.map((dashboard) => auditText(`dashboard.${dashboard}`, locale)).join(', ');
}
