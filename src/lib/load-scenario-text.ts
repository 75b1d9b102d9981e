import { formatMinutes, formatNumber } from './format.ts';
import type { LoadScenario } from './schema/load-scenario.ts';
import type { Locale } from './schema/localized.ts';

/** The virtual users of a scenario as a reader sees them: "5", "100 → 500", "0 → 1 000 → 0". */
export function formatUsers(users: LoadScenario['users'], locale: Locale): string {
  const from = formatNumber(users.from, locale);
  const to = formatNumber(users.to, locale);
  if (users.shape === 'constant') return to;
  if (users.shape === 'ramp') return `${from} → ${to}`;
  return `${from} → ${to} → ${from}`;
}

/** A scenario's duration, marked when it is a minimum: "10 min", "2 h ou plus". */
export function formatScenarioDuration(scenario: Pick<LoadScenario, 'durationMinutes' | 'durationIsMinimum'>, locale: Locale): string {
  const duration = formatMinutes(scenario.durationMinutes, locale);
  if (!scenario.durationIsMinimum) return duration;
  return locale === 'fr' ? `${duration} ou plus` : `${duration} or more`;
}
