import { RESULT_SCHEMA_VERSION, type EndpointResult, type PageResult, type ProjectResult, type ResultDocument } from './schema/result.ts';
import { DEFAULT_PROFILE, type Profile } from './profile.ts';

export type Outcome = 'pass' | 'fail' | 'error';
export type { Profile };

/** How bad each outcome is: one page in error makes its project an error, one miss makes it a fail. */
const SEVERITY: Record<Outcome, number> = { pass: 0, fail: 1, error: 2 };

/** The worst of several outcomes; throws on none, where an outcome would be made up. */
export function worstOutcome(outcomes: Iterable<Outcome>): Outcome {
  let worst: Outcome | undefined;
  for (const outcome of outcomes) if (worst === undefined || SEVERITY[outcome] > SEVERITY[worst]) worst = outcome;
  if (worst === undefined) throw new RangeError('no outcome to summarise: measure at least one page or endpoint');
  return worst;
}

/** One project's part of the result: its pages, its endpoints (when it has any) and their worst outcome. */
export function projectResult(id: string, profile: Profile, pages: PageResult[], endpoints: EndpointResult[] = []): ProjectResult {
  const status = worstOutcome([...pages, ...endpoints].map((entry) => entry.status));
  return { id, status, profile, pages, ...(endpoints.length > 0 ? { endpoints } : {}) };
}

/** The facts about a run that every result document carries. */
export interface RunFacts {
  generatedAt: string;
  tools: ResultDocument['tools'];
  runs: number;
  ttfbSamples: number;
  /** The `--profile` flag, when given. */
  profile?: Profile;
}

/** The profile a document states: the flag, else the one every project shares, else mobile (each project then states its own). */
function documentProfile(facts: RunFacts, projects: readonly ProjectResult[]): Profile {
  if (facts.profile) return facts.profile;
  const profiles = new Set(projects.map((project) => project.profile ?? DEFAULT_PROFILE));
  return profiles.size === 1 ? [...profiles][0]! : DEFAULT_PROFILE;
}

/** Assembles the result document of a run: `--json` prints it, and each project's part is written for the site. */
export function resultDocument(facts: RunFacts, projects: ProjectResult[]): ResultDocument {
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    generatedAt: facts.generatedAt,
    tools: facts.tools,
    profile: documentProfile(facts, projects),
    runs: facts.runs,
    ttfbSamples: facts.ttfbSamples,
    status: worstOutcome(projects.map((project) => project.status)),
    projects,
  };
}

/** The document narrowed to one project: what the site reads from `src/content/results/<id>.json`. */
export function projectDocument(document: ResultDocument, projectId: string): ResultDocument {
  const project = document.projects.find((entry) => entry.id === projectId);
  if (project === undefined) throw new RangeError(`project "${projectId}" is not part of this result`);
  return { ...document, profile: project.profile ?? document.profile, status: project.status, projects: [project] };
}
