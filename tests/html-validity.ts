// html-validate over built pages: its recommended rules, but for those plain Starlight's own
// output breaks. tests/scripts/starlight-html-baseline.test.ts builds a minimal Starlight site and
// proves that this list is exactly what it breaks; build-results.test.ts holds the handbook's
// pages to the rest, so a page of ours that adds a new kind of error fails there.
import { readFileSync } from 'node:fs';
import { HtmlValidate, type Message } from 'html-validate';

/** The rules plain Starlight (0.42, a prose page, a code block, a table and an aside) breaks, each with where. */
export const STARLIGHT_BREAKS = {
  'void-style': 'Astro self-closes <meta/> and most <link/>s but not the stylesheet <link>s it bundles nor the <br> of the pagination footer: neither style holds',
  'no-implicit-button-type': 'the search button, its dialog\'s close button and the mobile menu toggle carry no type',
  'no-inline-style': 'the search dialog is written with an inline style',
  'valid-id': 'the "_top" id of the page title, the target of the table of contents\' first link, begins with an underscore',
  'unique-landmark': 'the right sidebar is an <aside> without a name, and its two tables of contents (mobile and desktop) are <nav>s of the same name',
  'element-permitted-content': 'Expressive Code draws each code line as a <div> inside <code>, and a <div> inside the copy <button>',
  'text-content': 'Expressive Code\'s copy button has a title but no text',
} as const;

/**
 * What a build run from a vitest test must drop to be the build a reader gets: vitest sets these
 * (Vite's import.meta.env among them), and under DEV=1 Astro renders Starlight's search as a
 * "only available in production builds" notice. Undefined values leave the child's environment.
 */
export const READER_BUILD_ENV: NodeJS.ProcessEnv = { NODE_ENV: undefined, MODE: undefined, DEV: undefined, PROD: undefined, TEST: undefined, VITEST: undefined, VITEST_MODE: undefined };

/** html-validate's recommended rules, without those plain Starlight breaks. */
const validator = new HtmlValidate({
  root: true,
  extends: ['html-validate:recommended'],
  rules: Object.fromEntries(Object.keys(STARLIGHT_BREAKS).map((rule) => [rule, 'off'])),
});

/** Every recommended rule, for validating Starlight's own output against the whole set. */
const recommended = new HtmlValidate({ root: true, extends: ['html-validate:recommended'] });

/** One error, as a line a person reads: the file, the rule, the message and the element. */
export interface PageError {
  file: string;
  rule: string;
  text: string;
}

/** The errors html-validate finds in built HTML files; `all` validates against every recommended rule, Starlight's breaks included. */
export async function validatePages(files: readonly string[], { all = false } = {}): Promise<PageError[]> {
  if (files.length === 0) throw new Error('validatePages needs at least one file');
  const errors: PageError[] = [];
  for (const file of files) {
    const report = await (all ? recommended : validator).validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      errors.push(...result.messages.map((message: Message) => ({ file, rule: message.ruleId, text: `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (at ${message.selector ?? 'the document'})` })));
    }
  }
  return errors;
}
