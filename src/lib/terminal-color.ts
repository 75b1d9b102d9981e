import type { Painter } from './text-table.ts';

/** ANSI codes for the few styles the commands use: start and end sequence. */
const STYLES: Record<string, [number, number]> = {
  bad: [31, 39],
  warn: [33, 39],
  good: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** True when output may be coloured: a terminal, and neither `NO_COLOR` (any value, see no-color.org) nor CI is set. */
export function shouldUseColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (!isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') return false;
  return env.TERM !== 'dumb';
}

/** A painter that wraps text in ANSI styles, or leaves it as it is when colours are off. */
export function ansiPainter(enabled: boolean): Painter {
  if (!enabled) return (text) => text;
  return (text, style) => {
    const codes = style === undefined ? undefined : STYLES[style];
    return codes === undefined ? text : `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
  };
}
