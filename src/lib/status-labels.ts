import type { StatusKind } from './item-status.ts';
import type { Locale } from './schema/localized.ts';

/** How each status reads: a symbol and a word, so colour is never the only signal. */
export const STATUS_LABELS: Record<StatusKind, { symbol: string; fr: string; en: string }> = {
  fail: { symbol: '✗', fr: 'Échec', en: 'Fail' },
  error: { symbol: '!', fr: 'Erreur', en: 'Error' },
  stale: { symbol: '◷', fr: 'Périmé', en: 'Stale' },
  'waiver-expired': { symbol: '○', fr: 'Dérogation expirée', en: 'Waiver expired' },
  'review-due': { symbol: '↻', fr: 'À reconfirmer', en: 'Review due' },
  todo: { symbol: '○', fr: 'À faire', en: 'To do' },
  'not-measured': { symbol: '–', fr: 'Non mesuré', en: 'Not measured' },
  pass: { symbol: '✓', fr: 'Réussi', en: 'Pass' },
  done: { symbol: '✓', fr: 'Fait', en: 'Done' },
  'not-applicable': { symbol: '⊘', fr: 'Non applicable', en: 'Not applicable' },
};

/** The word for a status in a language. */
export function statusLabel(kind: StatusKind, locale: Locale): string {
  return STATUS_LABELS[kind][locale];
}
