// Puts one load-test run into an audit's text, under `loadTests.runs`, and leaves every other byte
// of the file as it was: the run's text is spliced in where the old run stood, or after the last
// run, so comments, order, quoting and flow style elsewhere survive. Only a file whose runs are not
// a plain block list (none yet, a flow list, an anchor or alias on the way) goes through the yaml
// Document instead, which keeps comments and order but may respace flow collections.
import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLSeq } from 'yaml';
import { isPlaceholder } from '../../lib/audits/placeholder.ts';
import { setInKeepingAliases } from '../../lib/set-in-keeping-aliases.ts';

/** A run as the audit file holds it: plain data the audit schema reads (loadTestRunSchema). */
export interface RunFields {
  scenario: string;
  date: string;
  [field: string]: unknown;
}

/** Where the run went, with the new text; or the run already there for the same scenario and day. */
export type RunPlacement =
  | { kind: 'appended' | 'filled' | 'replaced'; index: number; text: string }
  | { kind: 'exists'; index: number };

const RUNS_PATH = ['loadTests', 'runs'] as const;

/** The scalar value of a map's key, when the node is a map holding it as a scalar. */
function scalarAt(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined;
  const value = node.get(key, true);
  return isScalar(value) ? value.value : undefined;
}

/** The column of an offset: how far it is from the start of its line. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The run as block YAML at column 0, its k6 thresholds one flow map a line. */
function runText(run: RunFields): string {
  const document = new Document(run);
  const thresholds = document.getIn(['thresholds'], true);
  if (isSeq(thresholds)) for (const item of thresholds.items) if (isMap(item)) item.flow = true;
  return document.toString({ lineWidth: 0 });
}

/** The run's text indented to sit at `column`, its first line already there. */
function indented(text: string, column: number): string {
  const pad = ' '.repeat(column);
  return text.replace(/\n(?=.)/g, `\n${pad}`);
}

/** True when the runs are a block list of plain maps the text can be spliced into. */
function spliceable(runs: unknown): runs is YAMLSeq<Node> {
  if (!isSeq(runs) || runs.flow || runs.items.length === 0 || runs.anchor) return false;
  return runs.items.every((item) => isMap(item) && !item.anchor && !item.flow && item.range !== undefined && item.range !== null);
}

/** Splices the run's text over the item at `index`, or after the last item when `index` is past them. */
function spliceRun(text: string, runs: YAMLSeq<Node>, index: number, run: RunFields): string {
  const body = runText(run);
  if (index < runs.items.length) {
    const [start, end] = runs.items[index]!.range!;
    const old = text.slice(start, end);
    const next = indented(body, columnOf(text, start));
    return text.slice(0, start) + (old.endsWith('\n') ? next : next.replace(/\n$/, '')) + text.slice(end);
  }
  const last = runs.items[runs.items.length - 1]!;
  const [start, end] = last.range!;
  const itemColumn = columnOf(text, start);
  const lineStart = start - itemColumn;
  const dashColumn = text.slice(lineStart, start).lastIndexOf('-');
  const prefix = `${' '.repeat(dashColumn)}-${' '.repeat(itemColumn - dashColumn - 1)}`;
  const lead = text.slice(start, end).endsWith('\n') ? '' : '\n';
  return `${text.slice(0, end)}${lead}${prefix}${indented(body, itemColumn)}${text.slice(end)}`;
}

/** Sets the run through the yaml Document, for runs the text cannot be spliced into. */
function setRun(text: string, index: number, run: RunFields): string {
  const document = parseDocument(text);
  const runs = document.getIn(RUNS_PATH, true);
  const node = document.createNode(run) as Node;
  const thresholds = isMap(node) ? node.get('thresholds', true) : undefined;
  if (isSeq(thresholds)) for (const item of thresholds.items) if (isMap(item)) item.flow = true;
  if (!isSeq(runs) && !isAlias(runs)) {
    setInKeepingAliases(document, [...RUNS_PATH], document.createNode([run]) as Node);
  } else {
    // An empty `runs: []` becomes a block list, as the draft writes it.
    if (isSeq(runs) && runs.items.length === 0) runs.flow = false;
    const old = isSeq(runs) ? runs.items[index] : undefined;
    if (old !== undefined && isMap(old) && isMap(node)) {
      node.commentBefore = old.commentBefore;
      node.comment = old.comment;
      node.spaceBefore = old.spaceBefore;
    }
    setInKeepingAliases(document, [...RUNS_PATH, index], node);
  }
  return document.toString({ lineWidth: 0 });
}

/**
 * Places a run in an audit's text: over the run of the same scenario and day when `replace` is
 * set (else it reports that run), over the scenario's placeholder run (the one `new` scaffolds,
 * its day still "TODO: …"), or after the last run. The text must be a valid audit.
 */
export function placeLoadRun(text: string, run: RunFields, replace: boolean): RunPlacement {
  const document = parseDocument(text);
  const runs = document.getIn(RUNS_PATH, true);
  const items: unknown[] = isSeq(runs) ? runs.items : isAlias(runs) ? ((runs.resolve(document) as YAMLSeq | undefined)?.items ?? []) : [];
  const same = items.findIndex((item) => scalarAt(item, 'scenario') === run.scenario && scalarAt(item, 'date') === run.date);
  if (same !== -1 && !replace) return { kind: 'exists', index: same };
  const scaffold = items.findIndex((item) => scalarAt(item, 'scenario') === run.scenario && isPlaceholder(scalarAt(item, 'date')));
  const kind = same !== -1 ? 'replaced' : scaffold !== -1 ? 'filled' : 'appended';
  const index = same !== -1 ? same : scaffold !== -1 ? scaffold : items.length;
  const next = spliceable(runs) ? spliceRun(text, runs, index, run) : setRun(text, index, run);
  return { kind, index, text: next };
}
