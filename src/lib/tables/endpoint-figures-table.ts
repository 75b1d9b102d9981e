import type { EffectiveTarget } from '../effective-targets.ts';
import { ENDPOINT_ERROR_KINDS } from '../endpoints/endpoint-measurement.ts';
import { endpointText, errorKindText } from '../endpoints/endpoint-strings.ts';
import { API_ERROR_RATE_ID, LATENCY_TARGETS } from '../endpoints/endpoint-targets.ts';
import { formatMs, formatNumber, formatThreshold, formatValue } from '../format.ts';
import type { StatusKind } from '../item-status.ts';
import type { Locale } from '../schema/localized.ts';
import { isJudged, type EndpointMetric, type EndpointResult } from '../schema/result.ts';
import { intlLocale, t } from '../ui-strings.ts';
import { verdict } from '../verdict.ts';

/** One piece of a cell: a text, a word set as code (the method), a status drawn as its symbol and word, or a link within the page. */
export type FigurePiece = { text: string } | { code: string } | { status: StatusKind } | { link: string; href: string };

/** One line of a cell: a judged figure, a figure shown but not judged (greyed), or a note in smaller type. */
export interface FigureLine {
  tone: 'figure' | 'unjudged' | 'note';
  pieces: FigurePiece[];
}

/** One column of the endpoint table: its header, an optional second line under it, and the lines each endpoint shows in it. */
export interface FigureColumn<Row> {
  header: string;
  detail?: string;
  /** True for the column that names its row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
  cell: (row: Row) => FigureLine[];
}

/** What went wrong with one endpoint, told below the table: its message, and its last good figures when it has them. */
export interface EndpointNote {
  /** The note's id, which the endpoint's status cell links to. */
  id: string;
  /** The endpoint, as its row names it. */
  title: FigurePiece[];
  lines: FigureLine[];
}

/** The endpoint table as EndpointFigures.astro draws it: every header and cell worked out, and the notes on endpoints in error. */
export interface FigureTableModel {
  headers: Array<{ text: string; detail?: string }>;
  rows: Array<{ status: EndpointStatus; cells: Array<{ lines: FigureLine[]; rowHeader: boolean }> }>;
  notes: EndpointNote[];
}

type EndpointStatus = EndpointResult['status'];

/** One metric as the table shows it: judged again against today's target, or unjudged for want of samples. */
type Figure =
  | { value: number; status: 'pass' | 'fail'; runTarget?: number }
  | { value: number; status: 'insufficient'; samples: number; needed: number };

/** An endpoint with its figures judged against the project's targets as they are today. */
interface EndpointRow {
  endpoint: EndpointResult;
  status: EndpointStatus;
  figures: Map<string, Figure>;
  /** The id of the note below the table, for an endpoint in error or whose probe fell behind. */
  noteId?: string;
}

/** The short name of each endpoint target, as the columns and the last good figures read it. */
const SHORT_NAMES: Record<string, string> = { 'api-p50': 'P50', 'api-p95': 'P95', 'api-p99': 'P99', 'api-p999': 'P99.9' };

/** A cell with nothing to show: the run has no such figure. */
const dash = (): FigureLine[] => [{ tone: 'figure', pieces: [{ text: '–' }] }];

/** `{ [key]: value }` when the value is there, else nothing: optional fields stay absent, never undefined. */
const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

/** A metric judged again against today's target (a verdict beside a threshold is always that threshold's); the run's own verdict when the target is gone. */
function figureOf(metric: EndpointMetric, target: EffectiveTarget | undefined): Figure {
  if (!isJudged(metric)) return { value: metric.value, status: 'insufficient', samples: metric.samples, needed: metric.minimumSamples };
  if (target === undefined) return { value: metric.value, status: metric.status };
  return { value: metric.value, status: verdict(metric.value, target), ...(metric.target !== target.value ? { runTarget: metric.target } : {}) };
}

/** Each metric of a result, keyed by target id, judged as the table shows it. */
function figuresOf(metrics: Record<string, EndpointMetric>, targets: ReadonlyMap<string, EffectiveTarget>): Map<string, Figure> {
  return new Map(Object.entries(metrics).map(([id, metric]) => [id, figureOf(metric, targets.get(id))]));
}

/** An endpoint's row: an error stays an error; otherwise a fail when any judged figure misses today's target. */
function endpointRow(endpoint: EndpointResult, targets: ReadonlyMap<string, EffectiveTarget>, noteId: string): EndpointRow {
  const figures = figuresOf(endpoint.metrics, targets);
  const judged = [...figures.values()].filter((figure) => figure.status !== 'insufficient');
  const status = endpoint.status === 'error' || judged.length === 0 ? endpoint.status : judged.some((figure) => figure.status === 'fail') ? 'fail' : 'pass';
  const noted = endpoint.status === 'error' || endpoint.probeBehind || endpoint.error !== undefined;
  return { endpoint, status, figures, ...(noted ? { noteId } : {}) };
}

/** The unit a target's figures are written in: the targets file's, else milliseconds for a percentile and percent for the error rate. */
const unitOf = (id: string, targets: ReadonlyMap<string, EffectiveTarget>) => targets.get(id)?.target.unit ?? (id === API_ERROR_RATE_ID ? 'percent' : 'ms');

/** Why a figure was not judged: the samples it rests on and the fewest it needs. */
const tooFewSamples = (figure: { samples: number; needed: number }, locale: Locale) => t('tooFewSamples', locale, { taken: formatNumber(figure.samples, locale), needed: formatNumber(figure.needed, locale) });

/** A figure's lines: its value and verdict, or its value greyed with the samples it lacked; a dash when the run has none. */
function figureLines(figure: Figure | undefined, id: string, targets: ReadonlyMap<string, EffectiveTarget>, locale: Locale): FigureLine[] {
  if (figure === undefined) return dash();
  const value = formatValue(figure.value, unitOf(id, targets), locale);
  if (figure.status === 'insufficient') return [{ tone: 'unjudged', pieces: [{ text: value }] }, { tone: 'note', pieces: [{ text: tooFewSamples(figure, locale) }] }];
  const lines: FigureLine[] = [{ tone: 'figure', pieces: [{ text: value }, { status: figure.status }] }];
  const target = targets.get(id);
  if (figure.runTarget !== undefined && target) lines.push({ tone: 'note', pieces: [{ text: t('runTarget', locale, { threshold: formatThreshold(target.comparison, figure.runTarget, target.target.unit, locale) }) }] });
  return lines;
}

/** The threshold under a column's header, from the project's effective target. */
function thresholdOf(id: string, targets: ReadonlyMap<string, EffectiveTarget>, locale: Locale): string | undefined {
  const target = targets.get(id);
  return target && formatThreshold(target.comparison, target.value, target.target.unit, locale);
}

/** The failed requests by kind, as "Errors: timeout 12, connection 3", or "no errors". */
function errorsLine({ errors }: EndpointResult, locale: Locale): FigureLine {
  const parts = ENDPOINT_ERROR_KINDS.filter((kind) => (errors[kind] ?? 0) > 0).map((kind) => `${errorKindText(kind, locale)} ${formatNumber(errors[kind]!, locale)}`);
  return { tone: 'note', pieces: [{ text: parts.length > 0 ? endpointText('errors', locale, { list: parts.join(', ') }) : endpointText('noErrors', locale) }] };
}

/** The queue a slow server built at P99: the wait from each request's due time beyond its own service time, never below zero. */
function queueAtP99({ endpoint }: EndpointRow): number | undefined {
  if (endpoint.status === 'error' || endpoint.latency === undefined || endpoint.serviceTime === undefined) return undefined;
  return Math.max(0, Math.round((endpoint.latency.p99 - endpoint.serviceTime.p99) * 10) / 10);
}

/** The endpoint as its row and its note name it: the method, then the name. */
const endpointTitle = (endpoint: EndpointResult): FigurePiece[] => [{ code: endpoint.method }, { text: ` ${endpoint.name}` }];

/** What went wrong, in the page's language where the handbook has the words: the probe falling behind, the message, and the last good figures with their date. */
function noteLines(endpoint: EndpointResult, targets: ReadonlyMap<string, EffectiveTarget>, locale: Locale): FigureLine[] {
  const lines: FigureLine[] = [];
  if (endpoint.probeBehind) lines.push({ tone: 'figure', pieces: [{ text: endpointText('probeBehind', locale) }] });
  if (endpoint.error !== undefined) lines.push({ tone: 'figure', pieces: [{ text: endpoint.error }] });
  if (endpoint.status !== 'error' || endpoint.lastGood === undefined) return lines;
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(endpoint.lastGood.generatedAt));
  lines.push({ tone: 'note', pieces: [{ text: endpointText('lastGood', locale, { date }) }] });
  for (const [id, figure] of figuresOf(endpoint.lastGood.metrics, targets)) {
    const name = SHORT_NAMES[id] ?? (id === API_ERROR_RATE_ID ? endpointText('errorRate', locale) : id);
    const value = `${name} ${formatValue(figure.value, unitOf(id, targets), locale)}`;
    if (figure.status !== 'insufficient') lines.push({ tone: 'figure', pieces: [{ text: value }, { status: figure.status }] });
    else lines.push({ tone: 'unjudged', pieces: [{ text: `${value} (${tooFewSamples(figure, locale)})` }] });
  }
  return lines;
}

