import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { STATUS_LABELS } from '../../src/lib/status-labels.ts';
import { skipWithout } from '../fixtures/prerequisite.ts';

// A status symbol is read beside its word, on the site and in a terminal. An emoji-style
// character (⏱ was one) renders as an empty box on a machine without an emoji font, such as
// Debian's Chromium as `npm start` installs it; plain symbols from the fonts every system has do not.

const symbols = Object.entries(STATUS_LABELS).map(([kind, label]) => [kind, label.symbol] as const);

describe('status symbols render everywhere', () => {
  test.each(symbols)('%s (%s) is a text symbol, not an emoji', (_, symbol) => {
    expect(symbol).not.toMatch(/\p{Extended_Pictographic}/u);
    expect([...symbol]).toHaveLength(1);
  });

  /** True when fontconfig has at least one installed font covering the code point. */
  const covered = (symbol: string) => execFileSync('fc-list', [`:charset=${symbol.codePointAt(0)!.toString(16)}`, 'family'], { encoding: 'utf8' }).trim() !== '';

  const hasFontconfig = (() => {
    try {
      execFileSync('fc-list', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  test.each(symbols)('%s (%s) is drawn by a font installed here', (_, symbol) => {
    if (skipWithout(hasFontconfig, "fontconfig's fc-list (Debian: apt-get install fontconfig)")) return;
    expect(covered(symbol)).toBe(true);
  });
});
