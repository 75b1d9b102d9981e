import { z } from 'zod';
import { isHttpUrl } from '../http-url.ts';
import { boundedString } from './bounded-text.ts';
import { ID_PATTERN } from '../shape-rules.ts';

/** The two languages the handbook is written in; French is the default. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text given in both languages. */
export const localizedSchema = z.strictObject({
  fr: boundedString('MAX_LONG_TEXT_LENGTH').trim().min(1, 'expected a non-empty French text'),
  en: boundedString('MAX_LONG_TEXT_LENGTH').trim().min(1, 'expected a non-empty English text'),
});
export type Localized = z.infer<typeof localizedSchema>;

/** A list of texts given in both languages. */
export const localizedListSchema = z.strictObject({
  fr: z.array(boundedString('MAX_LONG_TEXT_LENGTH').trim().min(1)).min(1),
  en: z.array(boundedString('MAX_LONG_TEXT_LENGTH').trim().min(1)).min(1),
});
export type LocalizedList = z.infer<typeof localizedListSchema>;

/** A stable id: lower-case words joined by hyphens, used in URLs, files and the CLI. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'expected a lower-case id such as "api-p95" (letters, digits, hyphens)');

/** An absolute http(s) URL; any other scheme (javascript:, data:, file:) is rejected. */
export const httpUrlSchema = boundedString('MAX_URL_LENGTH').refine(isHttpUrl, 'expected an absolute http:// or https:// URL');


/** Picks the text for a locale. */
export function pick<T>(value: { fr: T; en: T }, locale: Locale): T {
  return value[locale];
}
