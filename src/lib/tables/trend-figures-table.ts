import { formatValue } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import { figuresByRun } from '../trend-figures.ts';
import type { BucketPoint, BucketSize } from '../trend-buckets.ts';
import type { TrendSeries } from '../trend-series.ts';
import { intlLocale, t } from '../ui-strings.ts';
import { dataTable, type Column, type DataTableModel } from './data-table.ts';

type Run = ReturnType<typeof figuresByRun>[number];

/** How a bucket's date reads: a day in full, a week by its Monday, a month and its year, a year. */
const BUCKET_DATE: Record<BucketSize, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'medium' },
  week: { dateStyle: 'medium' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** The figures behind a trend chart, in the target's unit: a row per run, a column per page (or endpoint), a miss marked ✗ and a page the run did not measure marked –. */
export function trendFiguresTable(series: TrendSeries, locale: Locale, unit: string): DataTableModel {
  const figure = (value: number) => formatValue(value, unit, locale);
  const stamp = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
  const pageColumns: Column<Run>[] = series.pages.map((page, index) => ({
    header: page.name,
    cell: ({ points }) => {
      const point = points[index];
      if (point === undefined) return '–';
      if (point.count === undefined || point.min === undefined || point.max === undefined) return `${figure(point.value)}${point.status === 'fail' ? ' ✗' : ''}`;
      // A bucket (or a rolled-up day): its median, range, runs and misses, so no miss is averaged away.
      const figures = t('trend.bucketCell', locale, { median: figure(point.value), min: figure(point.min), max: figure(point.max), runs: String(point.count) });
      return `${figures}${point.misses ? t('trend.bucketMisses', locale, { misses: String(point.misses) }) : ''}`;
    },
  }));
  // No caption: the chart's <summary> names the table.
  const label = ({ at, points }: Run) => {
    const bucket = points.find((point) => point !== undefined && 'bucket' in point && point.bucket !== undefined) as BucketPoint | undefined;
    if (bucket?.bucket === undefined) return stamp.format(new Date(at));
    const date = new Intl.DateTimeFormat(intlLocale(locale), { ...BUCKET_DATE[bucket.bucket], timeZone: 'UTC' }).format(new Date(at));
    return t(`trend.bucket.${bucket.bucket}`, locale, { date });
  };
  return dataTable<Run>({ columns: [{ header: t('trend.run', locale), rowHeader: true, cell: label }, ...pageColumns] }, figuresByRun(series));
}
