import { describe, expect, test } from 'vitest';
import { caseById, rulesInput } from '../../fixtures/slo/cases.ts';
import { mark, objectivePercent, plain, sloThreshold } from '../../../src/lib/slo/slo-text.ts';

describe('slo-text', () => {
  const [api, database] = rulesInput(caseById('storefront')).slos;
  test('an SLO’s threshold in each language, with plain spaces', () => {
    expect(sloThreshold(api!, 'en')).toBe('P99 latency < 200 ms');
    expect(sloThreshold(database!, 'fr')).toBe('Temps de requête P95 < 50 ms');
  });
  test('the objective in percent, exact', () => expect([objectivePercent(api!), objectivePercent(database!)]).toEqual(['99.9', '99.95']));
  test('the decimal mark of each language', () => expect([mark('99.9', 'fr'), mark('99.9', 'en')]).toEqual(['99,9', '99.9']));
  test('no-break spaces become spaces', () => expect(plain('500\u00a0ms\u202f!')).toBe('500 ms !'));
});
