// The API over the seeds: ingests seeds/ into the test Neo4j (clearing it first, as other graph
// tests leave their own data), builds the app and listens on a free loopback port.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { listen, type Listening } from '../../server/http.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { ensureWebBuilt } from '../../server/web-build.ts';
import { testTarget } from './neo4j.ts';

export interface Reply<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface ApiClient {
  readonly url: string;
  /** GETs a path (already URL-encoded where needed) and parses the JSON body. */
  get<T = unknown>(path: string): Promise<Reply<T>>;
  close(): Promise<void>;
}

const quiet = { stage: () => {}, warn: () => {} };

export function clientFor(listening: Listening, onClose: () => Promise<void> = async () => {}): ApiClient {
  return {
    url: listening.url,
    async get<T>(p: string) {
      const response = await fetch(`${listening.url}${p}`);
      return { status: response.status, headers: response.headers, body: (await response.json()) as T };
    },
    async close() {
      await listening.close();
      await onClose();
    },
  };
}

let started: Promise<ApiClient> | null = null;

/** One API over the seeds per test file (vitest gives each file its own module instance). */
export function apiOnSeeds(): Promise<ApiClient> {
  started ??= start(null);
  return started;
}

/** The API and the built explorer (web/dist, rebuilt when stale) over the seeds. */
export async function explorerOnSeeds(): Promise<ApiClient> {
  const webDir = path.join(projectRoot, 'web');
  await ensureWebBuilt(webDir, () => {});
  started ??= start(path.join(webDir, 'dist'));
  return started;
}

async function start(webRoot: string | null): Promise<ApiClient> {
  const cfg = loadConfig();
  const driver: Driver = createDriver(testTarget());
  const gateway: Gateway = createGateway(driver, { database: testTarget().database });
  const files = readdirSync(cfg.seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(cfg.seedsDir, f));
  await gateway.write('delete-graph', {});
  await ingestFiles(gateway, files, await loadRegistry(cfg.registryPath), quiet);
  const app = createApp({ gateway, webRoot, version: 'test', logError: () => {} });
  return clientFor(await listen(app, '127.0.0.1', 0), () => driver.close());
}

/** Path segments are URL-encoded: ids hold ':' , spaces and Swedish letters. */
export const enc = encodeURIComponent;
