import { parseArgs } from 'citty';
import { describe, expect, test } from 'vitest';
import { commandLineProblems, type CommandShape } from '../../src/lib/command-line-problems.ts';

const NA: CommandShape = { name: 'na', positionals: ['project', 'item'], options: ['reason', 'until', 'by'] };
const LIST: CommandShape = { name: 'list', positionals: ['project'], options: ['json', 'lang'], choices: { lang: ['en', 'fr'] } };

/** Parses a command line the way the checklist command does, leniently, and lists its problems. */
function problems(shape: CommandShape, line: string[]): string[] {
  const defs = Object.fromEntries([
    ...shape.positionals.map((name) => [name, { type: 'positional', required: false }]),
    ...shape.options.map((name) => [name, { type: name === 'json' ? 'boolean' : 'string' }]),
  ]);
  return commandLineProblems(shape, line, parseArgs(line, defs));
}

describe('commandLineProblems', () => {
  test.each<[string, CommandShape, string[], RegExp[]]>([
    ['a correct line has none', NA, ['shop', 'load-soak', '--reason', 'Batch only', '--until=2027-01-31'], []],
    ['--help is always known', NA, ['shop', 'load-soak', '--help'], []],
    ['a boolean option is fine', LIST, ['shop', '--json'], []],
    ['words after -- are arguments, not options', NA, ['shop', 'load-soak', '--reason', 'x', '--', '--weird'], [/^unexpected argument "--weird"/]],
    ['a misspelt option suggests the nearest', NA, ['shop', 'x', '--reson', 'y'], [/^unknown option "--reson": did you mean --reason\? the options of na are --reason, --until, --by$/]],
    ['an unrelated option lists the options', NA, ['shop', 'x', '--colour'], [/^unknown option "--colour": the options of na are/]],
    ['a negative number is named as such', NA, ['shop', 'x', '-5'], [/^"-5" is a negative number: expected a non-negative number$/]],
    ['an option followed by another option has no value', NA, ['shop', 'x', '--reason', '--until', '2027-01-31'], [/^--reason has no value \(the next word is the option --until\): expected --reason <text>$/]],
    ['a value outside the choices', LIST, ['shop', '--lang', 'de'], [/^--lang is "de": expected one of en, fr$/]],
    ['a missing argument', NA, ['shop'], [/^missing <item>: na takes <project> <item>$/]],
    ['no argument at all', NA, [], [/^missing <project> <item>: na takes <project> <item>$/]],
    ['an unquoted text leaves an extra word', NA, ['shop', 'x', '--reason', 'Batch', 'only'], [/^unexpected argument "only": na takes <project> <item>; quote a text with spaces/]],
  ])('%s', (_, shape, line, expected) => {
    const found = problems(shape, line);
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(found[index]).toMatch(pattern));
  });

  test('an unknown option does not also report the word after it', () => {
    expect(problems(NA, ['shop', 'x', '--reson', 'Batch'])).toHaveLength(1);
  });

  test('a command without options says so', () => {
    expect(problems({ name: 'show', positionals: ['project'], options: [] }, ['shop', '--json'])[0]).toMatch(/show takes no options$/);
  });
});
