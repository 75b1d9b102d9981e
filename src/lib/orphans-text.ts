/** A process a killed run left running, as the next run ended it. */
export interface EndedOrphan {
  pid: number;
  /** Its executable's name, such as chromium or node. */
  name: string;
}

/** The one line a run prints after ending what an earlier, killed run left running: how many, what, and which run. */
export function orphansText(ended: readonly EndedOrphan[], run: { pid: number; startedAt: string }): string {
  const counts = new Map<string, number>();
  for (const orphan of ended) counts.set(orphan.name, (counts.get(orphan.name) ?? 0) + 1);
  const what = [...counts].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', ');
  const noun = ended.length === 1 ? 'process' : 'processes';
  return `ended ${ended.length} ${noun} (${what}) that an earlier run (process ${run.pid}, started ${run.startedAt}) left running when it was killed.`;
}
