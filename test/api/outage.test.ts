// When Neo4j goes away: /api/health and every query route answer 503 with Retry-After, a plain
// message and no internals, within a few seconds — also under load, with no request left
// hanging — and the same server answers again within 5 s of Neo4j's return. A second embedded
// Neo4j of its own (home .neo4j/outage, a free port) is started, stopped and started again, so
// the shared test Neo4j stays up.
import net from 'node:net';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../cypher/gateway.ts';
import { ErrorBody, Health } from '../../server/api/shapes.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig, projectRoot, type Config } from '../../server/config.ts';
import { createDriver, localNeo4jTarget } from '../../server/neo4j/connect.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local.ts';
import { silentLog } from '../../server/neo4j/log.ts';
import { listen } from '../../server/http.ts';
import { clientFor, type ApiClient } from '../support/api.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let cfg: Config;
let driver: Driver;
let api: ApiClient;
/** What the server logged as unexpected (a 500): shown when a test fails on one. */
const logged: string[] = [];

beforeAll(async () => {
  const base = loadConfig();
  cfg = { ...base, neo4j: { ...base.testNeo4j, homeDir: path.resolve(projectRoot, '.neo4j/outage'), boltPort: await freePort() } };
  const local = await startLocalNeo4j(cfg, silentLog);
  // Short timings: a down server is noticed in about a second, not after the default retries.
  driver = createDriver(localNeo4jTarget(local), { connectionTimeout: 1_000, connectionAcquisitionTimeout: 2_000, maxTransactionRetryTime: 1_000 });
  const gateway = createGateway(driver);
  // The schema ingest would create (search needs its full-text index); the graph stays empty.
  await gateway.applySchema();
  const app = createApp({ gateway, webRoot: null, version: 'test', logError: (e) => void logged.push(e instanceof Error ? `${e.constructor.name} ${(e as { code?: string }).code ?? ''}: ${e.message}` : String(e)) });
  api = clientFor(await listen(app, '127.0.0.1', 0), () => driver.close());
});

afterAll(async () => {
  await api?.close();
  if (cfg) await stopLocalNeo4j(cfg, silentLog);
});

const noInternals = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/\n\s+at |\.ts:\d+|node_modules|Neo4jError|bolt:\/\//);

describe('Neo4j outage', () => {
  it('health is 200 while Neo4j is up', async () => {
    const { status, body } = await api.get('/api/health');
    expect(status).toBe(200);
    expect(Health.parse(body).neo4j.connected).toBe(true);
  });

  it('gives 503 with Retry-After and a plain message once it is stopped', async () => {
    await stopLocalNeo4j(cfg, silentLog);
    const started = Date.now();

    const health = await api.get('/api/health');
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);
    const h = Health.parse(health.body);
    expect(h).toMatchObject({ status: 'unavailable', neo4j: { connected: false } });
    expect(h.neo4j.message).toMatch(/Neo4j cannot be reached/);
    noInternals(health.body);

    for (const route of ['/api/search?q=bo', '/api/timelines/groups', `/api/entities/${encodeURIComponent('person:x y')}`]) {
      const reply = await api.get(route);
      expect(reply.status, route).toBe(503);
      expect(reply.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = ErrorBody.parse(reply.body);
      expect(body.error.code).toBe('neo4j_unavailable');
      expect(body.error.message).toMatch(/Neo4j cannot be reached/);
      noInternals(reply.body);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

// Routes that ask Neo4j, with inputs that pass validation: on the empty outage graph they answer
// 200 or 404 while it is up, and must answer 503 while it is down.
const loadRoutes = [
  '/api/health',
  '/api/search?q=bo',
  '/api/timelines/groups',
  '/api/timelines/projects',
  `/api/entities/${encodeURIComponent('person:x y')}`,
  `/api/entities/${encodeURIComponent('person:x y')}/neighbourhood`,
  `/api/people/${encodeURIComponent('person:x y')}/timeline`,
  `/api/documents/${encodeURIComponent('doc:0000')}`,
  '/api/networks/co-attendance',
  `/api/path?from=${encodeURIComponent('person:a b')}&to=${encodeURIComponent('person:c d')}`,
  '/api/involvement',
  `/api/groups/${encodeURIComponent('group:x y')}/attendance`,
];
/** A correctness bound, not a measurement: an answer later than this is a hang. */
const hangBoundMs = 15_000;

interface Answer {
  readonly route: string;
  readonly status: number | 'hang' | 'error';
  readonly retryAfter: string | null;
  readonly text: string;
}

async function ask(route: string): Promise<Answer> {
  try {
    const response = await fetch(`${api.url}${route}`, { signal: AbortSignal.timeout(hangBoundMs) });
    return { route, status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
  } catch (error) {
    return { route, status: (error as Error).name === 'TimeoutError' ? 'hang' : 'error', retryAfter: null, text: String(error) };
  }
}

/** `count` requests over loadRoutes, `concurrency` at a time. */
async function load(count: number, concurrency: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) answers.push(await ask(loadRoutes[next++ % loadRoutes.length]!));
    }),
  );
  return answers;
}

const unavailable = (a: Answer) => a.status === 503 && /^\d+$/.test(a.retryAfter ?? '') && /Neo4j cannot be reached/.test(a.text);

describe('Neo4j outage under load', () => {
  it('while it is down, 240 requests 24 at a time all get 503 with Retry-After, none hangs', async () => {
    const answers = await load(240, 24);
    expect(answers).toHaveLength(240);
    const wrong = answers.filter((a) => !unavailable(a));
    expect(wrong.map((a) => `${a.route}: ${a.status} ${a.text.slice(0, 120)}`)).toEqual([]);
    for (const a of answers) noInternals(a.text);
  });

  it('recovers within 5 s of Neo4j coming back, without restarting the server', async () => {
    await startLocalNeo4j(cfg, silentLog);
    const back = Date.now();
    let health = await ask('/api/health');
    while (health.status !== 200 && Date.now() - back < 5_000) {
      await new Promise((r) => setTimeout(r, 200));
      health = await ask('/api/health');
    }
    expect(health.status, health.text).toBe(200);
    // Every route, not only health: the driver's pool holds no dead connections.
    const answers = await load(loadRoutes.length * 2, 6);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 404).map((a) => `${a.route}: ${a.status} ${a.text.slice(0, 120)}`), logged.join('\n')).toEqual([]);
  });

  it('a load running while Neo4j stops gets answers (200/404, then 503), never a 500 or a hang', async () => {
    let stopped = false;
    const stopping = (async () => {
      await new Promise((r) => setTimeout(r, 300));
      await stopLocalNeo4j(cfg, silentLog);
      stopped = true;
    })();
    const answers: Answer[] = [];
    // Keep the load going until Neo4j has stopped, then one more round against the stopped server.
    while (!stopped) answers.push(...(await load(24, 12)));
    await stopping;
    const after = await load(48, 12);
    const wrong = [...answers, ...after].filter((a) => !(a.status === 200 || a.status === 404 || unavailable(a)));
    expect(wrong.map((a) => `${a.route}: ${a.status} ${a.text.slice(0, 160)}`), logged.join('\n')).toEqual([]);
    expect(after.every(unavailable)).toBe(true);
  });
});
