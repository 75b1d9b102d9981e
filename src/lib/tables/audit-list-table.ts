import { auditText } from '../audits/audit-strings.ts';
import { SECTIONS, type Audit } from '../audits/audit-schema.ts';
import type { Locale } from '../schema/localized.ts';
import { localePath } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';
import { formatDay } from './audit-values.ts';

/** Where an audit sits: its project and its day, from the entry id `<project>/<YYYY-MM-DD>`. */
export interface AuditPlace {
  project: string;
  date: string;
}

/** One audit of a project, by day. */
export interface DatedAudit {
  date: string;
  audit: Audit;
}

/** The project and day of an audit entry's id; throws on an id the audit loader never writes. */
export function auditPlace(id: string): AuditPlace {
  const match = /^([^/]+)\/(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (!match) throw new Error(`the audit id "${id}" is not <project>/<YYYY-MM-DD>, as the audit loader names its entries`);
  return { project: match[1]!, date: match[2]! };
}

/** The audits newest first (days written YYYY-MM-DD sort as text). */
export function newestFirst<T extends { date: string }>(audits: readonly T[]): T[] {
  return [...audits].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The audit of the same project just before this one, if there is one. */
export function previousAudit<T extends AuditPlace>(audits: readonly T[], of: AuditPlace): T | undefined {
  return newestFirst(audits.filter((audit) => audit.project === of.project && audit.date < of.date))[0];
}

/** How many of the seven sections are marked complete. */
export function completeSections(audit: Audit): number {
  return SECTIONS.filter((section) => audit[section].status === 'complete').length;
}

/** The path of an audit's report page. */
export function auditPath(project: string, date: string, locale: Locale): string {
  return localePath(`/projects/${project}/audits/${date}/`, locale);
}

/** A project's audits on its page, newest first: the day linked to the report (marked when it is an example), who led it, the sections complete. */
export function auditListTable(project: string, audits: readonly DatedAudit[], locale: Locale): DataTableModel {
  return dataTable<DatedAudit>(
    {
      caption: auditText('audits.caption', locale),
      columns: [
        {
          header: auditText('audits.date', locale),
          rowHeader: true,
          cell: ({ date, audit }) => {
            const day = formatDay(date, locale, 'long');
            return { text: audit.example ? auditText('audits.exampleMark', locale, { date: day }) : day, href: auditPath(project, date, locale) };
          },
        },
        { header: auditText('audits.by', locale), cell: ({ audit }) => audit.by },
        { header: auditText('audits.sections', locale), cell: ({ audit }) => auditText('sectionsCount', locale, { done: String(completeSections(audit)), total: String(SECTIONS.length) }) },
      ],
    },
    newestFirst(audits),
  );
}
