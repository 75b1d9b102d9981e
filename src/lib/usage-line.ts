import type { CommandShape } from './command-line-problems.ts';

/** One line saying how to call a command: its arguments, the options it needs, then the optional ones in brackets. */
export function usageLine(prefix: string, shape: CommandShape, hints: Readonly<Record<string, string>> = {}, required: readonly string[] = []): string {
  const option = (name: string) => {
    const choices = shape.choices?.[name];
    const hint = choices ? choices.join('|') : hints[name];
    return hint === undefined ? `--${name}` : `--${name} <${hint}>`;
  };
  const words = [
    prefix,
    shape.name,
    ...shape.positionals.map((name) => `<${name}>`),
    ...shape.options.filter((name) => required.includes(name)).map(option),
    ...shape.options.filter((name) => !required.includes(name)).map((name) => `[${option(name)}]`),
  ];
  return words.join(' ');
}
