import { resolveHeaders } from '../header-values.ts';
import type { Project } from '../schema/project.ts';
import type { EndpointMeasurement } from './endpoint-measurement.ts';
import { endpointSchema, type Endpoint, type EndpointMethod } from './endpoint-schema.ts';
import type { StatusRange } from './expected-status.ts';
import { loadProblems } from './load-ceilings.ts';
import { loadPlan, type LoadPlan } from './load-plan.ts';

/** An endpoint of a project ready to load: headers read from the environment, body serialised, schedule worked out. */
export interface PlannedEndpoint {
  name: string;
  /** The absolute URL, or absent for an endpoint on the local preview. */
  url?: string;
  /** The path on the local preview. */
  path?: string;
  method: EndpointMethod;
  headers: Record<string, string>;
  /** Values read from the environment, kept out of every message and result. */
  secrets: string[];
  body?: string;
  expectedStatus: StatusRange[];
  load: Endpoint['load'];
  plan: LoadPlan;
}

export type EndpointsOutcome = { ok: true; endpoints: PlannedEndpoint[] } | { ok: false; problems: string[] };

/** The body as it is sent, and the content type a JSON body announces unless the file sets one. */
function bodyOf(endpoint: Endpoint, headers: Record<string, string>): { body?: string; headers: Record<string, string> } {
  if (endpoint.body === undefined) return { headers };
  if ('text' in endpoint.body) return { body: endpoint.body.text, headers };
  const typed = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  return { body: JSON.stringify(endpoint.body.json), headers: typed ? headers : { ...headers, 'Content-Type': 'application/json' } };
}

/** One endpoint, planned; `headers` are already resolved. */
function planned(endpoint: Endpoint, headers: Record<string, string>, secrets: string[]): PlannedEndpoint {
  const sent = bodyOf(endpoint, headers);
  return {
    name: endpoint.name,
    ...(endpoint.url !== undefined ? { url: endpoint.url } : {}),
    ...(endpoint.path !== undefined ? { path: endpoint.path } : {}),
    method: endpoint.method,
    headers: sent.headers,
    secrets,
    ...(sent.body !== undefined ? { body: sent.body } : {}),
    expectedStatus: endpoint.expectedStatus,
    load: endpoint.load,
    plan: loadPlan(endpoint),
  };
}

/**
 * Prepares every endpoint of a project: headers read from the environment, and the load checked
 * against the ceilings (load-ceilings.ts) unless heavy load is allowed. Each problem names the
 * file and the field, never a secret's value.
 */
export function planProjectEndpoints(project: Pick<Project, 'endpoints'>, env: Readonly<Record<string, string | undefined>>, file: string, options: { allowHeavy: boolean }): EndpointsOutcome {
  const problems: string[] = [];
  const endpoints: PlannedEndpoint[] = [];
  project.endpoints.forEach((endpoint, index) => {
    const headers = resolveHeaders(endpoint.headers, env, { file, field: `endpoints[${index}].headers` });
    const heavy = loadProblems(endpoint, options).map((problem) => `${file}: ${problem}`);
    if (!headers.ok) problems.push(...headers.problems);
    problems.push(...heavy);
    if (headers.ok && heavy.length === 0) endpoints.push(planned(endpoint, headers.headers, headers.secrets));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, endpoints };
}

/** An ad hoc `--endpoint`: a GET with the gentle default load, any 2xx expected, named by its URL (which may be longer than a name in a file may be). */
export function adHocEndpoint(url: string): PlannedEndpoint {
  return { ...planned(endpointSchema.parse({ name: 'ad hoc', url }), {}, []), name: url };
}

/** The address to load: the endpoint's URL, or its path on the preview's origin. */
export function endpointAddress(endpoint: Pick<PlannedEndpoint, 'url' | 'path'>, origin: string | undefined): string {
  if (endpoint.url !== undefined) return endpoint.url;
  if (origin === undefined) throw new RangeError(`endpoint path ${endpoint.path} needs the preview server's address`);
  return new URL(endpoint.path ?? '/', origin).href;
}

/** A measurement of nothing, carrying why: the endpoint could not be loaded at all. */
export function unmeasuredEndpoint(endpoint: PlannedEndpoint, url: string, error: string): EndpointMeasurement {
  return {
    name: endpoint.name,
    url,
    method: endpoint.method,
    planned: endpoint.plan.measuredRequests,
    throughput: { planned: endpoint.plan.rate, sent: 0, achieved: 0 },
    warmup: { sent: 0, errors: 0 },
    sent: 0,
    completed: 0,
    errors: {},
    lateSends: 0,
    probeBehind: false,
    error,
  };
}
