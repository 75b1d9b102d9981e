import { formatMs } from '../format.ts';
import type { Locale } from '../schema/localized.ts';
import { figuresByRun } from '../trend-figures.ts';
import type { TrendSeries } from '../trend-series.ts';
import { intlLocale, t } from '../ui-strings.ts';
import { dataTable, type Column, type DataTableModel } from './data-table.ts';

type Run = ReturnType<typeof figuresByRun>[number];

/** The figures behind a trend chart: a row per run, a column per page, a miss marked ✗ and a page the run did not measure marked –. */
export function trendFiguresTable(series: TrendSeries, locale: Locale): DataTableModel {
  const stamp = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
  const pageColumns: Column<Run>[] = series.pages.map((page, index) => ({
    header: page.name,
    cell: ({ points }) => {
      const point = points[index];
      return point ? `${formatMs(point.value, locale)}${point.status === 'fail' ? ' ✗' : ''}` : '–';
    },
  }));
  // No caption: the chart's <summary> names the table.
  return dataTable<Run>({ columns: [{ header: t('trend.run', locale), rowHeader: true, cell: ({ at }) => stamp.format(new Date(at)) }, ...pageColumns] }, figuresByRun(series));
}
