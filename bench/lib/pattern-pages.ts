// Many pattern pages from one: YAML entries for the handbook and the same content as MDX docs
// pages for plain Starlight, to compare how both builds scale.
import type { Pattern } from '../../src/lib/schema/pattern.ts';

type Lang = 'fr' | 'en';

/** Section headings of an MDX pattern page, per language. */
const HEADINGS: Record<Lang, Record<string, string>> = {
  fr: { layer: 'Couche', problem: 'Problème', detection: 'Détection', symptoms: 'Symptômes', tools: 'Outils', solution: 'Solution', impact: 'Impact', beforeAfter: 'Avant / après', serves: 'Ce qu’il sert', targets: 'Cibles', items: 'Points de checklist' },
  en: { layer: 'Layer', problem: 'Problem', detection: 'Detection', symptoms: 'Symptoms', tools: 'Tools', solution: 'Solution', impact: 'Impact', beforeAfter: 'Before / after', serves: 'What it serves', targets: 'Targets', items: 'Checklist items' },
};

/** The id of the n-th generated pattern, e.g. `bench-0042`. */
export const generatedId = (n: number) => `bench-${String(n).padStart(4, '0')}`;

/** A copy of `base` under a new id, numbered in its title and summary so no two pages are alike. */
export function generatedPattern(base: Pattern, n: number): Pattern {
  const number = (text: string) => `${text} (${n})`;
  return {
    ...base,
    id: generatedId(n),
    order: 1000 + n,
    universal: false,
    title: { fr: number(base.title.fr), en: number(base.title.en) },
    summary: { fr: number(base.summary.fr), en: number(base.summary.en) },
  };
}

/** Escapes text for MDX prose, leaving inline code spans as they are. */
function mdxProse(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;')))
    .join('');
}

/** A fenced code block with its caption as Expressive Code's title. */
const codeBlock = (sample: Pattern['before'], lang: Lang) => `\`\`\`${sample.lang} title="${sample.caption[lang].replace(/"/g, '\\"')}"\n${sample.code.trimEnd()}\n\`\`\``;

/** The pattern as one MDX docs page in `lang`, with the sections the handbook's pattern page shows. */
export function patternMdx(pattern: Pattern, lang: Lang): string {
  const h = HEADINGS[lang];
  const yamlString = (text: string) => JSON.stringify(text);
  return [
    `---\ntitle: ${yamlString(pattern.title[lang])}\ndescription: ${yamlString(pattern.summary[lang])}\n---`,
    mdxProse(pattern.summary[lang]),
    `**${h.layer}:** ${pattern.layer}`,
    `## ${h.problem}`,
    mdxProse(pattern.problem[lang].trim()),
    `## ${h.detection}`,
    `### ${h.symptoms}`,
    pattern.detection.symptoms[lang].map((symptom) => `- ${mdxProse(symptom)}`).join('\n'),
    `### ${h.tools}`,
    mdxProse(pattern.detection.tools.join(', ')),
    codeBlock(pattern.detection.probe, lang),
    `## ${h.solution}`,
    mdxProse(pattern.solution[lang].trim()),
    `## ${h.impact}`,
    `**${mdxProse(pattern.impact.figure)}**: ${mdxProse(pattern.impact.summary[lang])}`,
    `## ${h.beforeAfter}`,
    codeBlock(pattern.before, lang),
    codeBlock(pattern.after, lang),
    `## ${h.serves}`,
    `### ${h.targets}`,
    pattern.targets.map((id) => `- ${id}`).join('\n'),
    `### ${h.items}`,
    pattern.checklistItems.map((id) => `- ${id}`).join('\n'),
  ].join('\n\n') + '\n';
}
