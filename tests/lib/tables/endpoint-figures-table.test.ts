import { describe, expect, test } from 'vitest';
import type { EndpointResult } from '../../../src/lib/schema/result.ts';
import { endpointFiguresTable, type FigureLine, type FigureTableModel } from '../../../src/lib/tables/endpoint-figures-table.ts';
import { endpointRuns, endpointTargets, HOSTILE_ENDPOINT_NAME } from '../../fixtures/endpoint-result.ts';

const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A line as a reader sees it: a status as [pass], the method as `GET`, a link as "text → #id", an unjudged figure as ~…~ and a note in (…). */
function lineText(line: FigureLine): string {
  const text = nb(line.pieces.map((piece) => ('status' in piece ? ` [${piece.status}]` : 'code' in piece ? `\`${piece.code}\`` : 'link' in piece ? `${piece.link} → ${piece.href}` : piece.text)).join(''));
  return line.tone === 'unjudged' ? `~${text}~` : line.tone === 'note' ? `(${text})` : text;
}

/** The table as text: headers with their detail, and each row's cells as their lines. */
function tableText(table: FigureTableModel) {
  return {
    headers: table.headers.map((header) => nb(header.detail === undefined ? header.text : `${header.text} | ${header.detail}`)),
    rows: table.rows.map((row) => ({ status: row.status, cells: row.cells.map((cell) => cell.lines.map(lineText)) })),
    rowHeaders: table.rows.map((row) => row.cells.findIndex((cell) => cell.rowHeader)),
    notes: table.notes.map((note) => ({ id: note.id, title: lineText({ tone: 'figure', pieces: note.title }), lines: note.lines.map(lineText) })),
  };
}

const { latest } = endpointRuns();
const ENDPOINTS: readonly EndpointResult[] = latest.projects[0]!.endpoints!;
const endpoint = (name: string) => ENDPOINTS.find((entry) => entry.name === name)!;

describe('endpointFiguresTable: headers', () => {
  test.each([
    ['en', ['Endpoint', 'P50 | < 100 ms', 'P95 | < 200 ms', 'P99 | < 500 ms', 'P99.9 | < 1 s', 'Max | slowest', 'Error rate | < 1%', 'Throughput | achieved of planned', 'Queue | latency P99 − service time P99', 'Status']],
    ['fr', ['Point d’accès', 'P50 | < 100 ms', 'P95 | < 200 ms', 'P99 | < 500 ms', 'P99.9 | < 1 s', 'Max | la plus lente', 'Taux d’erreur | < 1 %', 'Débit | atteint sur prévu', 'File d’attente | latence P99 − temps de service P99', 'Statut']],
  ] as const)('in %s, each figure under the project’s threshold, the endpoint naming its row', (locale, headers) => {
    const table = tableText(endpointFiguresTable(ENDPOINTS, endpointTargets(), locale, 'api'));
    expect(table.headers).toEqual(headers);
    expect(table.rowHeaders).toEqual([0, 0, 0, 0]);
  });
});

