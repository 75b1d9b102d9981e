// The multi-window, multi-burn-rate alerts of the Google SRE workbook (chapter 5, "Alerting on
// SLOs", section 6, "Multiwindow, Multi-Burn-Rate Alerts"): an alert fires when the budget burns
// at a tier's rate over its long window and still burns over its short one (a twelfth of it), so
// it fires fast and stops soon after the burn does. The workbook pages at 14.4x over 1 h (2 % of a
// 30-day budget) and at 6x over 6 h (5 %), and tickets at 1x over 3 d (10 %); the 3x over 1 d
// ticket with a 2 h check (10 % in a day) is the fourth tier Sloth adds between them.
import { burnThreshold } from './budget-figures.ts';
import { compare, type Decimal } from './decimal.ts';

/** Who an alert wakes: `page` calls the on-call engineer now, `ticket` waits for working hours. */
export type AlertSeverity = 'page' | 'ticket';

/** One tier of burn-rate alerting. */
export interface BurnRateTier {
  /** Stable id, also the `tier` label of the alert: "page-1h". */
  id: string;
  /** Prometheus alert name (the `alertname` label). */
  alert: string;
  severity: AlertSeverity;
  /** How many times faster than "exactly spent by the end of the window" the budget burns, as decimal text. */
  burnRate: string;
  /** The window the burn is averaged over, written as Prometheus and OpenSLO write durations. */
  longWindow: string;
  /** The recent window that must still burn, so the alert resets soon after the burn stops. */
  shortWindow: string;
}

/** The four tiers, most urgent first. */
export const BURN_RATE_TIERS: readonly BurnRateTier[] = [
  { id: 'page-1h', alert: 'ErrorBudgetBurnFastPage', severity: 'page', burnRate: '14.4', longWindow: '1h', shortWindow: '5m' },
  { id: 'page-6h', alert: 'ErrorBudgetBurnSlowPage', severity: 'page', burnRate: '6', longWindow: '6h', shortWindow: '30m' },
  { id: 'ticket-1d', alert: 'ErrorBudgetBurnFastTicket', severity: 'ticket', burnRate: '3', longWindow: '1d', shortWindow: '2h' },
  { id: 'ticket-3d', alert: 'ErrorBudgetBurnSlowTicket', severity: 'ticket', burnRate: '1', longWindow: '3d', shortWindow: '6h' },
];

/** Minutes in each unit a window may be written in. */
const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10_080 };

/** The minutes a window such as "5m", "6h" or "3d" lasts. */
export function windowMinutes(window: string): number {
  const match = /^(\d+)([mhdw])$/.exec(window);
  if (match === null || Number(match[1]) === 0) throw new RangeError(`expected a window such as 5m, 1h or 3d, got "${window}"`);
  return Number(match[1]) * UNIT_MINUTES[match[2]!]!;
}

/** A number of minutes written the way Prometheus and OpenSLO write durations, in the largest whole unit: 1440 is "1d". */
export function windowText(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new RangeError(`expected a whole, positive number of minutes, got ${minutes}`);
  for (const [unit, size] of Object.entries(UNIT_MINUTES).reverse()) if (minutes % size === 0) return `${minutes / size}${unit}`;
  return `${minutes}m`;
}

/** Every window the tiers read (5m, 30m, 1h, 2h, 6h, 1d, 3d), shortest first, each once. */
export function alertWindows(tiers: readonly BurnRateTier[] = BURN_RATE_TIERS): string[] {
  const windows = new Set(tiers.flatMap((tier) => [tier.longWindow, tier.shortWindow]));
  return [...windows].sort((a, b) => windowMinutes(a) - windowMinutes(b));
}

/**
 * True when a tier can fire for a budget: its threshold (burn rate × budget) is an error ratio
 * below 1. At 1 or more the error ratio would have to exceed every request, so the alert could
 * never fire (a 10 % budget puts the 14.4x page at 1.44).
 */
export function tierCanFire(tier: BurnRateTier, errorBudgetPercent: number | string | Decimal): boolean {
  return compare(burnThreshold(tier.burnRate, errorBudgetPercent), 1) < 0;
}
