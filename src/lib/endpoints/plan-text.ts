import type { LoadPlan } from './load-plan.ts';

/** A figure as people read it: at most one decimal, thousands grouped (33.333… as 33.3, 1200 as 1,200). */
const figure = (value: number) => (Math.round(value * 10) / 10).toLocaleString('en-US');

/** "1 measured request" or "300 measured requests". */
const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** The line people read before the load starts: what is sent where, how fast, for how long, and how many at once. */
export function planText(plan: LoadPlan, name: string): string {
  const warmup = plan.warmupSeconds > 0 ? ` after a ${figure(plan.warmupSeconds)} s warm-up` : ', no warm-up';
  return `${name}: ${plan.method} ${plan.target}, ${figure(plan.rate)} req/s for ${figure(plan.measuredSeconds)} s${warmup}, ${plural(plan.measuredRequests, 'measured request')}, at most ${plan.concurrency.toLocaleString('en-US')} in flight`;
}
