import { describe, expect, test } from 'vitest';
import { projectDocument, projectResult, resultDocument, worstOutcome, type Outcome } from '../../src/lib/result-document.ts';
import { resultDocumentSchema, type PageResult } from '../../src/lib/schema/result.ts';
import { sampleDocument } from '../fixtures/sample-result.ts';

const page = (status: Outcome): PageResult => ({ name: status, url: `http://127.0.0.1/${status}`, status, metrics: {}, runs: 1, ttfbSamples: 1 });
const facts = { generatedAt: '2026-11-23T10:00:00.000Z', tools: { lighthouse: '13.5.0', chrome: '156', node: 'v24' }, runs: 3, ttfbSamples: 5 };

describe('worstOutcome', () => {
  test.each<[string, Outcome[], Outcome]>([
    ['all pass', ['pass', 'pass'], 'pass'],
    ['one miss makes a fail', ['pass', 'fail', 'pass'], 'fail'],
    ['an error outweighs a fail', ['fail', 'error', 'pass'], 'error'],
  ])('%s', (_, outcomes, expected) => {
    expect(worstOutcome(outcomes)).toBe(expected);
  });

  test('refuses nothing to summarise', () => {
    expect(() => worstOutcome([])).toThrow(/at least one page/);
  });
});

describe('resultDocument', () => {
  test('a document validates against the schema the site reads', () => {
    expect(resultDocumentSchema.safeParse(sampleDocument()).success).toBe(true);
  });

  test.each<[string, Array<'mobile' | 'desktop'>, 'mobile' | 'desktop' | undefined, 'mobile' | 'desktop']>([
    ['the flag decides', ['desktop', 'desktop'], 'mobile', 'mobile'],
    ['projects that agree decide', ['desktop', 'desktop'], undefined, 'desktop'],
    ['projects that differ fall back to mobile, each stating its own', ['desktop', 'mobile'], undefined, 'mobile'],
  ])('profile: %s', (_, profiles, flag, expected) => {
    const projects = profiles.map((profile, i) => projectResult(`p${i}`, profile, [page('pass')]));
    expect(resultDocument({ ...facts, ...(flag ? { profile: flag } : {}) }, projects).profile).toBe(expected);
  });

  test('the status is the worst project’s', () => {
    const document = resultDocument(facts, [projectResult('a', 'mobile', [page('pass')]), projectResult('b', 'mobile', [page('fail')])]);
    expect(document.status).toBe('fail');
  });
});

describe('projectDocument', () => {
  test('narrows the document to one project, with that project’s profile and status', () => {
    const document = resultDocument(facts, [projectResult('a', 'desktop', [page('pass')]), projectResult('b', 'mobile', [page('error')])]);
    const narrowed = projectDocument(document, 'a');
    expect(narrowed).toMatchObject({ profile: 'desktop', status: 'pass', generatedAt: facts.generatedAt });
    expect(narrowed.projects.map((project) => project.id)).toEqual(['a']);
  });

  test('refuses a project that is not in the document', () => {
    expect(() => projectDocument(sampleDocument(), 'nope')).toThrow(/not part of this result/);
  });
});