/** The status cell: the verdict, and a link to the note that says what went wrong. */
function statusLines(row: EndpointRow, locale: Locale): FigureLine[] {
  const lines: FigureLine[] = [{ tone: 'figure', pieces: [{ status: row.status }] }];
  if (row.noteId !== undefined) lines.push({ tone: 'note', pieces: [{ link: endpointText('whatWentWrong', locale), href: `#${row.noteId}` }] });
  return lines;
}

/** The columns of the endpoint table, in the order a reader compares them. */
function columns(targets: ReadonlyMap<string, EffectiveTarget>, locale: Locale): FigureColumn<EndpointRow>[] {
  const percentile = ({ id }: (typeof LATENCY_TARGETS)[number]): FigureColumn<EndpointRow> => ({
    header: SHORT_NAMES[id]!,
    ...optional('detail', thresholdOf(id, targets, locale)),
    cell: (row) => (row.endpoint.status === 'error' ? dash() : figureLines(row.figures.get(id), id, targets, locale)),
  });
  return [
    {
      header: endpointText('endpoint', locale),
      rowHeader: true,
      cell: ({ endpoint }) => [
        { tone: 'figure', pieces: endpointTitle(endpoint) },
        { tone: 'note', pieces: [{ text: endpoint.url }] },
      ],
    },
    ...LATENCY_TARGETS.map(percentile),
    {
      header: endpointText('max', locale),
      detail: endpointText('maxDetail', locale),
      cell: ({ endpoint }) => (endpoint.status === 'error' || endpoint.latency === undefined ? dash() : [{ tone: 'figure', pieces: [{ text: formatMs(endpoint.latency.max, locale) }] }]),
    },
    {
      header: endpointText('errorRate', locale),
      ...optional('detail', thresholdOf(API_ERROR_RATE_ID, targets, locale)),
      cell: (row) => [...(row.endpoint.status === 'error' ? dash() : figureLines(row.figures.get(API_ERROR_RATE_ID), API_ERROR_RATE_ID, targets, locale)), errorsLine(row.endpoint, locale)],
    },
    {
      header: endpointText('throughput', locale),
      detail: endpointText('throughputDetail', locale),
      cell: ({ endpoint }) => [
        { tone: 'figure', pieces: [{ text: endpointText('throughputCell', locale, { achieved: formatNumber(endpoint.throughput.achieved, locale, 1), planned: formatNumber(endpoint.throughput.planned, locale, 1) }) }] },
        { tone: 'note', pieces: [{ text: endpointText('requests', locale, { sent: formatNumber(endpoint.sent, locale), completed: formatNumber(endpoint.completed, locale), planned: formatNumber(endpoint.planned, locale) }) }] },
      ],
    },
    {
      header: endpointText('queue', locale),
      detail: endpointText('queueDetail', locale),
      cell: (row) => {
        const queue = queueAtP99(row);
        const lines: FigureLine[] = queue === undefined ? dash() : [{ tone: 'figure', pieces: [{ text: formatMs(queue, locale) }] }];
        if (row.endpoint.lateSends > 0) lines.push({ tone: 'note', pieces: [{ text: endpointText('lateSends', locale, { count: formatNumber(row.endpoint.lateSends, locale) }) }] });
        return lines;
      },
    },
    { header: t('status', locale), cell: (row) => statusLines(row, locale) },
  ];
}

