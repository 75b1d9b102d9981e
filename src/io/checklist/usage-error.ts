import type { Lookup } from '../../lib/checklist-ids.ts';

/** Bad input a person fixes: printed without a stack trace, with the command's usage hint. */
export class UsageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The found entry, or a usage error when a lookup found nothing. */
export function found<T>(lookup: Lookup<T>): T {
  if (!lookup.ok) throw new UsageError([lookup.problem]);
  return lookup.value;
}
