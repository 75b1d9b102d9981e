import type { Catalog } from './schema/catalog.ts';

/** Where each kind of entry lives, to name the file in a message. */
export interface CatalogFiles {
  checklist(id: string): string;
  pattern(id: string): string;
  project(id: string): string;
}

/** Lists every id that one entry names but no entry defines, plus duplicate ids; empty when all links hold. */
export function findBrokenReferences(catalog: Catalog, files: CatalogFiles): string[] {
  const problems: string[] = [];
  const itemIds = new Map<string, string>();
  const missing = (file: string, field: string, kind: string, id: string, known: Iterable<string>) =>
    problems.push(`${file}: field \`${field}\` is "${id}": expected the id of an existing ${kind} (known: ${[...known].sort().join(', ')}).`);

  for (const checklist of catalog.checklists) {
    const file = files.checklist(checklist.id);
    checklist.items.forEach((item, index) => {
      const other = itemIds.get(item.id);
      if (other !== undefined) problems.push(`${file}: field \`items[${index}].id\` is "${item.id}": expected an id no other checklist item uses (${other} has it too).`);
      itemIds.set(item.id, file);
      if (item.target !== undefined && !catalog.targets.has(item.target)) missing(file, `items[${index}].target`, 'target', item.target, catalog.targets.keys());
      item.targets.forEach((id, j) => catalog.targets.has(id) || missing(file, `items[${index}].targets[${j}]`, 'target', id, catalog.targets.keys()));
      item.patterns.forEach((id, j) => catalog.patterns.has(id) || missing(file, `items[${index}].patterns[${j}]`, 'pattern', id, catalog.patterns.keys()));
    });
  }
  for (const [id, pattern] of catalog.patterns) {
    const file = files.pattern(id);
    if (pattern.id !== id) problems.push(`${file}: field \`id\` is "${pattern.id}": expected "${id}", the file's name.`);
    pattern.targets.forEach((t, j) => catalog.targets.has(t) || missing(file, `targets[${j}]`, 'target', t, catalog.targets.keys()));
    pattern.checklistItems.forEach((i, j) => itemIds.has(i) || missing(file, `checklistItems[${j}]`, 'checklist item', i, itemIds.keys()));
  }
  for (const [id, project] of catalog.projects) {
    const file = files.project(id);
    for (const t of Object.keys(project.targets)) if (!catalog.targets.has(t)) missing(file, `targets.${t}`, 'target', t, catalog.targets.keys());
    for (const t of Object.keys(project.records)) if (!catalog.targets.has(t)) missing(file, `records.${t}`, 'target', t, catalog.targets.keys());
    for (const i of Object.keys(project.items)) if (!itemIds.has(i)) missing(file, `items.${i}`, 'checklist item', i, itemIds.keys());
  }
  return problems;
}
