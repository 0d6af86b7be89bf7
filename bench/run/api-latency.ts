// API latency and throughput under 16 concurrent connections (autocannon), on the graph of the
// ingest size: search, a person's profile, a 2-hop neighbourhood, a year's co-attendance
// network and the project timeline. The server runs in this process, as `serve` would, with
// the search rate limit lifted (it would answer 429 to a load test). The load generator shares
// the machine's two cores with the server and Neo4j, so the figures are on the pessimistic side.
import autocannon from 'autocannon';
import { createGateway } from '../../cypher/gateway.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { listen } from '../../server/http.ts';
import { ensureIngested, openGraph } from './bench-graph.ts';
import type { BenchSection } from './section.ts';

const connections = 16;

interface Endpoint {
  readonly name: string;
  readonly path: string;
  /** p95 target in ms, where the issue sets one. */
  readonly targetMs?: number;
}

interface Measured {
  readonly name: string;
  readonly path: string;
  readonly requests: number;
  readonly non2xx: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly targetP95Ms: number | null;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function load(url: string, endpoint: Endpoint, seconds: number): Promise<Measured> {
  // Warm-up: Neo4j plans and caches the query, V8 compiles the handler, before the clock runs.
  for (let i = 0; i < 5; i += 1) {
    const response = await fetch(`${url}${endpoint.path}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`bench api: ${endpoint.path} answered ${response.status}`);
  }
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${url}${endpoint.path}`, connections, duration: seconds }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    name: endpoint.name,
    path: endpoint.path,
    requests: latencies.length,
    non2xx: result.non2xx + result.errors + result.timeouts,
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
      const person = picked?.person as { id: string; name: string; meetings: number } | undefined;
      const year = picked?.year as string | undefined;
      if (!person || !year) throw new Error('bench api: the graph holds no person with meetings, or no dated meeting');
      const gateway = createGateway(graph.driver, { database: graph.target.database, timeoutMs: loadConfig().http.queryTimeoutMs });
      const app = createApp({ gateway, version: 'bench', logError: () => {}, searchPerMinute: Number.MAX_SAFE_INTEGER });
      const server = await listen(app, '127.0.0.1', 0);
      // `listen` names loopback 'localhost', which may resolve to ::1 where nothing listens.
      const url = server.url.replace('localhost', '127.0.0.1');
      const id = encodeURIComponent(person.id);
      const word = person.name.split(' ').at(-1)!.slice(0, 4).toLowerCase();
      const endpoints: Endpoint[] = [
        { name: 'search', path: `/api/search?q=${encodeURIComponent(word)}`, targetMs: 50 },
        { name: "a person's profile", path: `/api/entities/${id}`, targetMs: 50 },
        { name: '2-hop neighbourhood', path: `/api/entities/${id}/neighbourhood?depth=2`, targetMs: 50 },
        { name: `co-attendance network of ${year}`, path: `/api/networks/co-attendance?from=${year}-01-01&to=${year}-12-31`, targetMs: 300 },
        { name: 'project timeline', path: '/api/timelines/projects' },
      ];
      const measured: Measured[] = [];
      try {
        for (const e of endpoints) {
          ctx.progress.step(`autocannon ${e.path} for ${ctx.sizes.apiSeconds} s`);
          measured.push(await load(url, e, ctx.sizes.apiSeconds));
        }
      } finally {
        await server.close();
      }
      return {
        data: { documents: n, connections, seconds: ctx.sizes.apiSeconds, person, year, endpoints: measured },
        rows: measured.map((m) => ({
          measure: `${m.name} (${m.path})`,
          value: `p50 ${ms(m.p50Ms)} / p95 ${ms(m.p95Ms)} / p99 ${ms(m.p99Ms)} ms, ${Math.round(m.requestsPerSecond)} req/s${m.non2xx ? `, ${m.non2xx} not 2xx` : ''}`,
          target: m.targetP95Ms ? `p95 ≤ ${m.targetP95Ms} ms` : undefined,
        })),
        notes: [`On the graph of ${n} generated documents; the person is ${person.name} (${person.meetings} meetings: the 90th percentile of attendance), the search word '${word}'.`],
      };
    } finally {
      await graph.close();
    }
  },
};
