import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatBytes, MAX_CONTENT_FILE_BYTES, MAX_YAML_ALIAS_COUNT } from '../lib/content-limits.ts';
import { ContentError, formatValue, parseWithFriendlyErrors } from '../lib/friendly-errors.ts';
import { isId } from '../lib/shape-rules.ts';

/** Shows a path relative to the working directory, as people type it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Why the values of a parsed YAML file cannot be built, in one paragraph naming the file and what to do. */
function valueProblem(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/excessive alias count/i.test(message)) {
    return `${file}: its aliases (*name) would expand to more than ${MAX_YAML_ALIAS_COUNT} copies of anchored values (&name) (MAX_YAML_ALIAS_COUNT), the shape of a "billion laughs" attack, so it was refused before it could fill the memory. Write the values out instead of repeating them through nested aliases.`;
  }
  const unresolved = /^Unresolved alias.*: (\S+)$/.exec(message);
  if (unresolved) return `${file}: the alias *${unresolved[1]} has no anchor &${unresolved[1]} before it. Put the anchor on the value it repeats, earlier in the file, or write the value out.`;
  return `${file}: its YAML cannot be turned into data (${message.split('\n')[0]}). Check its anchors (&name) and aliases (*name).`;
}

/** Parses YAML text; a syntax error names the file, line and column; aliases that would expand without bound are refused. */
export function parseYaml(text: string, file: string): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      const where = error.linePos?.[0] ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : 'somewhere';
      // yaml's own first line ends with the position ("… at line 3, column 11:"), already given above.
      const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return `${file}: YAML syntax error at ${where}: ${what}.`;
    });
    throw new ContentError(`${problems.join('\n')}\nFix the file and run the command again.`, problems);
  }
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    throw new ContentError(valueProblem(file, error));
  }
}

/** Reads and validates one YAML file; a file over MAX_CONTENT_FILE_BYTES is refused before it is read. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const file = displayPath(path);
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_CONTENT_FILE_BYTES) {
      throw new ContentError(`${file}: is ${formatBytes(size)}, over the ${formatBytes(MAX_CONTENT_FILE_BYTES)} a content file can take (MAX_CONTENT_FILE_BYTES), so it was not read. A project file holds a few kilobytes: shorten its long texts, and link to a document for the rest.`);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  return parseWithFriendlyErrors(schema, parseYaml(text, file), file);
}

/** Reads every `*.yaml` file of a folder, validated; the id is the file name. Problems of all files are reported together. */
export function readYamlFolder<S extends z.ZodType>(dir: string, schema: S): Map<string, z.output<S>> {
  const entries = new Map<string, z.output<S>>();
  const problems: string[] = [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  for (const name of files) {
    const id = basename(name, '.yaml');
    // The file name is the id in every URL, attribute and command: it must be an id, not text.
    if (!isId(id)) {
      problems.push(`${displayPath(join(dir, name))}: the file name "${formatValue(id).slice(1, -1)}" is not an id: expected lower-case letters, digits and single hyphens, such as "storefront.yaml"; rename the file.`);
      continue;
    }
    try {
      entries.set(id, readYamlFile(join(dir, name), schema));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(`${problems.join('\n')}\nFix the files and run the command again.`, problems);
  return entries;
}

