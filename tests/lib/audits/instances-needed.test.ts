import { describe, expect, test } from 'vitest';
import { capacityProjection, type CapacityInput, type CapacityLine } from '../../../src/lib/audits/instances-needed.ts';

const input = (fields: Partial<CapacityInput>): CapacityInput => ({ loadRps: 140, growthPercentPerMonth: 20, instanceCapacityRps: 75, headroomPercent: 0, horizonsMonths: [3, 6, 12], ...fields });
const instances = (lines: CapacityLine[]) => lines.map((line) => line.instances);

describe('capacityProjection: ceil(load × (1 + growth)^months ÷ usable capacity)', () => {
  test.each<[string, Partial<CapacityInput>, number[]]>([
    // 140 × 1.2^3 = 241.92, ÷ 75 = 3.2 → 4; 1.2^6 → 418.0 → 6; 1.2^12 → 1248.3 → 17
    ['20 % a month, no headroom', {}, [2, 4, 6, 17]],
    // usable 52.5 req/s: 140 → 2.7 → 3; 241.9 → 4.6 → 5; 418 → 8.0 → 8; 1248.3 → 23.8 → 24
    ['a 30 % headroom leaves 70 % of each instance usable', { headroomPercent: 30 }, [3, 5, 8, 24]],
    ['the capacity page\'s example: 250 req/s at 75 per pod is 3.3, so 4', { loadRps: 250, growthPercentPerMonth: 0, horizonsMonths: [3] }, [4, 4]],
    ['an exact fit needs no extra instance: 150 req/s at 75 is 2, not 3', { loadRps: 150, growthPercentPerMonth: 0, horizonsMonths: [1] }, [2, 2]],
    ['a shrinking load', { loadRps: 300, growthPercentPerMonth: -50, horizonsMonths: [1, 2] }, [4, 2, 1]],
  ])('%s', (_, fields, expected) => {
    expect(instances(capacityProjection(input(fields)))).toEqual(expected);
  });

  test('each line carries its horizon and its load, today first', () => {
    expect(capacityProjection(input({ horizonsMonths: [1, 2] }))).toEqual([
      { months: 0, loadRps: 140, instances: 2 },
      { months: 1, loadRps: 168, instances: 3 },
      { months: 2, loadRps: 201.6, instances: 3 },
    ]);
  });

  test.each<[string, Partial<CapacityInput>, RegExp]>([
    ['no load', { loadRps: 0 }, /load above zero/],
    ['no capacity', { instanceCapacityRps: 0 }, /capacity per instance above zero/],
    ['a headroom of 100 %', { headroomPercent: 100 }, /headroom/],
    ['a growth of -100 %', { growthPercentPerMonth: -100 }, /growth/],
  ])('%s has no projection: a bug, so it throws', (_, fields, message) => {
    expect(() => capacityProjection(input(fields))).toThrow(message);
  });
});