describe('endpointFiguresTable: rows', () => {
  test.each([
    // P99.9 on 300 answered requests is shown greyed with the samples it lacks, never judged; 2 of 300 answered 503.
    [
      'en',
      'Catalogue search',
      'pass',
      [
        ['`GET` Catalogue search', '(https://api.shop.example.com/v1/search)'],
        ['46.3 ms [pass]'],
        ['170 ms [pass]'],
        ['420.5 ms [pass]'],
        ['~612 ms~', '(too few samples to judge: 300 of the 1,000 needed)'],
        ['655 ms'],
        ['0.67% [pass]', '(Errors: unexpected status 2)'],
        ['10 of 10 req/s', '(300 sent, 300 answered, 300 planned)'],
        ['60 ms'],
        [' [pass]'],
      ],
    ],
    // A stalling server: the queue is latency P99 (900 ms) less service time P99 (300 ms), and its late sends are counted.
    [
      'fr',
      'Basket update',
      'fail',
      [
        ['`POST` Basket update', '(https://api.shop.example.com/v1/basket)'],
        ['90 ms [pass]'],
        ['260 ms [fail]'],
        ['900 ms [fail]'],
        ['1 400 ms [fail]'],
        ['1 498 ms'],
        ['1,25 % [fail]', '(Erreurs : délai dépassé 12, connexion 3)'],
        ['19,8 sur 20 req/s', '(1 200 envoyées, 1 185 répondues, 1 200 prévues)'],
        ['600 ms', '(40 envoyée(s) en retard, plafond de concurrence atteint)'],
        [' [fail]'],
      ],
    ],
  ] as const)('in %s, %s: every figure with its verdict', (locale, name, status, cells) => {
    const row = tableText(endpointFiguresTable([endpoint(name)], endpointTargets(), locale, 'api')).rows[0]!;
    expect(row).toEqual({ status, cells });
  });

  test('an endpoint in error shows no figure but its errors, and links to a note with its message and its last good figures with their date', () => {
    const table = tableText(endpointFiguresTable(ENDPOINTS, endpointTargets(), 'en', 'api'));
    const row = table.rows[2]!;
    expect(row.status).toBe('error');
    expect(row.cells.slice(1, 6)).toEqual([['–'], ['–'], ['–'], ['–'], ['–']]);
    expect(row.cells[6]).toEqual(['–', '(Errors: connection 300)']);
    expect(row.cells[7]).toEqual(['0 of 10 req/s', '(300 sent, 0 answered, 300 planned)']);
    expect(row.cells[9]).toEqual([' [error]', '(What went wrong → #api-2)']);
    expect(table.notes[0]).toEqual({
      id: 'api-2',
      title: '`POST` Checkout',
      lines: [
        'no request completed: 300 sent, errors: connection 300; check that the endpoint answers from this machine',
        '(Last good figures, run of 22 Nov 2026, 10:00 UTC:)',
        'P50 58 ms [pass]',
        'P95 120 ms [pass]',
        'P99 210 ms [pass]',
        '~P99.9 300 ms (too few samples to judge: 300 of the 1,000 needed)~',
        'Error rate 0% [pass]',
      ],
    });
  });

  test('only endpoints in error get a note', () => expect(tableText(endpointFiguresTable(ENDPOINTS, endpointTargets(), 'en', 'api')).notes.map((note) => note.id)).toEqual(['api-2', 'api-3']));

  test('an endpoint whose probe fell behind says nothing was judged, in the page’s language', () => {
    const note = tableText(endpointFiguresTable([endpoint(HOSTILE_ENDPOINT_NAME)], endpointTargets(), 'fr', 'api')).notes[0]!;
    expect(note.title).toBe(`\`GET\` ${HOSTILE_ENDPOINT_NAME}`);
    expect(note.lines.slice(0, 3)).toEqual(['La sonde a pris du retard sur son propre calendrier : rien n’a été jugé.', expect.stringMatching(/^the probe, not the server, fell behind/), '(Derniers bons chiffres, mesure du 22 nov. 2026, 10:00 UTC :)']);
  });

  test('figures are judged against today’s target: an override since the run turns a miss into a pass and says what the run aimed at', () => {
    const targets = endpointTargets({ 'api-p95': { value: 300, reason: 'Basket writes go to the primary.' }, 'api-p99': { value: 1000, reason: 'r' }, 'api-p999': { value: 2000, reason: 'r' }, 'api-error-rate': { value: 2, reason: 'r' } });
    const row = tableText(endpointFiguresTable([endpoint('Basket update')], targets, 'en', 'api')).rows[0]!;
    expect(row.cells[2]).toEqual(['260 ms [pass]', '(judged here against today’s target; the run aimed at < 200 ms)']);
    expect(row.status).toBe('pass');
  });

  test('refuses an empty list, where a table would be meaningless', () => expect(() => endpointFiguresTable([], endpointTargets(), 'en', 'api')).toThrow(/no endpoint to show/));
});
