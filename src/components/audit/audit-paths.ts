// What the audit routes and the project pages read from the `audits` collection: one static path
// per audit with the previous audit of its project, and a project's audits by day.
import { getCollection, type CollectionEntry } from 'astro:content';
import { auditPlace, previousAudit, type DatedAudit } from '../../lib/tables/audit-list-table.ts';

export type AuditEntry = CollectionEntry<'audits'>;

/** One report page per audit: its project and day as params, the entry and the previous one of its project as props. */
export async function auditPaths() {
  const entries = (await getCollection('audits')).map((entry) => ({ entry, ...auditPlace(entry.id) }));
  return entries.map(({ entry, project, date }) => {
    const previous = previousAudit(entries, { project, date })?.entry;
    return { params: { id: project, date }, props: { entry, ...(previous ? { previous } : {}) } };
  });
}

/** A project's audits, by day, for its page. */
export async function projectAudits(projectId: string): Promise<DatedAudit[]> {
  const entries = await getCollection('audits', (entry) => auditPlace(entry.id).project === projectId);
  return entries.map((entry) => ({ date: auditPlace(entry.id).date, audit: entry.data }));
}
