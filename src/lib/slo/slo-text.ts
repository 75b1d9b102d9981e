// Words the generated files share: the threshold and the objective of an SLO as a reader writes
// them, with the decimal mark of the language and plain spaces.
import { formatThreshold } from '../format.ts';
import { pick, type Locale } from '../schema/localized.ts';
import { decimalText, multiply } from './decimal.ts';
import type { EffectiveSlo } from './effective-slos.ts';

/** Plain spaces for a file: the formatters put no-break spaces in prose. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A decimal's text with the decimal mark of the language: 99.9 is "99,9" in French. */
export const mark = (text: string, locale: Locale) => (locale === 'fr' ? text.replace('.', ',') : text);

/** "P99 latency < 200 ms" for an SLO. */
export const sloThreshold = (slo: EffectiveSlo, locale: Locale) => `${pick(slo.slo.sli, locale)} ${plain(formatThreshold(slo.comparison, slo.value, slo.unit, locale))}`;

/** The objective in percent, exact: "99.9". */
export const objectivePercent = (slo: EffectiveSlo) => decimalText(multiply(slo.objective, 100));
