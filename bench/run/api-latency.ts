// API latency and throughput under 16 concurrent connections (autocannon), on the graph of the
// ingest size: search, a person's profile, a 2-hop neighbourhood, a year's co-attendance
// network, a project's timeline and a year's projects timeline. Each endpoint rotates over a set
// of targets (20 people, five years, 20 projects from the busiest to the quietest, the people's
// surnames as search words), so that the figure is not one query
// answered from warm caches over and over. The server runs in this process, as `serve` would, with
// the search rate limit lifted (it would answer 429 to a load test). The load generator runs in a
// worker thread (load-worker.ts), not on the server's event loop, but shares the machine's two
// cores with the server and Neo4j, so the figures are on the pessimistic side.
// The server keeps its answers as `serve` does (server/cache/answer-cache.ts): the first request
// of each target, made one at a time before the load, is timed as the cold figure and fills the
// cache; the load is then answered mostly from it, and the report says how much.
import { createGateway } from '../../cypher/gateway.ts';
import { createGraphStamp } from '../../cypher/graph-stamp.ts';
import { createApp } from '../../server/app.ts';
import { createAnswerCache, type AnswerCache } from '../../server/cache/answer-cache.ts';
import { loadConfig } from '../../server/config.ts';
import { listen } from '../../server/http.ts';
import { ensureIngested, openGraph } from './bench-graph.ts';
import { runLoad } from './load-worker.ts';
import type { BenchSection } from './section.ts';

const connections = 16;

interface Person {
  readonly id: string;
  readonly name: string;
  readonly meetings: number;
}

export interface Endpoint {
  readonly name: string;
  /** The paths requested in turn; the first one stands for the endpoint in the report. */
  readonly paths: readonly string[];
  /** p95 target in ms, where the issue sets one. */
  readonly targetMs?: number;
}

