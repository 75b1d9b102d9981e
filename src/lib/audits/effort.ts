// An effort as the method's plan writes it ("5 min", "2h", "1j"): a number and a unit, read as
// minutes of work so two actions can be compared. No zod here.

/** Minutes in each unit of effort; a day is a working day and a week five of them (the seed's "1j" is a day of one person's work). */
export const EFFORT_UNIT_MINUTES = { min: 1, h: 60, d: 8 * 60, w: 5 * 8 * 60 } as const;
export type EffortUnit = keyof typeof EFFORT_UNIT_MINUTES;

/** An effort: a positive number then one of the units min, h, d (working day) or w (working week), such as "30 min", "2 h", "1.5d". */
export const EFFORT_PATTERN = /^(\d+(?:\.\d+)?)\s*(min|h|d|w)$/;

/** The minutes of work an effort stands for, or undefined for a text that is not an effort (a placeholder, say). */
export function effortMinutes(text: string): number | undefined {
  const match = EFFORT_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (amount <= 0) return undefined;
  return amount * EFFORT_UNIT_MINUTES[match[2] as EffortUnit];
}
