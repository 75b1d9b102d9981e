import { formatThreshold, formatValue } from './format.ts';
import type { Locale } from './schema/localized.ts';
import type { Slo } from './schema/slo.ts';
import type { Target } from './schema/target.ts';

/** The role guide's API P99 target (000_b1ace53d130b3c72.txt, line 52, "P99 : < 500ms"): it judges the checklists and verify-web-vitals. */
export const P99_TARGET = 'api-p99';
/** The audit method's recommended SLO on the main API's P99 (004_ccc9fd01b2fcb4f9.txt, line 56, "< 200ms"): the objective monitored in production. */
export const P99_SLO = 'main-api-latency';

/** The two P99 objectives the sources give the API, each with what it judges. */
export interface P99Objectives {
  target: Target;
  slo: Slo;
}

/** Interface words of the P99 note, in both languages; `{name}` is filled in from the data. */
const TEXT = {
  fr: {
    note: 'Deux objectifs P99 pour l’API, à ne pas confondre. La cible {target} ({targetThreshold}, guide du rôle) juge les checklists et les mesures de verify-web-vitals. Le SLO « {service} » ({sli} {sloThreshold}, méthode d’audit) est l’objectif suivi en production, avec son budget d’erreur de {budget} hors objectif par mois.',
    row: 'En production, l’objectif est le SLO « {service} » ({sli} {sloThreshold}) :',
    link: 'les deux objectifs P99',
  },
  en: {
    note: 'Two P99 objectives for the API, not to be confused. The {target} target ({targetThreshold}, role guide) judges the checklists and verify-web-vitals’s measurements. The “{service}” SLO ({sli} {sloThreshold}, audit method) is the objective monitored in production, with its error budget of {budget} outside the objective a month.',
    row: 'In production, the objective is the “{service}” SLO ({sli} {sloThreshold}):',
    link: 'the two P99 objectives',
  },
} as const;

/** Finds the role guide's P99 target and the method's P99 SLO; throws naming the file that lacks one. */
export function p99Objectives(targets: ReadonlyMap<string, Target>, slos: readonly Slo[]): P99Objectives {
  const target = targets.get(P99_TARGET);
  if (target === undefined) throw new Error(`no target "${P99_TARGET}" in src/content/data/targets.yaml; the P99 note needs it.`);
  return { target, slo: sloById(slos, P99_SLO) };
}

/** An SLO by id; throws naming the known ids when there is none. */
function sloById(slos: readonly Slo[], id: string): Slo {
  const slo = slos.find((entry) => entry.id === id);
  if (slo === undefined) throw new Error(`no SLO "${id}" in src/content/data/slos.yaml; expected one of ${slos.map((entry) => entry.id).join(', ')}.`);
  return slo;
}

/** An SLO's objective as prose cites it, from the SLO file: "< 200 ms". */
export function sloObjective(slos: readonly Slo[], id: string, locale: Locale): string {
  const slo = sloById(slos, id);
  return formatThreshold(slo.comparison, slo.value, slo.unit, locale);
}

/** The values the note's words are filled in with. */
function noteValues({ target, slo }: P99Objectives, locale: Locale): Record<string, string> {
  return {
    target: target.id,
    targetThreshold: formatThreshold(target.comparison, target.value, target.unit, locale),
    service: slo.service[locale],
    sli: inSentence(slo.sli[locale]),
    sloThreshold: formatThreshold(slo.comparison, slo.value, slo.unit, locale),
    budget: formatValue(slo.errorBudgetPercent, 'percent', locale),
  };
}

/** A label as it reads inside a sentence: "Latence P99" becomes "latence P99", an acronym such as "P99 latency" stays. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** Fills `{name}` placeholders. */
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);

/** The note that says which P99 judges what, for the targets page. */
export function p99ObjectivesNote(objectives: P99Objectives, locale: Locale): string {
  return fill(TEXT[locale].note, noteValues(objectives, locale));
}

/** The line under the P99 target's row that points to the production objective, and the words of its link to the note. */
export function p99TargetRowNote(objectives: P99Objectives, locale: Locale): { text: string; link: string } {
  return { text: fill(TEXT[locale].row, noteValues(objectives, locale)), link: TEXT[locale].link };
}
