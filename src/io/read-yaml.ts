import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError, parseWithFriendlyErrors } from '../lib/friendly-errors.ts';

/** Shows a path relative to the working directory, as people type it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Parses YAML text; a syntax error names the file, line and column. */
export function parseYaml(text: string, file: string): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      const where = error.linePos?.[0] ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : 'somewhere';
      return `${file}: YAML syntax error at ${where}: ${error.message.split('\n')[0]}.`;
    });
    throw new ContentError(`${problems.join('\n')}\nFix the file and run the command again.`, problems);
  }
  return document.toJS();
}

/** Reads and validates one YAML file. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
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
    try {
      entries.set(basename(name, '.yaml'), readYamlFile(join(dir, name), schema));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(`${problems.join('\n')}\nFix the files and run the command again.`, problems);
  return entries;
}

