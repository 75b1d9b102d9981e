import { parseDocument } from 'yaml';
import type { RecordedValue } from './schema/project.ts';
import { setInKeepingAliases } from './set-in-keeping-aliases.ts';

/** Writes a recorded figure under `records.<target>` in a project file's text, keeping its comments, order and formatting elsewhere, and what each alias means. */
export function applyRecordToYaml(text: string, targetId: string, record: RecordedValue): string {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new Error(`the project file is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
  const entry: Record<string, string | number> = { value: record.value, source: record.source, at: record.at };
  if (record.by !== undefined) entry.by = record.by;
  setInKeepingAliases(document, ['records', targetId], document.createNode(entry));
  return document.toString({ lineWidth: 0 });
}
