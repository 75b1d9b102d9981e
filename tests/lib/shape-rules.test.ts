import { describe, expect, test } from 'vitest';
import { isCalendarDate, isId } from '../../src/lib/shape-rules.ts';

describe('isId', () => {
  test.each<[string, boolean]>([
    ['api-p95', true],
    ['storefront', true],
    ['a1-b2-c3', true],
    ['Api-p95', false],
    ['api--p95', false],
    ['-api', false],
    ['api-', false],
    ['shop front', false],
    ['x"><img', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(isId(text)).toBe(expected));
});

describe('isCalendarDate', () => {
  test.each<[string, boolean]>([
    ['2027-03-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['31/03/2027', false],
  ])('%j → %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));
});
