import { describe, expect, test } from 'vitest';
import { parseRecordTime, parseRecordValue, recordFromFlags, type RecordFlags } from '../../src/lib/recorded-value-flags.ts';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('parseRecordValue', () => {
  test.each<[string, string, number | undefined]>([
    ['240', 'ms', 240],
    ['0', 'ms', 0], // a figure of zero is a figure
    ['12.5', 'ms', 12.5],
    ['.5', 'ms', 0.5],
    [' 240 ', 'ms', 240],
    ['240ms', 'ms', 240],
    ['240 ms', 'ms', 240],
    ['3.2s', 'ms', 3200], // seconds are turned into the target's milliseconds
    ['0.1', 'unitless', 0.1],
    ['5s', 'unitless', undefined], // a unit where the target has none
    ['-5', 'ms', undefined],
    ['abc', 'ms', undefined],
    ['', 'ms', undefined],
    ['1e3', 'ms', undefined],
    ['Infinity', 'ms', undefined],
    ['240 min', 'ms', undefined],
  ])('%s (%s) → %s', (text, unit, value) => expect(parseRecordValue(text, unit)).toBe(value));
});

describe('parseRecordTime', () => {
  test.each<[string, string | undefined]>([
    ['2026-11-20', '2026-11-20T00:00:00.000Z'], // a date alone is midnight UTC
    ['2026-11-20T09:00:00Z', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T09:00Z', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T10:00:00+01:00', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20 09:00:00Z', '2026-11-20T09:00:00.000Z'],
    ['2026-02-30', undefined],
    ['2026-02-30T09:00:00Z', undefined],
    ['2026-11-20T25:00:00Z', undefined],
    ['yesterday', undefined],
    ['20/11/2026', undefined],
  ])('%s → %s', (text, iso) => expect(parseRecordTime(text)).toBe(iso));

  test('a time without a zone is local time', () => {
    expect(parseRecordTime('2026-11-20T09:00')).toBe(new Date(2026, 10, 20, 9, 0).toISOString());
  });
});

describe('recordFromFlags', () => {
  test('a figure with its source is recorded now', () => {
    expect(recordFromFlags({ value: '240', source: ' APM ' }, 'ms', NOW)).toEqual({ ok: true, record: { value: 240, source: 'APM', at: NOW.toISOString() } });
  });

  test('--at and --by are kept', () => {
    expect(recordFromFlags({ value: '2s', source: 'pg', at: '2026-11-20', by: 'Ada' }, 'ms', NOW)).toEqual({ ok: true, record: { value: 2000, source: 'pg', at: '2026-11-20T00:00:00.000Z', by: 'Ada' } });
  });

  test.each<[string, RecordFlags, RegExp]>([
    ['a word for a value', { value: 'fast', source: 'APM' }, /^<value> is "fast": expected a non-negative number in milliseconds/],
    ['a negative value', { value: '-5', source: 'APM' }, /^<value> is "-5": expected a non-negative number/],
    ['no source', { value: '240' }, /^--source is missing: expected where the figure comes from/],
    ['a blank source', { value: '240', source: '  ' }, /^--source is missing/],
    ['a time that is not one', { value: '240', source: 'APM', at: 'last night' }, /^--at is "last night": expected when it was measured, as a date or an ISO date-time/],
    ['a time in the future', { value: '240', source: 'APM', at: '2026-12-01' }, /^--at is 2026-12-01, which is in the future/],
    ['an empty name', { value: '240', source: 'APM', by: '' }, /^--by is empty/],
    // the limits of the project file's own fields, named with the flag
    ['a source longer than a paragraph', { value: '240', source: 'x'.repeat(2001) }, /^--source is 2,001 characters long: expected at most 2,000 \(MAX_TEXT_LENGTH\)/],
    ['a name longer than a line', { value: '240', source: 'APM', by: 'x'.repeat(201) }, /^--by is 201 characters long: expected at most 200 \(MAX_NAME_LENGTH\)/],
    // a long bad value is quoted briefly, not echoed whole
    ['a long word for a value', { value: 'x'.repeat(100_000), source: 'APM' }, /^<value> is "x{77}\.\.\.": expected a non-negative number/],
  ])('refuses %s', (_, flags, message) => {
    const input = recordFromFlags(flags, 'ms', NOW);
    expect(input.ok).toBe(false);
    if (!input.ok) expect(input.problems[0]).toMatch(message);
  });

  test('a source and a name exactly at their limits are recorded', () => {
    expect(recordFromFlags({ value: '240', source: 'x'.repeat(2000), by: 'y'.repeat(200) }, 'ms', NOW).ok).toBe(true);
  });

  test('a few minutes ahead is clock skew, not the future', () => {
    expect(recordFromFlags({ value: '240', source: 'APM', at: '2026-11-23T12:03:00Z' }, 'ms', NOW).ok).toBe(true);
  });

  test('a unitless target says so in its hint', () => {
    const input = recordFromFlags({ value: 'x', source: 'APM' }, 'unitless', NOW);
    expect(input.ok ? '' : input.problems[0]).toMatch(/such as 0\.1$/);
  });
});
