// Which routes' answers the answer cache may keep, and the key of one request to such a route.
import { canonicalJson } from '../../ingest/load-plan.ts';
import type { Route } from '../api/route.ts';

/**
 * GET routes that only read the graph: not those that write, send a file (exports, the
 * involvement CSV), or choose their own status (health: 503 when Neo4j is away). The console's
 * queries are POSTs and never kept.
 */
export function isCacheable(route: Route): boolean {
  return (route.method ?? 'get') === 'get' && !route.writes && !route.file && !route.status;
}

/**
 * The route and its validated input (defaults filled in, unknown query fields dropped), with
 * object keys sorted: `?to=…&from=…` and `?from=…&to=…`, or `depth` left out and `depth=1`,
 * are one answer.
 */
export function answerKey(route: Route, params: unknown, query: unknown): string {
  return `${route.path} ${canonicalJson(params)} ${canonicalJson(query)}`;
}

