// One typed function per API route (server/api/shapes.ts is the contract). Only types are
// imported from there: zod never reaches the browser.
import type { Involvement, Tenure } from '../../server/api/shapes-involvement.ts';
import type {
  Curation,
  DocumentText,
  EntityType,
  Health,
  Neighbourhood,
  Network,
  PersonTimeline,
  Profile,
  Provenance,
  SearchResult,
  ShortestPath,
  Timeline,
} from '../../server/api/shapes.ts';
import type { ConsoleExamples, ConsoleResult } from '../../server/console/shapes.ts';
import type { GroupComparison, NetworkComparison, NetworkMeasures } from '../../server/api/shapes-analysis.ts';

export type NetworkKind = Network['kind'];
export type TimelineKind = Exclude<Timeline['kind'], 'person'>;

/** A failed request: the server's error code and message, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** An array is sent comma-separated (types=a,b); `{ each }` as the key repeated (id=a&id=b),
 *  for values that may hold a comma themselves, such as ids made from names. */
type QueryValue = string | number | readonly string[] | { readonly each: readonly string[] } | null | undefined;

function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else if (typeof value === 'object') {
      for (const one of (value as { readonly each: readonly string[] }).each) params.append(key, one);
    } else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const seg = (id: string) => encodeURIComponent(id);

async function getJson<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, err?.code ?? 'http_' + response.status, err?.message ?? response.statusText);
  }
  return body as T;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const reply: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (reply as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, err?.code ?? 'http_' + response.status, err?.message ?? response.statusText);
  }
  return reply as T;
}

export interface Call {
  signal?: AbortSignal;
}

export const api = {
  health: (o: Call = {}) => getJson<Health>('/api/health', {}, o.signal),

  search: (q: string, o: Call & { types?: readonly EntityType[]; limit?: number } = {}) =>
    getJson<SearchResult>('/api/search', { q, types: o.types, limit: o.limit }, o.signal),

  entity: (id: string, o: Call = {}) => getJson<Profile>(`/api/entities/${seg(id)}`, {}, o.signal),

  neighbourhood: (id: string, o: Call & { depth?: 1 | 2; limit?: number } = {}) =>
    getJson<Neighbourhood>(`/api/entities/${seg(id)}/neighbourhood`, { depth: o.depth, limit: o.limit }, o.signal),

  network: (kind: NetworkKind, o: Call & { from?: string | null; to?: string | null; minWeight?: number; limit?: number } = {}) =>
    getJson<Network>(`/api/networks/${seg(kind)}`, { from: o.from, to: o.to, minWeight: o.minWeight, limit: o.limit }, o.signal),

  path: (from: string, to: string, o: Call = {}) => getJson<ShortestPath>('/api/path', { from, to }, o.signal),

  /** Lanes by id (all when none), a period's meetings (all when open), the busiest `limit` lanes. */
  timeline: (kind: TimelineKind, o: Call & { ids?: readonly string[]; from?: string | null; to?: string | null; limit?: number } = {}) =>
    getJson<Timeline>(`/api/timelines/${seg(kind)}`, { id: o.ids && { each: o.ids }, from: o.from, to: o.to, limit: o.limit }, o.signal),

  personTimeline: (id: string, o: Call = {}) => getJson<PersonTimeline>(`/api/people/${seg(id)}/timeline`, {}, o.signal),

  provenance: (doc: string, start: number, end: number, o: Call = {}) =>
    getJson<Provenance>('/api/provenance', { doc, start, end }, o.signal),

  document: (id: string, o: Call = {}) => getJson<DocumentText>(`/api/documents/${seg(id)}`, {}, o.signal),

  involvement: (q: { group: string | null; from: string | null; to: string | null; period: string }, o: Call = {}) =>
    getJson<Involvement>('/api/involvement', q, o.signal),

  groupAttendance: (id: string, o: Call = {}) => getJson<Tenure>(`/api/groups/${seg(id)}/attendance`, {}, o.signal),

  merge: (id: string, others: readonly string[]) => postJson<Curation>(`/api/entities/${seg(id)}/merge`, { others }),

  split: (id: string, name: string) => postJson<Curation>(`/api/entities/${seg(id)}/split`, { name }),

  consoleExamples: (o: Call = {}) => getJson<ConsoleExamples>('/api/console/examples', {}, o.signal),

  /** One read-only Cypher query; refused (400), stopped (504) or rate-limited (429) as ApiError. */
  runConsole: (query: string, params?: Record<string, unknown>) => postJson<ConsoleResult>('/api/console', params ? { query, params } : { query }),

  measures: (kind: NetworkKind, o: Call & { from?: string | null; to?: string | null; seed?: number } = {}) =>
    getJson<NetworkMeasures>(`/api/networks/${seg(kind)}/measures`, { from: o.from, to: o.to, seed: o.seed }, o.signal),

  compareNetwork: (kind: NetworkKind, periods: Periods, o: Call = {}) =>
    getJson<NetworkComparison>(`/api/networks/${seg(kind)}/compare`, { ...periods }, o.signal),

  compareGroup: (id: string, periods: Periods, o: Call = {}) =>
    getJson<GroupComparison>(`/api/groups/${seg(id)}/compare`, { ...periods }, o.signal),

  /** Not fetched: the href of a download link (the server sends the file as an attachment). */
  exportUrl: (format: string, query: Record<string, QueryValue>) => buildUrl(`/api/exports/${seg(format)}`, query),
};

/** Period A (before) and B (after) of a comparison; null leaves an end open. */
export interface Periods {
  aFrom: string | null;
  aTo: string | null;
  bFrom: string | null;
  bTo: string | null;
}

export type Api = typeof api;

/** True for a request cancelled on purpose (a newer one replaced it). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
