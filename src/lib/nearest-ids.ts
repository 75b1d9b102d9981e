/** Most suggestions shown after an unknown id: more than three reads as a list, not a hint. */
const MAX_SUGGESTIONS = 3;

/** The number of single-character insertions, deletions, substitutions and swaps of neighbours that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment distance, two rows back are enough for the swap of neighbours.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The known ids closest to `wanted`, best first: near misspellings, and ids that contain it or that it contains. */
export function nearestIds(wanted: string, known: Iterable<string>, max = MAX_SUGGESTIONS): string[] {
  const text = wanted.trim().toLowerCase();
  if (text === '') return [];
  // A third of the length, at least two: "api-p59" finds "api-p95", "xyz" finds nothing.
  const limit = Math.max(2, Math.floor(text.length / 3));
  const scored: Array<{ id: string; score: number }> = [];
  for (const id of new Set(known)) {
    const distance = editDistance(text, id);
    const contains = text.length >= 3 && (id.includes(text) || text.includes(id));
    if (distance <= limit || contains) scored.push({ id, score: contains ? Math.min(distance, limit) : distance });
  }
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, max).map((entry) => entry.id);
}

/** Ends a sentence about an unknown id with the nearest known ids, or with where to find the list. */
export function suggestionText(wanted: string, known: Iterable<string>, listHint: string): string {
  const near = nearestIds(wanted, known);
  if (near.length === 0) return listHint;
  return `did you mean ${near.map((id) => `"${id}"`).join(' or ')}?`;
}
