import { describe, expect, test } from 'vitest';
import { sparkGeometry } from '../../../src/lib/overview/sparkline-geometry.ts';
import type { SparkPoint } from '../../../src/lib/overview/sparkline-series.ts';

const BOX = { width: 100, height: 30, pad: 5 };
const points = (...values: number[]): SparkPoint[] => values.map((value, index) => ({ at: `2026-11-${String(index + 1).padStart(2, '0')}T00:00:00Z`, value, status: value >= 200 ? 'fail' : 'pass', runs: 1, misses: value >= 200 ? 1 : 0 }));

describe('sparkGeometry', () => {
  test('spans the values and the target, not zero: the lowest value sits near the bottom, the target near the top', () => {
    const { path, targetY } = sparkGeometry(points(150, 160, 170), 200, BOX);
    // Scale 150 - 5 to 200 + 5 over 20 units from y = 5: 150 is at 25 - 20 × 5 / 60, the target at 5 + 20 × 5 / 60, in whole units.
    expect(path).toBe('M5 23L50 20L95 17');
    expect(targetY).toBe(7);
  });

  test('runs are evenly spaced from the left edge to the right, inside the padding', () => {
    const { path } = sparkGeometry(points(1, 2, 3, 4, 5), 10, BOX);
    expect([...path.matchAll(/[ML](\d+) /g)].map((match) => Number(match[1]))).toEqual([5, 28, 50, 73, 95]);
  });

  test('every missed run is a dot, where the line passes', () => {
    const { misses, path } = sparkGeometry(points(150, 230, 170, 210), 200, BOX);
    expect(misses.map((dot) => dot.x)).toEqual([35, 95]);
    for (const dot of misses) expect(path).toContain(`${dot.x} ${dot.y}`);
  });

  test('a flat line at its target still has a scale', () => {
    const { path, targetY } = sparkGeometry(points(100, 100), 100, BOX);
    expect(path).toBe(`M5 ${targetY}L95 ${targetY}`);
    expect(targetY).toBeGreaterThan(5);
    expect(targetY).toBeLessThan(25);
  });

  test('refuses fewer than two points', () => expect(() => sparkGeometry(points(100), 200, BOX)).toThrow(/two points/));
});
