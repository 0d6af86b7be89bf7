// Fuzz: random and malformed requests spread over every route of the route list (a new route is
// fuzzed without touching this file), unknown routes and the static files — random path
// segments and query strings, wrong methods, garbage JSON bodies (merge and split included: the
// server writes a copy of the registry), wrong content types. No 500 (Neo4j is up, so no 503),
// every error in the API's shape with nothing of the server's insides, the server still up
// afterwards and its heap no bigger after the third round than after the first.
// FUZZ_SEED=n reproduces a run; FUZZ_REQUESTS=n changes its size (default 1,500).
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormatNames } from '../../server/api/shapes-analysis.ts';
import { networkKinds, timelineKinds } from '../../server/api/shapes.ts';
import { routes } from '../../server/api/routes.ts';
import type { Route } from '../../server/api/route.ts';
import { apiOnCorpus, type CorpusApi } from '../support/api-corpus.ts';
import { enc } from '../support/api.ts';
import { createRandom, fuzzRequest, type FuzzPools, type FuzzRequest } from '../support/fuzz-requests.ts';
import { isErrorBody, leakIn, rawRequest, type RawReply } from '../support/http-raw.ts';

const seed = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const total = Number(process.env.FUZZ_REQUESTS) || 1_500;
const rounds = 3;
const concurrency = 8;
/** No request may take longer: a hang is a failure, not a slow answer. */
const hangBoundMs = 30_000;

// The server runs in this process, so its heap is this heap; V8 exposes gc() when asked at run time.
v8.setFlagsFromString('--expose-gc');
const gc = (globalThis as { gc?: () => void }).gc ?? (vm.runInNewContext('gc') as () => void);

let api: CorpusApi;
let pools: FuzzPools;
const unexpected: unknown[] = [];

beforeAll(async () => {
  console.log(`fuzz seed ${seed} (FUZZ_SEED=${seed} reproduces this run), ${total} requests`);
  api = await apiOnCorpus({
    explorer: true,
    consolePerMinute: 100_000,
    // Limits high enough that requests reach the handlers; the limits have their own tests.
    app: { searchPerMinute: 100_000, logError: (error) => unexpected.push(error) },
  });
  const groups = await api.get<{ lanes: { id: string; meetings: { id: string }[] }[] }>('/api/timelines/groups');
  const projects = await api.get<{ lanes: { id: string }[] }>('/api/timelines/projects');
  const network = await api.get<{ elements: { nodes: { data: { id: string } }[] } }>('/api/networks/co-attendance');
  const meetingIds = groups.body.lanes.flatMap((l) => l.meetings.map((m) => m.id));
  const docIds: string[] = [];
  for (const id of meetingIds.slice(0, 3)) docIds.push((await api.get<{ document: { id: string } }>(`/api/entities/${enc(id)}`)).body.document.id);
  pools = {
    ids: [...groups.body.lanes.map((l) => l.id), ...projects.body.lanes.map((l) => l.id), ...network.body.elements.nodes.slice(0, 20).map((n) => n.data.id), ...meetingIds.slice(0, 5), ...docIds],
    groupIds: groups.body.lanes.map((l) => l.id),
    docIds,
    kinds: [...networkKinds, ...timelineKinds],
    formats: [...exportFormatNames],
  };
  expect(pools.ids.length).toBeGreaterThan(10);
});
afterAll(() => api?.close());

interface Outcome {
  readonly request: FuzzRequest;
  readonly reply: RawReply | null;
  readonly failure: string | null;
}

/** What is wrong with this answer, or null. */
function judge(request: FuzzRequest, reply: RawReply): string | null {
  const { status, text } = reply;
  if (status >= 500) {
    // A console query that runs past its timeout is stopped with 504; nothing else may be 5xx while Neo4j is up.
    if (!(status === 504 && request.target === 'POST /api/console')) return `status ${status}`;
  }
  // Node's own parser refuses a request line over 16 KB (431) before the app sees it, with no body.
  if (status === 431) return null;
  if (status >= 400 && request.method !== 'HEAD') {
    if (!isErrorBody(text)) return `error body not in the {error: {code, message}} shape`;
    const leak = leakIn(text, request.echoes);
    if (leak) return `error body shows ${leak}`;
  }
  return null;
}

