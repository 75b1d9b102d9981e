import { describe, expect, test } from 'vitest';
import type { ScalingTrigger } from '../../../src/lib/schema/scaling-trigger.ts';
import { scalingTriggersTable } from '../../../src/lib/tables/scaling-triggers-table.ts';
import { tableText } from './table-text.ts';

const TRIGGERS: ScalingTrigger[] = [
  { id: 'cpu', metric: { fr: 'CPU', en: 'CPU' }, scaleUp: { comparison: 'gt', value: 70, unit: 'percent', forMinutes: 5 }, scaleDown: { comparison: 'lt', value: 30, unit: 'percent', forMinutes: 15 }, cooldownMinutes: 60 },
  { id: 'queue', metric: { fr: 'File', en: 'Queue' }, scaleUp: { comparison: 'gt', value: 100, unit: 'pending-requests' }, scaleDown: { comparison: 'lt', value: 10, unit: 'pending-requests' }, cooldownMinutes: 5 },
];

describe('scalingTriggersTable', () => {
  test('reads as the triggers: when to scale up, down, and how long to wait', () =>
    expect(tableText(scalingTriggersTable(TRIGGERS, 'en'))).toEqual({
      caption: 'Scaling triggers',
      headers: ['Metric', 'Scale up when', 'Scale down when', 'Cooldown between changes'],
      rows: [
        ['CPU', '> 70% for 5 min', '< 30% for 15 min', '1 h'],
        // a threshold that acts at once
        ['Queue', '> 100 pending requests', '< 10 pending requests', '5 min'],
      ],
      ids: [undefined, undefined],
      rowHeaders: [0, 0],
    }));
});
