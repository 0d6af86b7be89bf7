// Two ingests at once over overlapping files, as two real commands and as two in-process
// ingests with drivers of their own: one waits for the other (and says so), and the graph is
// the one a single ingest of all the files gives — no duplicate node, no duplicate fact.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate/write-corpus.ts';
import type { Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry, type Registry } from '../../ingest/registry.ts';
import { testTarget } from '../support/neo4j.ts';
import { cliEnv, runCli } from './cli.ts';
import { openGraph, restoreSeeds } from './graph-checks.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-concurrent-'));
const waiting = 'another ingest is writing to this graph; waiting for it to finish';
let files: string[];
let registryPath: string;
let registry: Registry;
let single: string;
let driver: Driver;
let gateway: Gateway;

const graph = async () => formatGraphDump(await dumpGraph(gateway));

/** Every node once by id, every fact once: what a duplicate would break. */
function duplicates(dump: string): string[] {
  const lines = dump.trimEnd().split('\n').map((line) => JSON.parse(line) as { label?: string; id?: string; type?: string; from?: string; to?: string; props: Record<string, unknown> });
  const keys = lines.map((l) => (l.label ? `${l.label} ${l.id}` : `${l.type} ${l.from} ${l.to} ${JSON.stringify(l.props)}`));
  return keys.filter((key, i) => keys.indexOf(key) !== i);
}

beforeAll(async () => {
  const corpus = writeCorpus(dir, { docs: 120, seed: 11 });
  registryPath = path.join(corpus.dir, 'registry.yaml');
  registry = await loadRegistry(registryPath);
  const minutes = path.join(corpus.dir, 'minutes');
  files = readdirSync(minutes).sort().map((name) => path.join(minutes, name));
  ({ driver, gateway } = openGraph(testTarget()));
  await gateway.write('delete-graph', {});
  await ingestFiles(gateway, files, registry, { stage: () => {}, warn: () => {} });
  single = await graph();
  expect(duplicates(single)).toEqual([]);
}, 600_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (gateway) await restoreSeeds(gateway);
  await driver?.close();
});

describe('two ingests at once over overlapping files', () => {
  it('as two commands: the second waits, saying so, and the graph is the single ingest’s', async () => {
    await gateway.write('delete-graph', {});
    // Documents 0–79 and 40–119: 40 in both.
    const [a, b] = await Promise.all([
      runCli(['ingest', '--registry', registryPath, ...files.slice(0, 80)], cliEnv(testTarget())),
      runCli(['ingest', '--registry', registryPath, ...files.slice(40)], cliEnv(testTarget())),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const waited = [a, b].filter((run) => run.stderr.includes(waiting)).length;
    console.info(`two commands: ${waited} of them waited for the other`);
    expect(waited).toBeLessThanOrEqual(1);
    const dump = await graph();
    expect(duplicates(dump)).toEqual([]);
    expect(dump).toBe(single);
  }, 600_000);

  it('in one process with two drivers, over the same files: one waits, and the graph is the single ingest’s', async () => {
    await gateway.write('delete-graph', {});
    const notes: string[] = [];
    const second = openGraph(testTarget());
    try {
      const progress = { stage: () => {}, warn: () => {}, note: (message: string) => notes.push(message) };
      await Promise.all([ingestFiles(gateway, files, registry, progress), ingestFiles(second.gateway, [...files].reverse(), registry, progress)]);
    } finally {
      await second.driver.close();
    }
    expect(notes.filter((n) => n !== waiting)).toEqual([]);
    const dump = await graph();
    expect(duplicates(dump)).toEqual([]);
    expect(dump).toBe(single);
  }, 600_000);
});
