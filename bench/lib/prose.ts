// Plain prose of a chosen length, the same on every run, to fill a reference page.

/** Sentences about performance work, cycled to reach the length wanted. */
const SENTENCES = [
  'A performance review starts from figures measured on the real system, never from impressions.',
  'Each change is judged against a target that the team agreed on before the work began.',
  'The slowest requests matter more than the average, so percentiles are read before means.',
  'A cache helps only when the data it holds is read far more often than it changes.',
  'Load tests repeat the traffic a service meets in production, then push it past that point.',
  'An index that speeds up reads also slows down writes, and both costs belong in the plan.',
  'Work that takes longer than half a second is better done in the background than in a request.',
  'Dashboards show the rate, the errors and the duration of requests for every service.',
  'Alerts fire on symptoms users feel, and each one names the runbook that explains what to do.',
  'Capacity is planned for the next quarter, with headroom for the peak days of the year.',
];

/** Paragraphs under second-level headings, about `chars` characters of text in all. */
export function proseMarkdown(chars: number): string {
  const blocks: string[] = [];
  let length = 0;
  let sentence = 0;
  for (let section = 1; length < chars; section += 1) {
    const heading = `Section ${section}`;
    blocks.push(`## ${heading}`);
    length += heading.length;
    for (let paragraph = 0; paragraph < 3 && length < chars; paragraph += 1) {
      const lines: string[] = [];
      for (let i = 0; i < 4 && length < chars; i += 1) {
        const text = SENTENCES[sentence % SENTENCES.length]!;
        sentence += 1;
        lines.push(text);
        length += text.length + 1;
      }
      blocks.push(lines.join(' '));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
