/** The middle value of a list of numbers (the mean of the two middle values when the count is even); throws on an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values: measure at least once');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The position of the value closest to the median (the lower one on a tie), so a whole sample can stand for the median. */
export function medianIndex(values: readonly number[]): number {
  const middle = median(values);
  let best = 0;
  for (let i = 1; i < values.length; i++) {
    const distance = Math.abs(values[i]! - middle);
    const bestDistance = Math.abs(values[best]! - middle);
    if (distance < bestDistance || (distance === bestDistance && values[i]! < values[best]!)) best = i;
  }
  return best;
}
