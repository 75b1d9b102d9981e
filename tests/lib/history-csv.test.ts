import { describe, expect, test } from 'vitest';
import { csvField, historyCsv } from '../../src/lib/history-csv.ts';
import type { HistoryLine } from '../../src/lib/schema/result.ts';

describe('csvField', () => {
  test.each<[string | number | undefined, string]>([
    ['Home', 'Home'],
    [120.5, '120.5'],
    [undefined, ''],
    ['Product, with a comma', '"Product, with a comma"'],
    ['Say "hi"', '"Say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    // A spreadsheet runs these as formulas: defused with an apostrophe.
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1', `"'+1"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
  ])('%j → %s', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('historyCsv', () => {
  const lines: HistoryLine[] = [
    { schemaVersion: 2, day: '2026-05-12', profile: 'mobile', runs: 24, pages: [{ name: 'Home', url: 'https://shop.example.com/', runs: 24, errors: 1, metrics: { ttfb: { count: 23, median: 111.5, min: 100, max: 340, misses: 1, target: 200 } } }] },
    { generatedAt: '2026-11-30T10:00:00.000Z', profile: 'mobile', pages: [
      { name: 'Home', url: 'https://shop.example.com/', status: 'pass', metrics: { ttfb: { value: 120, target: 200, status: 'pass' } } },
      { name: 'Broken', url: 'https://shop.example.com/x', status: 'error', error: 'timeout', metrics: {} },
    ], endpoints: [
      { name: 'Search', url: 'https://api.shop.example.com/search', status: 'fail', metrics: { 'api-p95': { value: 240.5, target: 200, status: 'fail' } } },
    ] },
  ];
  test('a header, then a row per line, page or endpoint and metric, days with their range, runs in error kept', () => {
    expect(historyCsv(lines).split('\r\n')).toEqual([
      'time,kind,profile,page,url,metric,value,min,max,runs,misses,target,status,error,subject',
      '2026-05-12,day,mobile,Home,https://shop.example.com/,ttfb,111.5,100,340,23,1,200,fail,1 of 24 runs in error,page',
      '2026-11-30T10:00:00.000Z,run,mobile,Home,https://shop.example.com/,ttfb,120,120,120,1,0,200,pass,,page',
      '2026-11-30T10:00:00.000Z,run,mobile,Broken,https://shop.example.com/x,,,,,1,,,error,timeout,page',
      '2026-11-30T10:00:00.000Z,run,mobile,Search,https://api.shop.example.com/search,api-p95,240.5,240.5,240.5,1,1,200,fail,,endpoint',
      '',
    ]);
  });
});
