import { existsSync } from 'node:fs';
import { draftAudit } from '../../lib/audits/audit-draft.ts';
import { checkAuditText, auditReferences } from '../../lib/audits/audit-rules.ts';
import { countPlaceholders } from '../../lib/audits/placeholder.ts';
import { findProject } from '../../lib/checklist-ids.ts';
import { defaultAuthor } from '../author.ts';
import { readCatalog } from '../checklist/read-catalog.ts';
import { found } from '../checklist/usage-error.ts';
import { readLatestResult } from '../read-results.ts';
import { displayPath } from '../read-yaml.ts';
import { auditPath } from './audit-files.ts';
import { createFileAtomic, FileExistsError } from './create-file.ts';
import { AuditExistsError } from './audit-exists-error.ts';

/** The day an audit started on, as its file is named: the UTC date of `now`. */
export function auditDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * `new <project>`: writes today's audit of a project, pre-filled from its latest results and
 * recorded figures, and returns the lines to print. An audit that exists is never replaced.
 */
export function newAudit(root: string, wanted: string, now: Date, by = defaultAuthor()): string[] {
  const catalog = readCatalog(root);
  const projectId = found(findProject(catalog.projects.keys(), wanted));
  const date = auditDay(now);
  const path = auditPath(projectId, date, root);
  if (existsSync(path)) throw new AuditExistsError(displayPath(path));
  const result = readLatestResult(projectId, root);
  const text = draftAudit({ projectId, project: catalog.projects.get(projectId)!, catalog, result, date, by });
  // The draft is ours: a finding here is a bug in the draft, never something the person did.
  const { audit, findings } = checkAuditText(text, displayPath(path), auditReferences(catalog));
  if (findings.length > 0) throw new Error(`the new audit does not pass its own check:\n${findings.map((finding) => `${finding.line}: ${finding.rule}: ${finding.message}`).join('\n')}`);
  try {
    createFileAtomic(path, text);
  } catch (error) {
    if (error instanceof FileExistsError) throw new AuditExistsError(error.file);
    throw error;
  }
  const file = displayPath(path);
  return [
    `Wrote ${file}: the audit of ${projectId} for ${date}, every section a draft, ${countPlaceholders(audit)} places marked "TODO:" to fill in.`,
    result === undefined ? `No verify-web-vitals result for ${projectId} yet: the baseline holds its recorded figures and rows to fill.` : `Baseline from the result of ${result.generatedAt} and the recorded figures.`,
    `Next: fill it in, set each section's status to complete when it is done, and run npm run audit -- check ${projectId}.`,
  ];
}
