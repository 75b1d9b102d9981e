// The marker of a place only a person can fill: `npm run audit -- new` writes it, and the format
// checker refuses it in a section marked complete. No zod here, so any reader can use it.

/** Every placeholder starts with this word, then a colon and what to write there. */
export const PLACEHOLDER_PREFIX = 'TODO:';

/** A placeholder saying what to fill in, such as "TODO: expected figure". */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_PREFIX} ${what}`;
}

/** True for a value still holding a placeholder: a text that starts with "TODO" (any case), with or without the colon. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && /^\s*todo\b/i.test(value);
}

/** How many placeholders a value holds, at any depth. */
export function countPlaceholders(value: unknown): number {
  if (isPlaceholder(value)) return 1;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countPlaceholders(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + countPlaceholders(item), 0);
  return 0;
}
