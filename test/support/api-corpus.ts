// The API over a corpus of the test's choosing (api.ts's start() serves the seeds only): the
// test Neo4j is cleared, the files ingested, and the app built with the options the test needs
// (a low or high search limit, the console's own limit, the built explorer or not).
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { createApp, type AppOptions } from '../../server/app.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { createCypherConsole } from '../../server/console/run-console.ts';
import { listen } from '../../server/http.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { ensureWebBuilt } from '../../server/web-build.ts';
import { clientFor, type ApiClient } from './api.ts';
import { testTarget } from './neo4j.ts';

export interface CorpusOptions {
  /** Minutes to ingest (absolute paths); default: the seeds. */
  readonly files?: readonly string[];
  /** Serve the built explorer (web/dist, rebuilt when stale) too. */
  readonly explorer?: boolean;
  /** The console's queries per client per minute (default: the console's own). */
  readonly consolePerMinute?: number;
  /** More options for createApp (e.g. searchPerMinute). */
  readonly app?: Partial<AppOptions>;
}

export interface CorpusApi extends ApiClient {
  readonly gateway: Gateway;
  readonly files: readonly string[];
}

const quiet = { stage: () => {}, warn: () => {} };

export function seedFiles(): string[] {
  const { seedsDir } = loadConfig();
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
}

export async function apiOnCorpus(options: CorpusOptions = {}): Promise<CorpusApi> {
  const cfg = loadConfig();
  let webRoot: string | null = null;
  if (options.explorer) {
    const webDir = path.join(projectRoot, 'web');
    await ensureWebBuilt(webDir, () => {});
    webRoot = path.join(webDir, 'dist');
  }
  const target = testTarget();
  const driver = createDriver(target);
  const gateway = createGateway(driver, { database: target.database });
  const files = options.files ?? seedFiles();
  // Merges and splits made by a test go to a copy of the registry, never to seeds/registry.yaml.
  const registryPath = path.join(mkdtempSync(path.join(tmpdir(), 'minutes-registry-')), 'registry.yaml');
  copyFileSync(cfg.registryPath, registryPath);
  await gateway.write('delete-graph', {});
  await ingestFiles(gateway, files, await loadRegistry(registryPath), quiet);
  const cypherConsole = createCypherConsole(driver, { database: target.database, perMinute: options.consolePerMinute });
  const app = createApp({ gateway, webRoot, version: 'test', logError: () => {}, write: { registryPath, token: null }, console: cypherConsole, ...options.app });
  const client = clientFor(await listen(app, '127.0.0.1', 0), () => driver.close(), registryPath);
  return { ...client, gateway, files };
}
