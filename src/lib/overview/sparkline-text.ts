import { formatThreshold, formatValue } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import { countText, overviewText } from './overview-strings.ts';
import { isEndpointMetric } from '../web-metric-sources.ts';
import type { ProjectTrend } from './project-card.ts';

/** A target's label without its parenthesised gloss: "TTFB (time to first byte)" reads "TTFB" on a card. */
export function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '') || label;
}

/** A day as the language writes it, short: "18 Nov", "18 nov.". */
function day(at: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(at));
}

/** The words beside a sparkline: the metric and its latest worst value. */
export function sparklineCaption(trend: ProjectTrend, locale: Locale): string {
  return overviewText('trend.caption', locale, { metric: shortLabel(trend.label[locale]), last: formatValue(trend.points.at(-1)!.value, trend.unit, locale) });
}

/** The sparkline's text alternative: what it is the trend of, over how many runs and days, its latest value, the target and how many runs missed it. */
export function sparklineDescription(trend: ProjectTrend, locale: Locale): string {
  const first = trend.points[0]!;
  const last = trend.points.at(-1)!;
  const scope = trend.only !== undefined ? overviewText('trend.scope.one', locale, { name: trend.only }) : overviewText(isEndpointMetric(trend.metric) ? 'trend.scope.endpoints' : 'trend.scope.pages', locale, { count: String(trend.lines) });
  return overviewText('trend.alt', locale, {
    metric: shortLabel(trend.label[locale]),
    scope,
    runs: String(trend.points.reduce((sum, point) => sum + point.runs, 0)),
    from: day(first.at, locale),
    to: day(last.at, locale),
    last: formatValue(last.value, trend.unit, locale),
    target: formatThreshold(trend.comparison, trend.target, trend.unit, locale),
    misses: countText('misses', trend.points.reduce((sum, point) => sum + point.misses, 0), locale),
  });
}
