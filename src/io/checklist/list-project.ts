import { findProject } from '../../lib/checklist-ids.ts';
import { checklistListing } from '../../lib/checklist-listing.ts';
import { renderChecklistTable } from '../../lib/checklist-table.ts';
import { projectStatuses } from '../../lib/project-statuses.ts';
import type { Locale } from '../../lib/schema/localized.ts';
import type { Painter } from '../../lib/text-table.ts';
import { readLatestResult } from '../read-results.ts';
import { readAudits } from '../audits/read-audits.ts';
import { auditReferences } from '../../lib/audits/audit-rules.ts';
import { latestAudit } from '../../lib/audits/audit-statuses.ts';
import { readCatalog } from './read-catalog.ts';
import { found } from './usage-error.ts';

/** `list`: every checklist item of a project with its live status, as a table or a JSON document. */
export function listProject(root: string, wanted: string, options: { json: boolean; lang: Locale; paint: Painter; now: Date }): string {
  const catalog = readCatalog(root);
  const projectId = found(findProject(catalog.projects.keys(), wanted));
  const project = catalog.projects.get(projectId)!;
  const latest = readLatestResult(projectId, root);
  // Its latest audit decides the audit-phase and load-test items, as on the site.
  const audit = latestAudit(readAudits(root, auditReferences(catalog), [...catalog.projects.keys()], projectId).filter((entry) => entry.project === projectId));
  const { checklists } = projectStatuses({ projectId, project, checklists: catalog.checklists, targets: catalog.targets, latest, audit, now: options.now });
  const listing = checklistListing(projectId, project, checklists, options.now);
  return options.json ? JSON.stringify(listing, null, 2) : renderChecklistTable(listing, options.lang, options.paint);
}
