// The `promtool test rules` file that proves a project's alerts, shipped beside its rules so the
// team's own CI can run it: input series written in the project's own metric names, and for each
// burn-rate tier a burn at twice its rate that starts after a quiet spell as long as the short
// window, with the alert not firing two minutes before the long window's error ratio reaches the
// tier's threshold (the short window alone would have fired), firing two minutes after, and
// resolved once the burn has stopped for longer than the short window, while the long window
// still holds more than the threshold. A burn at half the budget's
// pace fires nothing. Each of the method's rules fires just above its threshold, not
// before its duration, and not just below. Same input, same bytes.
import { boundInMilliseconds, bucketBoundFor } from './bucket-bound.ts';
import { BURN_RATE_TIERS, tierCanFire, windowMinutes, windowText, type BurnRateTier } from './burn-rate-tiers.ts';
import { add, compare, decimal, decimalText, isWhole, multiply, shift, subtract, type Decimal } from './decimal.ts';
import type { EffectiveSlo } from './effective-slos.ts';
import { methodAlert, type MethodAlert } from './method-alert-queries.ts';
import { selector, equalityMatchers, type Matcher } from './promql.ts';
import { prometheusRuleGroups, type AlertingRule, type PrometheusRulesInput } from './prometheus-rules.ts';
import { yamlDocument, type YamlValue } from './yaml-text.ts';

/** Minutes between two samples of the input series and between two evaluations of the rules. */
const STEP_MINUTES = 1;
/** How much faster than a tier's rate the tests burn: twice, so the long window crosses the threshold one short window into the burn. */
const BURN_FACTOR = '2';
/** The burn that must fire nothing: half the budget's pace. */
const QUIET_FACTOR = '0.5';
/** Samples on either side of the moment an alert's condition changes, so a reader on another Prometheus (whose ranges exclude their start) reads the same. */
const MARGIN_STEPS = 2;
/** Fewest events a step carries, so a ratio is never drawn from a handful. */
const MIN_EVENTS_PER_STEP = 1000n;

type Segment = { perStep: Decimal; steps: number };
type InputSeries = { series: string; values: string };
type AlertCheck = { eval_time: string; alertname: string; exp_alerts: Array<{ exp_labels: Record<string, string>; exp_annotations: Record<string, string> }> };
type TestCase = { name: string; interval: string; input_series: InputSeries[]; alert_rule_test: AlertCheck[] };

/**
 * A counter's samples in promtool's notation, from zero: each segment adds `perStep` for `steps`
 * steps ("0+10x5" is 0, 10, … 50; the next segment goes on from there).
 */
export function counterValues(segments: readonly Segment[]): string {
  let value = decimal(0);
  const parts = [`0`];
  for (const { perStep, steps } of segments) {
    if (steps <= 0) continue;
    const first = add(value, perStep);
    parts.push(steps === 1 ? decimalText(first) : `${decimalText(first)}+${decimalText(perStep)}x${steps - 1}`);
    value = add(value, multiply(perStep, steps));
  }
  return parts.join(' ');
}

/** A gauge's samples in promtool's notation: each segment holds a value for `steps` samples. */
export function gaugeValues(segments: ReadonlyArray<{ value: Decimal; steps: number }>): string {
  return segments.map(({ value, steps }) => `${decimalText(value)}+0x${steps - 1}`).join(' ');
}

/** A duration of whole minutes as promtool reads an evaluation time: 125 is "2h5m". */
export function evalTime(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const text = `${days ? `${days}d` : ''}${hours ? `${hours}h` : ''}${rest ? `${rest}m` : ''}`;
  return text === '' ? '0m' : text;
}

/** The smallest power of ten, at least MIN_EVENTS_PER_STEP, whose share `ratio` is a whole number of events. */
function eventsPerStep(ratio: Decimal): bigint {
  let events = MIN_EVENTS_PER_STEP;
  while (!isWhole(multiply(events.toString(), ratio))) events *= 10n;
  return events;
}

/** The alert as the rules define it, for the labels and annotations promtool expects. */
function ruleOf(input: PrometheusRulesInput, alert: string, labels: Record<string, string>): AlertingRule {
  for (const group of prometheusRuleGroups(input)) {
    for (const rule of group.rules) {
      if ('alert' in rule && rule.alert === alert && Object.entries(labels).every(([key, value]) => rule.labels[key] === value)) return rule;
    }
  }
  throw new RangeError(`no alert ${alert} with labels ${JSON.stringify(labels)} in the generated rules`);
}

