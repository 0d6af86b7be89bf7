// The API over the seeds: ingests seeds/ into the test Neo4j (clearing it first, as other graph
// tests leave their own data), builds the app and listens on a free loopback port.
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { createApp } from '../../server/app.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { createCypherConsole } from '../../server/console/run-console.ts';
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
  /** POSTs a JSON body (merge, split); `headers` add to or replace the JSON content type. */
  post<T = unknown>(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  close(): Promise<void>;
  /** The registry this server writes merges and splits to: a copy of seeds/registry.yaml. */
  readonly registryPath: string;
}

const quiet = { stage: () => {}, warn: () => {} };

export function clientFor(listening: Listening, onClose: () => Promise<void> = async () => {}, registryPath = ''): ApiClient {
  const reply = async <T>(response: Response): Promise<Reply<T>> => ({ status: response.status, headers: response.headers, body: (await response.json()) as T });
  return {
    url: listening.url,
    registryPath,
    get: async <T>(p: string) => reply<T>(await fetch(`${listening.url}${p}`)),
    async post<T>(p: string, body: unknown, headers: Record<string, string> = {}) {
      const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
      return reply<T>(await fetch(`${listening.url}${p}`, init));
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
  // Merges and splits made by a test go to a copy of the registry, never to seeds/registry.yaml.
  const registryPath = path.join(mkdtempSync(path.join(tmpdir(), 'minutes-registry-')), 'registry.yaml');
  copyFileSync(cfg.registryPath, registryPath);
  await gateway.write('delete-graph', {});
  await ingestFiles(gateway, files, await loadRegistry(registryPath), quiet);
  const cypherConsole = createCypherConsole(driver, { database: testTarget().database });
  const app = createApp({ gateway, webRoot, version: 'test', logError: () => {}, write: { registryPath, token: null }, console: cypherConsole });
  return clientFor(await listen(app, '127.0.0.1', 0), () => driver.close(), registryPath);
}

/** Path segments are URL-encoded: ids hold ':' , spaces and Swedish letters. */
export const enc = encodeURIComponent;
