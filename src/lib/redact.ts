/** What a secret is replaced with wherever it would be shown. */
export const REDACTED = '[redacted]';

/** Replaces every occurrence of each secret in a text, longest first so one secret inside another is still hidden. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of [...secrets].filter((value) => value.length > 0).sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(REDACTED);
  }
  return result;
}