/** What promtool expects of one firing alert: its labels (the result's, then the rule's) and its annotations. */
function expected(rule: AlertingRule, resultLabels: Record<string, string> = {}) {
  return { exp_labels: { ...resultLabels, ...rule.labels }, exp_annotations: rule.annotations };
}

/** The `_count` and `_bucket` series of one SLO for a burn: `events` per step, `bad` of them slower than the bound. */
function sloSeries(input: PrometheusRulesInput, slo: EffectiveSlo, segments: ReadonlyArray<{ events: bigint; bad: Decimal; steps: number }>): InputSeries[] {
  const choice = bucketBoundFor(slo.value, slo.histogram);
  if (choice.kind === 'none') throw new RangeError(`the SLO "${slo.id}" has no bucket bound at or below ${slo.value} ms: run the lint (slo-lint.ts) before generating`);
  const base = input.monitoring.selectorMatchers;
  const le: Matcher = { label: 'le', op: '=', value: decimalText(choice.bound) };
  return [
    { series: selector(slo.histogram.metric.replace(/_bucket$/, '_count'), base), values: counterValues(segments.map((s) => ({ perStep: decimal(s.events.toString()), steps: s.steps }))) },
    { series: selector(slo.histogram.metric, [...base, le]), values: counterValues(segments.map((s) => ({ perStep: subtract(s.events.toString(), s.bad), steps: s.steps }))) },
  ];
}

/** True when an SLO's error ratio over a window of `window` samples, `sample` samples into a burn that began after `quiet` samples, is at or above the threshold. */
function windowAtThreshold(factor: Decimal, rate: Decimal, quiet: number, sample: number, window: number): boolean {
  // Bad events in the window: the burn's samples inside it; all events: the window's samples since the start.
  return compare(multiply(factor, Math.min(sample, window)), multiply(rate, Math.min(quiet + sample, window))) >= 0;
}

/** Samples a short window of a tier's test holds: enough to place the moment it crosses its threshold within two samples. */
const SAMPLES_PER_SHORT_WINDOW = 30;

/** The test of one tier of one SLO: quiet, then a burn at BURN_FACTOR times its rate, then quiet again. */
function tierTest(input: PrometheusRulesInput, slo: EffectiveSlo, tier: BurnRateTier): TestCase {
  const rate = decimal(tier.burnRate);
  const factor = multiply(rate, BURN_FACTOR);
  // One sample a minute for the pages; the tickets' longer windows are read from sparser samples
  // (4 and 12 minutes apart), which keeps each check exact and the test quick to run.
  const minutes = windowMinutes(tier.shortWindow);
  const step = minutes % SAMPLES_PER_SHORT_WINDOW === 0 ? Math.max(STEP_MINUTES, minutes / SAMPLES_PER_SHORT_WINDOW) : STEP_MINUTES;
  const long = windowMinutes(tier.longWindow) / step;
  const short = minutes / step;
  // A quiet spell as long as the short window: the long window then holds the quiet samples too and
  // reaches the threshold only one short window into the burn, where the short window alone would fire at half of it.
  const quiet = short;
  let fires = 1;
  while (!(windowAtThreshold(factor, rate, quiet, fires, long) && windowAtThreshold(factor, rate, quiet, fires, short))) fires += 1;
  // Long enough that, a short window after it ends, the long window still holds more than the
  // threshold: the alert then stops only because the short window has cleared.
  const burn = Math.max(fires + MARGIN_STEPS + 1, 3 * short);
  const events = eventsPerStep(multiply(factor, slo.errorBudget));
  const bad = multiply(events.toString(), multiply(factor, slo.errorBudget));
  const after = short + MARGIN_STEPS + 1;
  const rule = ruleOf(input, tier.alert, { slo: slo.id });
  const at = (sample: number, firing: boolean): AlertCheck => ({ eval_time: evalTime(sample * step), alertname: tier.alert, exp_alerts: firing ? [expected(rule)] : [] });
  return {
    name: `${slo.id}: a burn of ${decimalText(factor)}x after ${tier.shortWindow} of none fires ${tier.alert} (${tier.id}) once the ${tier.longWindow} window reaches ${tier.burnRate}x, ${evalTime(fires * step)} in, and stops within ${tier.shortWindow} of the burn's end, while the ${tier.longWindow} window still burns`,
    interval: windowText(step),
    input_series: sloSeries(input, slo, [
      { events, bad: decimal(0), steps: quiet },
      { events, bad, steps: burn },
      { events, bad: decimal(0), steps: after },
    ]),
    alert_rule_test: [at(quiet + fires - MARGIN_STEPS, false), at(quiet + fires + MARGIN_STEPS, true), at(quiet + burn + after, false)],
  };
}

