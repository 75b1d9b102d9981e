import { describe, expect, test } from 'vitest';
import { usageLine } from '../../src/lib/usage-line.ts';

describe('usageLine', () => {
  test.each<[string, Parameters<typeof usageLine>, string]>([
    ['arguments only', ['npm run checklist --', { name: 'untick', positionals: ['project', 'item'], options: [] }], 'npm run checklist -- untick <project> <item>'],
    [
      'a needed option before the optional ones, each with its hint',
      ['npm run checklist --', { name: 'na', positionals: ['project', 'item'], options: ['reason', 'until', 'by'] }, { reason: 'text', until: 'YYYY-MM-DD', by: 'name' }, ['reason']],
      'npm run checklist -- na <project> <item> --reason <text> [--until <YYYY-MM-DD>] [--by <name>]',
    ],
    [
      'choices and a flag without a value',
      ['npm run checklist --', { name: 'list', positionals: ['project'], options: ['json', 'lang'], choices: { lang: ['en', 'fr'] } }],
      'npm run checklist -- list <project> [--json] [--lang <en|fr>]',
    ],
  ])('%s', (_, args, line) => expect(usageLine(...args)).toBe(line));
});
