import type { ChecklistListing, ListedItem, ListedTarget } from './checklist-listing.ts';
import type { Progress } from './checklist-progress.ts';
import { formatThreshold, formatValue } from './format.ts';
import { measurementKind, type StatusKind } from './item-status.ts';
import type { Locale } from './schema/localized.ts';
import { STATUS_LABELS, statusLabel } from './status-labels.ts';
import { textTable, type Cell, type Painter } from './text-table.ts';

/** The style each status is painted in: red for failures, yellow for what needs a look, green for settled. */
const STATUS_STYLE: Record<StatusKind, string | undefined> = {
  fail: 'bad',
  error: 'bad',
  stale: 'warn',
  'waiver-expired': 'warn',
  'review-due': 'warn',
  todo: undefined,
  'not-measured': undefined,
  pass: 'good',
  done: 'good',
  'not-applicable': 'dim',
};

/** Words of the table, in each language. */
const WORDS = {
  en: {
    header: ['STATUS', 'ITEM', 'VALUE', 'TARGET', 'BY', 'WHEN', 'NOTE'],
    owner: 'owner',
    fresh: (days: number) => `measurements stay fresh ${days} day${days === 1 ? '' : 's'}`,
    settled: (p: Progress) => `${p.settled}/${p.total} settled${p.attention > 0 ? `, ${p.attention} need${p.attention === 1 ? 's' : ''} attention` : ''}`,
    defaultTarget: 'default',
    until: 'until',
    review: (days: number) => `review every ${days} days`,
    evidence: 'evidence',
    pageError: 'error',
    tooFewSamples: (taken: number, needed: number) => `too few samples to judge (${taken.toLocaleString('en-US')} of ${needed.toLocaleString('en-US')})`,
    at: 'statuses as of',
  },
  fr: {
    header: ['STATUT', 'POINT', 'VALEUR', 'CIBLE', 'PAR', 'QUAND', 'NOTE'],
    owner: 'responsable',
    fresh: (days: number) => `mesures valables ${days} jour${days === 1 ? '' : 's'}`,
    settled: (p: Progress) => `${p.settled}/${p.total} réglés${p.attention > 0 ? `, ${p.attention} à examiner` : ''}`,
    defaultTarget: 'défaut',
    until: "jusqu'au",
    review: (days: number) => `à reconfirmer tous les ${days} jours`,
    evidence: 'preuve',
    pageError: 'erreur',
    tooFewSamples: (taken: number, needed: number) => `trop peu d’échantillons pour juger (${taken.toLocaleString('fr-FR')} sur ${needed.toLocaleString('fr-FR')})`,
    at: 'statuts au',
  },
} as const;

/** "Stale (fail)": the status word, with what an old measurement gave. */
function statusText(item: ListedItem, locale: Locale): string {
  const word = statusLabel(item.status, locale);
  const was = item.staleOf ? ` (${statusLabel(item.staleOf, locale).toLowerCase()})` : '';
  return `${STATUS_LABELS[item.status].symbol} ${word}${was}`;
}

/** "< 300 ms (default < 200 ms)": the effective target, and the default when the project overrides it. */
export function targetText(target: ListedTarget, locale: Locale): string {
  const effective = formatThreshold(target.comparison, target.value, target.unit, locale);
  if (target.overrideReason === undefined) return effective;
  return `${effective} (${WORDS[locale].defaultTarget} ${formatThreshold(target.comparison, target.defaultValue, target.unit, locale)})`;
}

/** The note column: what a person wrote, the waiver's reason and last day, or where a figure comes from. */
function noteText(item: ListedItem, locale: Locale): string {
  const words = WORDS[locale];
  const parts: string[] = [];
  if (item.note) parts.push(item.note);
  if (item.evidence) parts.push(`${words.evidence} ${item.evidence}`);
  if (item.reason) parts.push(item.reason);
  if (item.until) parts.push(`${words.until} ${item.until}`);
  if (item.source) parts.push(item.source);
  if (item.status === 'review-due' && item.reviewDays !== undefined) parts.push(words.review(item.reviewDays));
  return parts.join(' · ').replace(/\s+/g, ' ');
}

/** The row of one item, then one row per measured page. */
function itemRows(item: ListedItem, locale: Locale): Cell[][] {
  const unit = item.target?.unit ?? 'ms';
  const rows: Cell[][] = [
    [
      { text: statusText(item, locale), style: STATUS_STYLE[item.status] },
      { text: item.id },
      { text: item.value === undefined ? '' : formatValue(item.value, unit, locale) },
      { text: item.target ? targetText(item.target, locale) : '' },
      { text: item.by ?? '' },
      { text: item.at?.slice(0, 10) ?? '' },
      { text: noteText(item, locale) },
    ],
  ];
  for (const page of item.pages ?? []) {
    const value = page.value === undefined ? WORDS[locale].pageError : formatValue(page.value, unit, locale);
    const style = page.status === 'pass' ? 'good' : page.status === 'insufficient' ? 'dim' : 'bad';
    const note = page.samples ? `${WORDS[locale].tooFewSamples(page.samples.taken, page.samples.needed)} · ${page.url}` : (page.error ?? page.url);
    rows.push([{ text: '' }, { text: `  ${page.page}` }, { text: `${STATUS_LABELS[measurementKind(page.status)].symbol} ${value}`, style }, { text: '' }, { text: '' }, { text: '' }, { text: note }]);
  }
  return rows;
}

/** Renders a project's listing as a readable table, one block per checklist, columns aligned across blocks. */
export function renderChecklistTable(listing: ChecklistListing, locale: Locale, paint: Painter = (text) => text): string {
  const words = WORDS[locale];
  const header: Cell[] = words.header.map((text) => ({ text, style: 'dim' }));
  const blocks = listing.checklists.map((checklist) => checklist.items.flatMap((item) => itemRows(item, locale)));
  // One table for every block so the columns line up; then cut it back into blocks.
  const lines = textTable([header, ...blocks.flat()], paint, '  ');
  const out: string[] = [
    paint(`${listing.project.name} (${listing.project.id})`, 'bold') + ` · ${words.owner} ${listing.project.owner} · ${words.fresh(listing.project.freshnessDays)}`,
    `${words.settled(listing.progress)} · ${words.at} ${listing.now.slice(0, 16).replace('T', ' ')} UTC`,
  ];
  let next = 1;
  listing.checklists.forEach((checklist, index) => {
    out.push('', `${paint(checklist.title[locale], 'bold')} (${checklist.id}) · ${words.settled(checklist.progress)}`, lines[0]!);
    out.push(...lines.slice(next, next + blocks[index]!.length));
    next += blocks[index]!.length;
  });
  return out.join('\n');
}
