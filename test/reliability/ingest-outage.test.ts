// Ingest during a Neo4j outage, with an embedded Neo4j of this file's own (home
// .neo4j/outage-ingest, port 7711) that it stops and starts; the shared test Neo4j stays up.
// Stopped mid-load and not back in time: the command prints its retries, stops with one clear
// message and leaves no document in part; run again, it completes. Stopped before the ingest
// and back within the retries: the same command rides it out and completes.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate/write-corpus.ts';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump, type GraphDump, graphCounts } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { type Config, loadConfig, projectRoot } from '../../server/config.ts';
import { createDriver, localNeo4jTarget, type Neo4jTarget } from '../../server/neo4j/connect.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local.ts';
import { silentLog } from '../../server/neo4j/log.ts';
import { testTarget } from '../support/neo4j.ts';
import { cliEnv, finished, runCli, spawnCli } from './cli.ts';
import { halfWritten, openGraph } from './graph-checks.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-outage-'));
const port = 7711;
let cfg: Config;
let target: Neo4jTarget;
let driver: Driver;
let gateway: Gateway;
let args: string[];
let clean: GraphDump;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The command with a short retry budget, so a test outage outlasts it or not as intended. */
const env = (tries: number, firstDelayMs: number) => cliEnv(target, { MINUTES_GRAPH_INGEST_TRIES: String(tries), MINUTES_GRAPH_INGEST_RETRY_MS: String(firstDelayMs) });
const storedDocuments = async () => (await graphCounts(gateway)).nodes.Document ?? 0;

beforeAll(async () => {
  const corpus = writeCorpus(dir, { docs: 200, seed: 5 });
  const registryPath = path.join(corpus.dir, 'registry.yaml');
  const minutes = path.join(corpus.dir, 'minutes');
  args = ['ingest', '--registry', registryPath, minutes];
  // The clean graph, from the shared test Neo4j: a dump does not depend on which server holds it.
  const shared = openGraph(testTarget());
  try {
    await shared.gateway.write('delete-graph', {});
    await ingestFiles(shared.gateway, readdirSync(minutes).map((f) => path.join(minutes, f)), await loadRegistry(registryPath), { stage: () => {}, warn: () => {} });
    clean = await dumpGraph(shared.gateway);
    await shared.gateway.write('delete-graph', {});
  } finally {
    await shared.driver.close();
  }
  const base = loadConfig();
  cfg = { ...base, neo4j: { ...base.testNeo4j, homeDir: path.resolve(projectRoot, '.neo4j/outage-ingest'), boltPort: port } };
  target = localNeo4jTarget(await startLocalNeo4j(cfg, silentLog));
  driver = createDriver(target, { connectionTimeout: 2_000, connectionAcquisitionTimeout: 5_000 });
  gateway = createGateway(driver);
  await gateway.write('delete-graph', {});
}, 600_000);

afterAll(async () => {
  await driver?.close();
  if (cfg) await stopLocalNeo4j(cfg, silentLog);
  rmSync(dir, { recursive: true, force: true });
});

describe('an ingest while Neo4j is away', () => {
  it('stopped mid-load: retries, then one clear message, nothing half-written; run again, it completes', async () => {
    const child = spawnCli(args, env(3, 500));
    const outcome = finished(child);
    for (let waited = 0; (await storedDocuments()) < 20 && child.exitCode === null && waited < 300_000; waited += 200) await sleep(200);
    await stopLocalNeo4j(cfg, silentLog);
    const failed = await outcome;
    console.info(`outage mid-load, what the command said:\n${failed.stderr}`);

    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:7711: .+; try 2 of 3 in 0\.5 s$/m);
    expect(failed.stderr).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:7711: .+; try 3 of 3 in 1 s$/m);
    const last = failed.stderr.trimEnd().split('\n').at(-1);
    expect(last).toMatch(
      /^minutes-graph ingest: Neo4j at bolt:\/\/127\.0\.0\.1:7711 unreachable after 3 tries over 1\.5 s \(.+\); nothing half-written \(each document is written in one transaction\); run the same ingest again to resume$/,
    );

    await startLocalNeo4j(cfg, silentLog);
    const partial = await dumpGraph(gateway);
    const stored = partial.nodes.filter((n) => n.label === 'Document').length;
    console.info(`outage mid-load: ${stored} of 200 documents stored when Neo4j stopped`);
    expect(stored).toBeGreaterThanOrEqual(20);
    expect(halfWritten(partial, clean)).toEqual([]);

    const resumed = await runCli(args, env(3, 500));
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(formatGraphDump(clean));
  }, 600_000);

  it('stopped before the ingest and back within its retries: it waits it out and completes', async () => {
    await gateway.write('delete-graph', {});
    await stopLocalNeo4j(cfg, silentLog);
    // 8 tries, waits of 1, 2, 4 … 64 s: about two minutes for Neo4j to come back.
    const child = spawnCli(args, env(8, 1_000));
    const outcome = finished(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    for (let waited = 0; !/try 2 of 8/.test(stderr) && child.exitCode === null && waited < 60_000; waited += 100) await sleep(100);
    await startLocalNeo4j(cfg, silentLog);
    const run = await outcome;

    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:7711: .*ECONNREFUSED.*; try 2 of 8 in 1 s$/m);
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(formatGraphDump(clean));
  }, 600_000);
});
