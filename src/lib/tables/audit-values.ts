// How an audit's report writes its figures: a value in its unit, a signed gap or change, a
// percentile, a metric's name, a pattern's link, a day. A figure still holding a placeholder is
// shown as the placeholder it is, so a reader sees what is left to fill in.
import { FREE_METRICS, isFreeMetric, resolveMetric, type FreeMetricUnit, type MetricUnit } from '../audits/audit-metrics.ts';
import type { Placeholder } from '../audits/audit-schema.ts';
import { auditText, type AuditStringKey } from '../audits/audit-strings.ts';
import { EFFORT_PATTERN, type EffortUnit } from '../audits/effort.ts';
import { isPlaceholder } from '../audits/placeholder.ts';
import { formatNumber } from '../format.ts';
import { COMPARISON_SIGN, type Comparison } from '../schema/comparison.ts';
import type { Locale } from '../schema/localized.ts';
import type { Pattern } from '../schema/pattern.ts';
import type { Target } from '../schema/target.ts';
import { intlLocale, localePath } from '../ui-strings.ts';
import type { CellContent } from './data-table.ts';

const NBSP = '\u00a0';
/** The minus sign of typeset figures, as the handbook's pages write "−150 ms". */
const MINUS = '\u2212';
/** What a cell shows when there is nothing to show. */
export const DASH = '–';

/** Each unit as it is written after a number; French writes megabytes "Mo". */
const UNIT_TEXT: Record<MetricUnit, Record<Locale, string>> = {
  ms: { fr: 'ms', en: 'ms' },
  s: { fr: 's', en: 's' },
  percent: { fr: '%', en: '%' },
  'req/s': { fr: 'req/s', en: 'req/s' },
  'req/min': { fr: 'req/min', en: 'req/min' },
  MB: { fr: 'Mo', en: 'MB' },
  GB: { fr: 'Go', en: 'GB' },
  unitless: { fr: '', en: '' },
};

/** A number and its unit, without a sign: "240 ms", "0.4%" (English sets % close), "0,4 %". */
function withUnit(magnitude: string, unit: MetricUnit, locale: Locale): string {
  const suffix = UNIT_TEXT[unit][locale];
  if (suffix === '') return magnitude;
  return `${magnitude}${unit === 'percent' && locale === 'en' ? '' : NBSP}${suffix}`;
}

/** A figure in its unit, as the audit recorded it: "240 ms", "4.2 s", "180 req/s". */
export function formatFigure(value: number, unit: MetricUnit, locale: Locale, fractionDigits = 2): string {
  return withUnit(formatNumber(value, locale, fractionDigits), unit, locale).replace(/^-/, MINUS);
}

/** A computed difference with its sign: "+40 ms", "−15 ms", "0 ms". */
export function formatSigned(value: number, unit: MetricUnit, locale: Locale): string {
  const magnitude = withUnit(formatNumber(Math.abs(value), locale, 2), unit, locale);
  return value > 0 ? `+${magnitude}` : value < 0 ? `${MINUS}${magnitude}` : magnitude;
}

/** A computed change in percent with its sign: "+20%", "−33.3%"; "+20 %", "−33,3 %" in French. */
export function formatSignedPercent(percent: number, locale: Locale): string {
  return formatSigned(percent, 'percent', locale);
}

/** A value a person may not have filled in yet: the placeholder as written, else the value formatted. */
export function fillableText<T>(value: T | undefined, format: (filled: Exclude<T, Placeholder>) => string): string {
  if (value === undefined) return DASH;
  return isPlaceholder(value) ? value : format(value as Exclude<T, Placeholder>);
}

/** The unit a metric's figures are written in: its target's, the free metric's stated one, or none for an unknown id. */
export function metricUnit(id: string, unit: FreeMetricUnit | undefined, targets: ReadonlyMap<string, Target>): MetricUnit {
  return resolveMetric(id, unit, targets)?.unit ?? unit ?? 'unitless';
}

/** Which way a metric's figures must go: its target's comparison, or the free metric's; undefined for an unknown id. */
export function metricComparison(id: string, targets: ReadonlyMap<string, Target>): Comparison | undefined {
  return targets.get(id)?.comparison ?? (isFreeMetric(id) ? FREE_METRICS[id]!.comparison : undefined);
}

/** A metric's name: its target's label, the free metric's word, or the id marked unknown. */
export function metricLabel(id: string, targets: ReadonlyMap<string, Target>, locale: Locale): string {
  const target = targets.get(id);
  if (target !== undefined) return target.label[locale];
  if (isFreeMetric(id)) return auditText(`metric.${id}` as AuditStringKey, locale);
  return auditText('unknown', locale, { id });
}

/** A metric's name, linked to its row on the targets page when it is a target. */
export function metricCell(id: string, targets: ReadonlyMap<string, Target>, locale: Locale): CellContent {
  const label = metricLabel(id, targets, locale);
  return targets.has(id) ? { text: label, href: `${localePath('/targets/', locale)}#target-${id}` } : label;
}

/** A threshold as the baseline writes it: "< 200 ms", "≥ 250 req/s"; the bare figure when the metric is unknown. */
export function formatTarget(value: number, id: string, unit: MetricUnit, targets: ReadonlyMap<string, Target>, locale: Locale): string {
  const comparison = metricComparison(id, targets);
  const figure = formatFigure(value, unit, locale);
  return comparison === undefined ? figure : `${COMPARISON_SIGN[comparison]}${NBSP}${figure}`;
}

/** A percentile as readers write it: "P95", "P99.9", "mean", "peak"; a placeholder as it is. */
export function percentileText(percentile: string | undefined, locale: Locale): string {
  if (percentile === undefined) return DASH;
  if (percentile === 'mean' || percentile === 'peak') return auditText(`percentile.${percentile}`, locale);
  if (/^p\d+$/.test(percentile)) return percentile === 'p999' ? 'P99.9' : percentile.toUpperCase();
  return percentile; // a placeholder, as written
}

/** A pattern's title linked to its page; the id marked unknown when no pattern has it; a dash when there is none. */
export function patternCell(id: string | undefined, patterns: ReadonlyMap<string, Pattern>, locale: Locale): CellContent {
  if (id === undefined) return DASH;
  const pattern = patterns.get(id);
  return pattern === undefined ? auditText('unknown', locale, { id }) : { text: pattern.title[locale], href: localePath(`/patterns/${id}/`, locale) };
}

/** A day written YYYY-MM-DD, in each language's words: "20 Nov 2026", "20 nov. 2026"; `long` spells the month. */
export function formatDay(day: string, locale: Locale, style: 'medium' | 'long' = 'medium'): string {
  if (isPlaceholder(day)) return day;
  // No-break spaces: a day never wraps inside a narrow column.
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)).replace(/ /g, NBSP);
}

/** The units of effort as each language abbreviates them; French counts days in "j" (jours). */
const EFFORT_UNIT_TEXT: Record<EffortUnit, Record<Locale, string>> = {
  min: { fr: 'min', en: 'min' },
  h: { fr: 'h', en: 'h' },
  d: { fr: 'j', en: 'd' },
  w: { fr: 'sem.', en: 'wk' },
};

/** An effort in the page's language: "30 min", "1,5 j", "1.5 d"; a placeholder or an unreadable text as written. */
export function effortText(effort: string, locale: Locale): string {
  const match = EFFORT_PATTERN.exec(effort.trim());
  if (!match) return effort;
  return `${formatNumber(Number(match[1]), locale)}${NBSP}${EFFORT_UNIT_TEXT[match[2] as EffortUnit][locale]}`;
}
