// A copy of the handbook's sources with many generated pattern pages, to time its build at scale.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { patternSchema, type Pattern } from '../../src/lib/schema/pattern.ts';
import { linkNodeModules } from './astro-site.ts';
import { generatedId, generatedPattern } from './pattern-pages.ts';

/** The pattern every generated one is modelled on. */
export const MODEL_PATTERN = 'src/content/patterns/pagination.yaml';
/** What the handbook is built from; everything else (tests, scripts, dist) stays behind. */
const SOURCES = ['astro.config.ts', 'tsconfig.json', 'package.json', 'src', 'public'];

/** The model pattern, validated by the handbook's own schema. */
export function modelPattern(): Pattern {
  return patternSchema.parse(parse(readFileSync(MODEL_PATTERN, 'utf8')));
}

/** Copies the handbook into `dir` (replacing what was there) and adds `count` generated patterns beside its own. */
export function writeHandbookWithPatterns(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const source of SOURCES) cpSync(source, join(dir, source), { recursive: true });
  const base = modelPattern();
  for (let n = 1; n <= count; n += 1) {
    writeFileSync(join(dir, 'src/content/patterns', `${generatedId(n)}.yaml`), stringify(generatedPattern(base, n)));
  }
  linkNodeModules(dir);
}
