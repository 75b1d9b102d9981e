import type { SparkPoint } from './sparkline-series.ts';

/** A sparkline's drawing area, in SVG user units, and the room kept free at each edge. */
export interface SparkBox {
  width: number;
  height: number;
  pad: number;
}

/** What a sparkline draws, already placed: the line, the target's height, and the missed points. */
export interface SparkGeometry {
  path: string;
  targetY: number;
  misses: Array<{ x: number; y: number }>;
}

/** Headroom above and below the values and the target, as a share of their spread, so neither touches the edge. */
const MARGIN = 0.1;

/**
 * Places a sparkline in a box. Unlike a full chart it has no axis, so its scale spans the values
 * and the target, not zero: a drift of 20 ms on 180 shows. Runs are evenly spaced, oldest left.
 */
export function sparkGeometry(points: readonly SparkPoint[], target: number, box: SparkBox): SparkGeometry {
  if (points.length < 2) throw new RangeError('a sparkline needs at least two points');
  let low = target;
  let high = target;
  for (const point of points) {
    low = Math.min(low, point.value);
    high = Math.max(high, point.value);
  }
  const spread = high - low || Math.max(Math.abs(high), 1);
  const bottom = low - spread * MARGIN;
  const top = high + spread * MARGIN;
  // Whole units: a 120-unit sparkline drawn at its size has nothing finer to show, and 200 cards carry fewer digits.
  const round = (n: number) => Math.round(n);
  const xOf = (index: number) => round(box.pad + (index / (points.length - 1)) * (box.width - 2 * box.pad));
  const yOf = (value: number) => round(box.pad + ((top - value) / (top - bottom)) * (box.height - 2 * box.pad));
  const placed = points.map((point, index) => ({ x: xOf(index), y: yOf(point.value), status: point.status }));
  return {
    path: placed.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(''),
    targetY: yOf(target),
    misses: placed.filter((point) => point.status === 'fail').map(({ x, y }) => ({ x, y })),
  };
}
