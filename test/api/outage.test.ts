// When Neo4j goes away: /api/health and every query route answer 503 with Retry-After, a plain
// message and no internals, within a few seconds. A second embedded Neo4j of its own (home
// .neo4j/outage, a free port) is started and then stopped, so the shared test Neo4j stays up.
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

beforeAll(async () => {
  const base = loadConfig();
  cfg = { ...base, neo4j: { ...base.testNeo4j, homeDir: path.resolve(projectRoot, '.neo4j/outage'), boltPort: await freePort() } };
  const local = await startLocalNeo4j(cfg, silentLog);
  // Short timings: a down server is noticed in about a second, not after the default retries.
  driver = createDriver(localNeo4jTarget(local), { connectionTimeout: 1_000, connectionAcquisitionTimeout: 2_000, maxTransactionRetryTime: 1_000 });
  const app = createApp({ gateway: createGateway(driver), webRoot: null, version: 'test', logError: () => {} });
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