async function send(request: FuzzRequest): Promise<Outcome> {
  try {
    const reply = await rawRequest(api.url, { method: request.method, path: request.path, headers: request.headers, body: request.body, timeoutMs: hangBoundMs });
    return { request, reply, failure: judge(request, reply) };
  } catch (error) {
    return { request, reply: null, failure: `no answer: ${(error as Error).message}` };
  }
}

/** Runs `requests` with `concurrency` in flight. */
async function runAll(requests: readonly FuzzRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(requests.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const i = next++;
        outcomes[i] = await send(requests[i]!);
      }
    }),
  );
  return outcomes;
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function describeFailure(o: Outcome): string {
  const body = typeof o.request.body === 'string' ? o.request.body.slice(0, 120) : o.request.body ? `<${o.request.body.length} bytes>` : '';
  return `${o.failure}: ${o.request.method} ${o.request.path.slice(0, 200)} [${o.request.target}] ${JSON.stringify(o.request.headers)} ${body} → ${o.reply?.status ?? '-'} ${o.reply?.text.slice(0, 200) ?? ''}`;
}

describe(`fuzz (seed ${seed})`, () => {
  it(`sends ${total} random and malformed requests over every route: no 500, errors in shape, server up, heap stable`, { timeout: 180_000 }, async () => {
    const random = createRandom(seed);
    // Every route of the list, and two slots each for unknown routes and the static files.
    const targets: (Route | null)[] = [...routes, null, null, null, null];
    const perTarget = new Map<string, Map<number | string, number>>();
    const failures: string[] = [];
    const heaps: number[] = [];
    let sent = 0;

    for (let round = 0; round < rounds; round++) {
      const requests = Array.from({ length: Math.ceil(total / rounds) }, (_, i) => fuzzRequest(random, targets[(round * total + i) % targets.length]!, pools));
      const outcomes = await runAll(requests);
      sent += outcomes.length;
      for (const o of outcomes) {
        const byStatus = perTarget.get(o.request.target) ?? new Map<number | string, number>();
        const key = o.reply?.status ?? 'no answer';
        byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
        perTarget.set(o.request.target, byStatus);
        if (o.failure) failures.push(describeFailure(o));
      }
      heaps.push(heapAfterGc());
    }

    const statuses = new Map<number | string, number>();
    for (const byStatus of perTarget.values()) for (const [s, n] of byStatus) statuses.set(s, (statuses.get(s) ?? 0) + n);
    console.log(
      [
        `fuzz seed ${seed}: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
        ...[...perTarget].sort().map(([target, byStatus]) => `  ${target}: ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`),
        `heap after each round (after gc): ${heaps.map(mb).join(', ')}`,
      ].join('\n'),
    );

    expect(sent).toBeGreaterThanOrEqual(1_000);
    // Every route of the list was fuzzed, with its own method and others.
    for (const route of routes) expect(perTarget.get(`${(route.method ?? 'get').toUpperCase()} ${route.path}`), route.path).toBeDefined();
    expect(failures.slice(0, 20), `seed ${seed}: ${failures.length} failures`).toEqual([]);
    expect(unexpected.map((e) => String(e)).slice(0, 5), `seed ${seed}: errors logged as 500`).toEqual([]);

    // Still up: health answers and a real query works.
    expect((await api.get('/api/health')).status).toBe(200);
    expect((await api.get('/api/search?q=gosta')).status).toBe(200);

    // Heap: after the first round (warm: caches, compiled code, connection pool) it must not keep
    // growing. A leak of a few hundred bytes per request would pass; one of 20 KB per request
    // (a kept body or reply) would not. Measured after gc(), so it is live memory, not garbage.
    const growth = heaps[rounds - 1]! - heaps[0]!;
    expect(growth, `heap grew by ${mb(growth)} from round 1 to round ${rounds} (${heaps.map(mb).join(', ')})`).toBeLessThan(10 * 2 ** 20);
  });
});
