import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkAuditPath, checkAuditText, type AuditFinding, type AuditReferences } from '../../lib/audits/audit-rules.ts';
import type { Audit } from '../../lib/audits/audit-schema.ts';
import { formatBytes, MAX_CONTENT_FILE_BYTES } from '../../lib/content-limits.ts';
import { listAuditFiles, type AuditFile } from './audit-files.ts';

/** One audit file read and checked: its data when valid, and its findings (invalid data and format rules alike). */
export interface ReadAudit extends AuditFile {
  /** `<project>/<YYYY-MM-DD>`, the id of its report. */
  id: string;
  /** The day, from the file name. */
  date: string;
  text: string;
  audit?: Audit;
  findings: AuditFinding[];
}

/** The rules that make a file unusable: the build refuses it; the others are format findings the report shows. */
export const INVALID_RULES: ReadonlySet<AuditFinding['rule']> = new Set(['file-name', 'yaml', 'schema']);

/** Reads one file's text; one over MAX_CONTENT_FILE_BYTES is refused before it is read. */
function readText(entry: AuditFile): { text: string } | { finding: AuditFinding } {
  const size = statSync(entry.path).size;
  if (size > MAX_CONTENT_FILE_BYTES) {
    return { finding: { file: entry.file, line: 1, rule: 'yaml', message: `is ${formatBytes(size)}, over the ${formatBytes(MAX_CONTENT_FILE_BYTES)} a content file can take (MAX_CONTENT_FILE_BYTES), so it was not read; an audit holds a few kilobytes: link to the long documents` } };
  }
  return { text: readFileSync(entry.path, 'utf8') };
}

/** Reads and checks the audits of every project, or of one. */
export function readAudits(root: string, refs: AuditReferences, projectIds: readonly string[], projectId?: string): ReadAudit[] {
  return listAuditFiles(root, projectId).map((entry) => {
    const date = basename(entry.name, '.yaml');
    const base = { ...entry, id: `${entry.project}/${date}`, date };
    const placed = checkAuditPath(entry.file, entry.project, entry.name, projectIds);
    if (!statSync(entry.path).isFile()) return { ...base, text: '', findings: placed.length > 0 ? placed : [{ file: entry.file, line: 1, rule: 'file-name' as const, message: 'is not a file: an audit is a YAML file' }] };
    const read = readText(entry);
    if ('finding' in read) return { ...base, text: '', findings: [...placed, read.finding] };
    const checked = checkAuditText(read.text, entry.file, refs);
    return { ...base, text: read.text, ...(checked.audit ? { audit: checked.audit } : {}), findings: [...placed, ...checked.findings] };
  });
}
