import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The audit pages' illustrative figures against the method (004_ccc9fd01b2fcb4f9.txt): where the
// method gives a figure the page uses it; where it leaves a placeholder ("X", "$X", "Y%") the page
// says, in the page, that its figure is an example.

/** The page's blocks: runs of lines between blank lines, code fences kept whole. */
function blocks(path: string): string[] {
  const found: string[] = [];
  let current: string[] = [];
  let fenced = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (line.trim() === '' && !fenced) {
      if (current.length > 0) found.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) found.push(current.join('\n'));
  return found;
}

/** A Markdown table's header cells and body rows. */
function table(block: string): { headers: string[]; rows: string[][] } {
  const [header, , ...rows] = block.split('\n').map((line) => line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
  return { headers: header!, rows };
}

const PAGES = {
  fr: { profiling: 'src/content/docs/audit/profiling.mdx', capacity: 'src/content/docs/audit/capacity-planning.mdx', label: /^\*\*Exemple\*\* :/, column: '(exemple)' },
  en: { profiling: 'src/content/docs/en/audit/profiling.mdx', capacity: 'src/content/docs/en/audit/capacity-planning.mdx', label: /^\*\*Example\*\*:/, column: '(example)' },
} as const;

describe.each(Object.entries(PAGES))('%s', (_, page) => {
  describe('the bottleneck map', () => {
    const all = blocks(page.profiling);
    const index = all.findIndex((block) => block.startsWith('```text\n[Client]'));
    const map = all[index] ?? '';

    // lines 85-88: [Client] --100ms-→ [CDN] --5ms-→ [LB] --2ms-→ [API] --150ms-→ [DB], └──50ms──→ [Cache] (miss 40%)
    test('has the method’s figures, hop by hop', () => {
      expect([...map.matchAll(/--(\d+) ms-->/g)].map(([, ms]) => Number(ms))).toEqual([100, 5, 2, 150, 50]);
      expect(map).toMatch(/\(40\s?%/);
    });

    test('is labelled as the method’s example', () => expect(all[index - 1]).toMatch(page.label));
  });

  describe('the capacity tables', () => {
    const all = blocks(page.capacity);
    const tables = all.flatMap((block, index) => (block.startsWith('| ') ? [{ index, ...table(block) }] : []));

    test('there are two, the projection and the trade-offs', () => expect(tables).toHaveLength(2));

    // lines 168-173 and 183-185 leave users, req/s, size and costs as "X", "$X", "Y%": the page's are an example
    test.each([0, 1])('table %i is labelled as an example, above it and in the columns the method leaves blank', (n) => {
      const { index, headers } = tables[n]!;
      expect(all[index - 1]).toMatch(page.label);
      expect(headers.filter((header) => header.endsWith(page.column))).toHaveLength(n === 0 ? 4 : 2);
    });

    // lines 170-173: "2 pods", "4 pods", "8 pods + read replica", "Cluster + sharding"
    test('the infrastructure column is the method’s, and not marked as an example', () => {
      const { headers, rows } = tables[0]!;
      const column = headers.findIndex((header) => /^Infra/.test(header));
      expect(headers[column]).not.toContain(page.column);
      expect(rows.map((row) => row[column]!.match(/^\d+ pods/)?.[0] ?? row[column]!.match(/cluster/i)?.[0]?.toLowerCase())).toEqual(['2 pods', '4 pods', '8 pods', 'cluster']);
      expect(rows[2]![column]).toMatch(/réplique en lecture|read replica/);
      expect(rows[3]![column]).toMatch(/sharding|sharded/);
    });
  });
});
