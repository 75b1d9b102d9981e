import { formatValue } from './friendly-errors.ts';
import { nearestIds } from './nearest-ids.ts';

/** What a command accepts: its name, its positional arguments in order, and its option names. */
export interface CommandShape {
  name: string;
  positionals: readonly string[];
  options: readonly string[];
  /** The allowed values of options that take one of a few words. */
  choices?: Readonly<Record<string, readonly string[]>>;
}

/** Options every command understands. */
const BUILT_IN = ['help'];

/** Finds what is wrong with a command line: unknown options, negative numbers, options with no value, missing or extra arguments. */
export function commandLineProblems(shape: CommandShape, rawArgs: readonly string[], parsed: { _: readonly string[] } & Record<string, unknown>): string[] {
  const names = [...shape.options, ...BUILT_IN];
  const problems: string[] = [];
  for (const arg of rawArgs) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-' || arg === '-h') continue;
    if (/^-\.?\d/.test(arg)) {
      problems.push(`"${arg}" is a negative number: expected a non-negative number`);
      continue;
    }
    const name = arg.replace(/^--?/, '').split('=')[0]!;
    if (names.includes(name)) continue;
    const near = nearestIds(name, names, 1);
    const allowed = shape.options.length === 0 ? `${shape.name} takes no options` : `the options of ${shape.name} are ${shape.options.map((option) => `--${option}`).join(', ')}`;
    problems.push(`unknown option "${arg}": ${near.length > 0 ? `did you mean --${near[0]}? ` : ''}${allowed}`);
  }
  for (const option of shape.options) {
    const value = parsed[option];
    const choices = shape.choices?.[option];
    if (typeof value === 'string' && value.startsWith('--')) problems.push(`--${option} has no value (the next word is the option ${value}): expected --${option} <text>`);
    else if (choices !== undefined && value !== undefined && !choices.includes(String(value))) problems.push(`--${option} is ${formatValue(value)}: expected one of ${choices.join(', ')}`);
  }
  const missing = shape.positionals.filter((name) => typeof parsed[name] !== 'string' || parsed[name] === '');
  if (problems.length === 0 && missing.length > 0) {
    problems.push(`missing ${missing.map((name) => `<${name}>`).join(' ')}: ${shape.name} takes ${shape.positionals.map((name) => `<${name}>`).join(' ')}`);
  }
  // An unknown option swallows no value, so its value shows up as an extra argument: one problem is enough.
  if (problems.length === 0 && parsed._.length > shape.positionals.length) {
    const extra = parsed._.slice(shape.positionals.length);
    const expected = shape.positionals.map((name) => `<${name}>`).join(' ');
    problems.push(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((word) => `"${word}"`).join(' ')}: ${shape.name} takes ${expected}; quote a text with spaces, such as --note "two words"`);
  }
  return problems;
}