/**
 * The latest figures of a project's endpoints: a row per endpoint with its percentiles, slowest
 * request, error rate by kind, throughput, the queue at P99 and its status, then a note on each
 * endpoint in error (ids `<idPrefix>-<index>`). Figures are judged against the project's targets as
 * they are today; one resting on too few samples is shown greyed, never judged. Throws on no
 * endpoints: the page shows no table then.
 */
export function endpointFiguresTable(endpoints: readonly EndpointResult[], targets: ReadonlyMap<string, EffectiveTarget>, locale: Locale, idPrefix: string): FigureTableModel {
  if (endpoints.length === 0) throw new RangeError('no endpoint to show: the project page draws the endpoint table only for a result that has endpoints');
  const specs = columns(targets, locale);
  const rows = endpoints.map((endpoint, index) => endpointRow(endpoint, targets, `${idPrefix}-${index}`));
  return {
    headers: specs.map((column) => ({ text: column.header, ...optional('detail', column.detail) })),
    rows: rows.map((row) => ({ status: row.status, cells: specs.map((column) => ({ lines: column.cell(row), rowHeader: column.rowHeader === true })) })),
    notes: rows.flatMap((row) => (row.noteId === undefined ? [] : [{ id: row.noteId, title: endpointTitle(row.endpoint), lines: noteLines(row.endpoint, targets, locale) }])),
  };
}
