import { auditReferences, findingText } from '../../lib/audits/audit-rules.ts';
import { SECTIONS } from '../../lib/audits/audit-schema.ts';
import { findProject } from '../../lib/checklist-ids.ts';
import { EXIT_FAIL, EXIT_PASS } from '../../lib/exit-status.ts';
import { readCatalog } from '../checklist/read-catalog.ts';
import { found } from '../checklist/usage-error.ts';
import { readAudits } from './read-audits.ts';

/** What `check` prints and the status it ends with. */
export interface CheckOutcome {
  /** One line per finding, as a linter prints them. */
  findings: string[];
  /** The summary, for stderr. */
  summary: string;
  status: number;
}

/** `check [<project>]`: checks every audit, or a project's, against the format rules. */
export function checkAudits(root: string, wanted?: string): CheckOutcome {
  const catalog = readCatalog(root);
  const projectIds = [...catalog.projects.keys()];
  const projectId = wanted === undefined ? undefined : found(findProject(projectIds, wanted));
  const audits = readAudits(root, auditReferences(catalog), projectIds, projectId);
  if (audits.length === 0) {
    const start = projectId ?? '<project>';
    return { findings: [], summary: `No audit${projectId ? ` of ${projectId}` : ''} to check: start one with npm run audit -- new ${start}.`, status: EXIT_PASS };
  }
  const findings = audits.flatMap((audit) => audit.findings.map(findingText));
  const drafts = audits.reduce((count, entry) => count + (entry.audit ? SECTIONS.filter((section) => entry.audit![section].status === 'draft').length : 0), 0);
  const draftText = drafts > 0 ? ` ${drafts} section${drafts > 1 ? 's' : ''} still draft: only their ids are checked until they are marked complete.` : '';
  const files = `${audits.length} audit${audits.length > 1 ? 's' : ''}`;
  if (findings.length === 0) return { findings, summary: `${files} checked: no finding.${draftText}`, status: EXIT_PASS };
  const broken = audits.filter((audit) => audit.findings.length > 0).length;
  return { findings, summary: `${files} checked: ${findings.length} finding${findings.length > 1 ? 's' : ''} in ${broken} file${broken > 1 ? 's' : ''}.${draftText}`, status: EXIT_FAIL };
}
