// The rules of shape that every door checks: the schemas (zod), the commands and the browser
// editor (which must stay free of zod). Written once here, used by all.

/** An id: lower-case letters and digits in words joined by single hyphens, such as "api-p95". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for an id such as "api-p95" or "storefront". */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