interface Measured {
  readonly name: string;
  readonly path: string;
  readonly targets: number;
  /** The first request of each target, one at a time, before the load: computed, not kept. */
  readonly coldP50Ms: number;
  readonly coldMaxMs: number;
  /** Of the requests under load, the share answered from the answer cache (null: no cache). */
  readonly cachedShare: number | null;
  readonly requests: number;
  readonly non2xx: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly targetP95Ms: number | null;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export async function measureEndpoint(url: string, endpoint: Endpoint, seconds: number, cache: AnswerCache | null): Promise<Measured> {
  // Cold: each target's first request, alone. It also warms what the load then finds warm: the
  // answer cache, Neo4j's plans and pages, V8's compiled handlers.
  const cold: number[] = [];
  for (const path of endpoint.paths) {
    const t0 = performance.now();
    const response = await fetch(`${url}${path}`);
    await response.arrayBuffer();
    cold.push(performance.now() - t0);
    if (response.status !== 200) throw new Error(`bench api: ${path} answered ${response.status}`);
  }
  cold.sort((a, b) => a - b);
  const before = cache?.stats();
  const { latencies, failed } = await runLoad({ url, paths: endpoint.paths, connections, seconds });
  latencies.sort((a, b) => a - b);
  const after = cache?.stats();
  const answered = before && after ? after.hits + after.misses + after.shared - (before.hits + before.misses + before.shared) : 0;
  return {
    name: endpoint.name,
    path: endpoint.paths[0]!,
    targets: endpoint.paths.length,
    coldP50Ms: percentile(cold, 50),
    coldMaxMs: cold.at(-1)!,
    cachedShare: before && after && answered ? (after.hits - before.hits) / answered : null,
    requests: latencies.length,
    non2xx: failed,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    targetP95Ms: endpoint.targetMs ?? null,
  };
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

export const apiSection: BenchSection = {
  id: 'api',
  title: 'API latency (16 connections)',
  async run(ctx) {
    const n = ctx.sizes.ingestDocs;
    const graph = await openGraph(ctx);
    try {
      await ensureIngested(ctx, graph, n);
      const [picked] = await graph.read('pick-api-targets', {});
      const person = picked?.person as Person | undefined;
      const people = ((picked?.people ?? []) as (Person | null)[]).filter((p): p is Person => p !== null);
      const years = (picked?.years ?? []) as string[];
      const projects = [...new Set((picked?.projects ?? []) as string[])].map(encodeURIComponent);
      if (!person || !years.length || !projects.length) throw new Error('bench api: the graph holds no person with meetings, no dated meeting or no project discussed');
      const gateway = createGateway(graph.driver, { database: graph.target.database, timeoutMs: loadConfig().http.queryTimeoutMs });
      const { answerCacheBytes: maxBytes, answerCacheLagMs: maxAgeMs } = loadConfig().http;
      const answerCache = maxBytes > 0 ? createAnswerCache({ maxBytes, stamp: createGraphStamp(graph.driver, { database: graph.target.database, maxAgeMs }) }) : null;
      const app = createApp({ gateway, version: 'bench', logError: () => {}, searchPerMinute: Number.MAX_SAFE_INTEGER, answerCache: answerCache ?? undefined });
      const server = await listen(app, '127.0.0.1', 0);
      // `listen` names loopback 'localhost', which may resolve to ::1 where nothing listens.
      const url = server.url.replace('localhost', '127.0.0.1');
      const ids = [...new Set(people.map((p) => p.id))].map(encodeURIComponent);
      const words = [...new Set(people.map((p) => p.name.split(' ').at(-1)!.slice(0, 4).toLowerCase()))];
      const endpoints = apiEndpoints(ids, words, years, projects);
      const measured: Measured[] = [];
      try {
        for (const e of endpoints) {
          ctx.progress.step(`autocannon ${e.name} (${e.paths.length} targets) for ${ctx.sizes.apiSeconds} s`);
          measured.push(await measureEndpoint(url, e, ctx.sizes.apiSeconds, answerCache));
        }
      } finally {
        await server.close();
      }
      return {
        data: { documents: n, connections, seconds: ctx.sizes.apiSeconds, person, people, years, words, projects, endpoints: measured },
        rows: measured.map((m) => ({
          measure: `${m.name} (${m.targets > 1 ? `${m.targets} targets in turn, e.g. ${m.path}` : m.path})`,
          value:
            `cold p50 ${ms(m.coldP50Ms)} / max ${ms(m.coldMaxMs)} ms; loaded p50 ${ms(m.p50Ms)} / p95 ${ms(m.p95Ms)} / p99 ${ms(m.p99Ms)} ms, ` +
            `${Math.round(m.requestsPerSecond)} req/s${m.cachedShare === null ? '' : `, ${(m.cachedShare * 100).toFixed(1)} % from the cache`}${m.non2xx ? `, ${m.non2xx} not 2xx` : ''}`,
          target: m.targetP95Ms ? `p95 ≤ ${m.targetP95Ms} ms` : undefined,
        })),
        notes: [
          answerCache
            ? `Cold: the first request of each target, one at a time, computed from the graph. Loaded: ${connections} connections for ` +
              `${ctx.sizes.apiSeconds} s after that, answered mostly from the answer cache (MINUTES_GRAPH_ANSWER_CACHE, ` +
              `${Math.round(answerCache.stats().maxBytes / 2 ** 20)} MiB, the graph's stamp looked at for every request` +
              `${maxAgeMs ? ` or within ${maxAgeMs} ms` : ''}; the share is in each row): the loaded figures say what serving a kept ` +
              'answer costs, the cold ones what computing it costs.'
            : `Cold: the first request of each target, one at a time. Loaded: ${connections} connections for ${ctx.sizes.apiSeconds} s, ` +
              'every answer computed (MINUTES_GRAPH_ANSWER_CACHE=0).',
          `On the graph of ${n} generated documents. Each endpoint is asked about its targets in turn: ${ids.length} people ` +
            `(${people[0]?.meetings ?? 0} down to ${people.at(-1)?.meetings ?? 0} meetings attended: the 5th to 15th percentile from the top; ` +
            `the 90th-percentile person is ${person.name}, ${person.meetings} meetings), the years ${years.join(', ')}, ` +
            `the search words ${words.map((w) => `'${w}'`).join(', ')}.`,
        ],
      };
    } finally {
      await graph.close();
    }
  },
};

/** What the API is asked about: each endpoint's targets, requested in turn. */
export function apiEndpoints(ids: readonly string[], words: readonly string[], years: readonly string[], projects: readonly string[]): Endpoint[] {
  return [
    { name: 'search', paths: words.map((w) => `/api/search?q=${encodeURIComponent(w)}`), targetMs: 50 },
    { name: "a person's profile", paths: ids.map((id) => `/api/entities/${id}`), targetMs: 50 },
    { name: '2-hop neighbourhood', paths: ids.map((id) => `/api/entities/${id}/neighbourhood?depth=2`), targetMs: 50 },
    { name: "a year's co-attendance network", paths: years.map((y) => `/api/networks/co-attendance?from=${y}-01-01&to=${y}-12-31`), targetMs: 300 },
    { name: "a project's timeline", paths: projects.map((id) => `/api/timelines/projects?id=${id}`) },
    { name: "a year's projects timeline", paths: years.map((y) => `/api/timelines/projects?from=${y}-01-01&to=${y}-12-31`) },
  ];
}
