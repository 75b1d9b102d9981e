import { describe, expect, test } from 'vitest';
import { ansiPainter, shouldUseColor } from '../../src/lib/terminal-color.ts';

describe('shouldUseColor', () => {
  test.each<[string, boolean | undefined, Record<string, string | undefined>, boolean]>([
    ['a terminal', true, {}, true],
    ['a pipe or a file', false, {}, false],
    ['an unknown stream', undefined, {}, false],
    ['NO_COLOR set to anything', true, { NO_COLOR: '1' }, false],
    ['NO_COLOR set to 0 still means no colour (no-color.org)', true, { NO_COLOR: '0' }, false],
    ['an empty NO_COLOR is as if unset', true, { NO_COLOR: '' }, true],
    ['CI', true, { CI: 'true' }, false],
    ['CI=false is not CI', true, { CI: 'false' }, true],
    ['a dumb terminal', true, { TERM: 'dumb' }, false],
  ])('%s', (_, isTTY, env, expected) => expect(shouldUseColor(isTTY, env)).toBe(expected));
});

describe('ansiPainter', () => {
  test('wraps text in the style codes when enabled', () => {
    expect(ansiPainter(true)('Fail', 'bad')).toBe('\u001b[31mFail\u001b[39m');
  });

  test('leaves text alone for an unknown style or no style', () => {
    expect(ansiPainter(true)('x', 'sparkly')).toBe('x');
    expect(ansiPainter(true)('x', undefined)).toBe('x');
  });

  test('never adds codes when disabled', () => {
    expect(ansiPainter(false)('Fail', 'bad')).toBe('Fail');
  });
});
