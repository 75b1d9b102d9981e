/** Text folded for matching: no accents, lower case, spaces collapsed ("Équipe  Paiements" reads "equipe paiements"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What the overview's filter searches in a project: its name, its id and its owner, folded. */
export function searchText(fields: { name: string; id: string; owner: string }): string {
  return foldText(`${fields.name} ${fields.id} ${fields.owner}`);
}

/** True when every word of the query is found in a project's search text; an empty query matches every project. */
export function matchesFilter(search: string, query: string): boolean {
  const words = foldText(query).split(' ').filter((word) => word !== '');
  return words.every((word) => search.includes(word));
}
