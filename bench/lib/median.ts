/** The median of some numbers; throws on none, since a median of nothing means nothing. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