/** The test that a burn of half the budget's pace fires no tier of an SLO, however long it lasts. */
function quietTest(input: PrometheusRulesInput, slo: EffectiveSlo, tiers: readonly BurnRateTier[]): TestCase {
  const factor = decimal(QUIET_FACTOR);
  const events = eventsPerStep(multiply(factor, slo.errorBudget));
  const bad = multiply(events.toString(), multiply(factor, slo.errorBudget));
  // From the first sample every window holds the same ratio, so the short windows' lengths are checks enough.
  const checks = [...new Set(tiers.map((tier) => windowMinutes(tier.shortWindow)))].sort((a, b) => a - b);
  const longest = checks[checks.length - 1]!;
  return {
    name: `${slo.id}: a steady burn of ${decimalText(factor)}x fires no burn-rate alert`,
    interval: windowText(STEP_MINUTES),
    input_series: sloSeries(input, slo, [{ events, bad, steps: longest }]),
    alert_rule_test: checks.flatMap((minute) => tiers.map((tier) => ({ eval_time: evalTime(minute), alertname: tier.alert, exp_alerts: [] }))),
  };
}

/** Values of a label that match and that do not match the failed-request matcher, or undefined when none of the usual ones do. */
function errorValues(matcher: Matcher): { failed: string; ok: string } | undefined {
  const matches = (value: string) => (matcher.op === '=' ? value === matcher.value : new RegExp(`^(?:${matcher.value})$`).test(value));
  const failed = matcher.op === '=' ? matcher.value : ['500', '503', '5xx', 'error', 'ERROR', 'failure', 'false', 'true', '1'].find(matches);
  const ok = ['200', '2xx', 'ok', 'OK', 'success', 'true', 'false', '0'].find((value) => !matches(value));
  return failed === undefined || ok === undefined ? undefined : { failed, ok };
}

/** A rule's threshold in the unit its query compares, as a ratio for percents. */
function ratioOf(alert: MethodAlert): Decimal {
  return shift(alert.rule.threshold, 2);
}

