import { describe, expect, test } from 'vitest';
import { mayMatch, pageNames, parseStylesheet, rulesUsed } from '../../src/lib/css-rules-used.ts';

const PAGE = '<html data-theme="dark"><body><main id="content" class="sl-markdown-content main-pane"><p>x</p><div class="sl-heading-wrapper level-h2"><h2>y</h2></div><nav class="md:sl-hidden"></nav></main></body></html>';
const names = pageNames(PAGE);

describe('mayMatch', () => {
  test.each<[string, string, boolean]>([
    ['a class on the page', '.sl-markdown-content p', true],
    ['a class the page lacks', '.pagefind-ui__result', false],
    ['one class present, one missing', '.sl-markdown-content .starlight-aside', false],
    ['an id on the page', '#content > p', true],
    ['an id the page lacks', '#starlight__search', false],
    // What a selector rewriter once got wrong: the list inside :not() is neither required nor a selector list.
    ['a negation listing several selectors', '.sl-markdown-content :not(h1,h2,h3,.sl-heading-wrapper)+.sl-heading-wrapper', true],
    ['alternatives of :is(), one present', ':is(.sl-heading-wrapper,.absent) h2', true],
    ['a class only inside :where()', 'h2:not(:where(.not-content *))', true],
    ['an escaped class name', '.md\\:sl-hidden', true],
    ['an attribute selector only', '[data-theme=light] body', true],
    ['type selectors only', 'html, body, *::before', true],
    ['an element the page lacks', '.sl-markdown-content summary', false],
    ['an element only inside :not()', '.sl-markdown-content :not(summary, table) + p', true],
    // Nobody hovers or focuses anything before the first paint: the full sheet brings those.
    ['a hover state', '.sl-markdown-content p:hover', false],
    ['a focus state', '#content:focus-visible', false],
    ['a negated hover', '.sl-markdown-content p:not(:hover)', true],
  ])('%s: %s', (_, selector, expected) => expect(mayMatch(selector, names)).toBe(expected));
});

describe('rulesUsed', () => {
  const sheet = parseStylesheet(
    [
      '@layer starlight.base,starlight.core;',
      '@layer starlight.core{.sl-markdown-content{color:red}.pagefind-ui{color:blue}@media (width>=50em){.starlight-aside{margin:0}}}',
      ':root[data-theme=light] .absent{color:black}',
      '@keyframes spin{from{transform:none}to{transform:rotate(1turn)}}',
      '.absent,.main-pane{padding:1rem}',
    ].join(''),
    'test.css',
  );
  const used = rulesUsed(sheet, names, [/data-theme/]);

  test('keeps the layer order statement and the rules the page uses, in order', () => {
    expect(used.indexOf('@layer starlight.base,starlight.core;')).toBe(0);
    expect(used).toContain('.sl-markdown-content{color:red}');
    expect(used).toContain('.absent,.main-pane{padding:1rem}');
  });

  test('drops rules for elements the page lacks, and an at-rule left empty', () => {
    expect(used).not.toContain('pagefind');
    expect(used).not.toContain('@media');
  });

  test('keeps what scripts set before the first paint, and keyframes', () => {
    expect(used).toContain(':root[data-theme=light] .absent');
    expect(used).toContain('@keyframes spin');
  });

  test('leaves the parsed sheet whole for the next page', () => expect(rulesUsed(sheet, pageNames('<p class="pagefind-ui"></p>'))).toContain('.pagefind-ui{color:blue}'));
});