/** Promtool tests of one of the method's rules: just above its threshold it fires after its duration, just below it does not. */
function methodTests(input: PrometheusRulesInput, alert: MethodAlert): TestCase[] {
  const m = input.monitoring;
  const base = m.selectorMatchers;
  const holdFor = alert.for === undefined ? 0 : windowMinutes(alert.for);
  const length = 60 + holdFor + 30;
  const rule = ruleOf(input, alert.alert, { alert_rule: alert.rule.id });
  const test = (name: string, series: InputSeries[], fireAt: number | undefined, labels: Record<string, string> = {}): TestCase => ({
    name: `${alert.alert} (${alert.rule.id}): ${name}`,
    interval: windowText(STEP_MINUTES),
    input_series: series,
    alert_rule_test:
      fireAt === undefined
        ? [{ eval_time: evalTime(length - 1), alertname: alert.alert, exp_alerts: [] }]
        : [
            ...(holdFor > 0 ? [{ eval_time: evalTime(fireAt + holdFor - MARGIN_STEPS), alertname: alert.alert, exp_alerts: [] }] : []),
            { eval_time: evalTime(length - 1), alertname: alert.alert, exp_alerts: [expected(rule, labels)] },
          ],
  });
  // One hundredth of the threshold above and below it: close, and far beyond a float's noise.
  const above = (ratio: Decimal) => multiply(ratio, '1.01');
  const below = (ratio: Decimal) => multiply(ratio, '0.99');
  switch (alert.rule.id) {
    case 'error-spike': {
      const values = errorValues(m.errorMatcher);
      if (values === undefined) return [];
      const label = m.errorMatcher.label;
      const series = (share: Decimal) => {
        const failed = multiply(1000, share);
        return [
          { series: selector(m.requests.metric, [...base, { label, op: '=', value: values.failed }]), values: counterValues([{ perStep: failed, steps: length }]) },
          { series: selector(m.requests.metric, [...base, { label, op: '=', value: values.ok }]), values: counterValues([{ perStep: subtract(1000, failed), steps: length }]) },
        ];
      };
      return [test(`${decimalText(multiply(above(ratioOf(alert)), 100))} % of requests failing fires it after ${alert.for ?? 'at once'}`, series(above(ratioOf(alert))), 1), test(`${decimalText(multiply(below(ratioOf(alert)), 100))} % does not`, series(below(ratioOf(alert))), undefined)];
    }
    case 'high-latency': {
      const threshold = bucketBoundFor(alert.rule.threshold, m.latency);
      const bounds = m.latency.buckets.map((bucket) => decimal(bucket));
      const limit = threshold.threshold;
      const upper = bounds.findIndex((bound) => compare(bound, limit) > 0);
      const lower = bounds.map((bound, index) => (compare(bound, limit) <= 0 ? index : -1)).filter((index) => index >= 0).pop();
      // Every event in one bucket: the percentile falls inside it.
      const series = (bucket: number) => [
        ...bounds.map((bound, index) => ({ series: selector(m.latency.metric, [...base, { label: 'le', op: '=' as const, value: decimalText(bound) }]), values: counterValues([{ perStep: decimal(index >= bucket ? 100 : 0), steps: length }]) })),
        { series: selector(m.latency.metric, [...base, { label: 'le', op: '=', value: '+Inf' }]), values: counterValues([{ perStep: decimal(100), steps: length }]) },
      ];
      const tests: TestCase[] = [];
      const ms = (bound: Decimal) => boundInMilliseconds(bound, m.latency.unit);
      if (upper >= 0) tests.push(test(`every request slower than ${ms(bounds[upper]!)} fires it after ${alert.for ?? 'at once'}`, series(upper + 1), 1));
      if (lower !== undefined) tests.push(test(`every request within ${ms(bounds[lower]!)} (between the bound below and it) does not`, series(lower), undefined));
      return tests;
    }
    case 'memory-leak': {
      const start = decimal(1_000_000_000);
      const labels = Object.fromEntries([...base.map((matcher) => [matcher.label, matcher.value]), ['instance', 'app-1']]);
      const series = (growth: Decimal) => [
        { series: selector(m.memory.metric, equalityMatchers(labels)), values: gaugeValues([{ value: start, steps: 60 }, { value: multiply(start, add(1, growth)), steps: length - 60 }]) },
      ];
      return [test(`growing ${decimalText(multiply(above(ratioOf(alert)), 100))} % in an hour fires it`, series(above(ratioOf(alert))), 60, labels), test(`growing ${decimalText(multiply(below(ratioOf(alert)), 100))} % does not`, series(below(ratioOf(alert))), undefined)];
    }
    case 'db-saturation': {
      const pool = Object.fromEntries(m.connections.by.map((label) => [label, label === 'instance' ? 'app-1' : 'main']));
      const size = decimal(1000);
      const series = (share: Decimal) => [
        { series: selector(m.connections.used, [...base, ...equalityMatchers(pool), ...equalityMatchers(m.connections.usedMatchers)]), values: gaugeValues([{ value: multiply(size, share), steps: length }]) },
        { series: selector(m.connections.max, [...base, ...equalityMatchers(pool)]), values: gaugeValues([{ value: size, steps: length }]) },
      ];
      return [test(`${decimalText(multiply(above(ratioOf(alert)), 100))} % of the pool in use fires it`, series(above(ratioOf(alert))), 0, pool), test(`${decimalText(multiply(below(ratioOf(alert)), 100))} % does not`, series(below(ratioOf(alert))), undefined)];
    }
    default:
      return [];
  }
}

/** The promtool unit-test file of a project's rules, as YAML text; `rulesFile` is the rules file's path as the test file sees it. */
export function prometheusRuleTests(input: PrometheusRulesInput, rulesFile: string): string {
  const tests: TestCase[] = [];
  for (const slo of input.slos) {
    const tiers = BURN_RATE_TIERS.filter((tier) => tierCanFire(tier, slo.errorBudgetPercent));
    for (const tier of tiers) tests.push(tierTest(input, slo, tier));
    if (tiers.length > 0) tests.push(quietTest(input, slo, tiers));
  }
  for (const rule of input.alertRules) {
    const outcome = methodAlert(rule, input.monitoring);
    if (outcome.ok) tests.push(...methodTests(input, outcome.alert));
  }
  const header = [
    `promtool unit tests of the Prometheus rules of the project "${input.projectId}", generated by Perf Handbook with them.`,
    `Run: promtool test rules <this file>, with the rules file ${rulesFile} beside it.`,
    `Thresholds come from the same exact decimals as the rules: ${BURN_RATE_TIERS.map((tier) => `${tier.id} ${tier.burnRate}x`).join(', ')}.`,
  ];
  const document: YamlValue = {
    rule_files: [rulesFile],
    evaluation_interval: windowText(STEP_MINUTES),
    tests: tests as unknown as YamlValue[],
  };
  return yamlDocument(document, header);
}
