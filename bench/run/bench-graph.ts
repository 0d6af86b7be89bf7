// The graph the Neo4j sections share: a driver on the bench's Neo4j, the bench's own Cypher
// (bench/cypher/<name>.cypher, loaded by name), a generated corpus on disk, and the graph
// holding that corpus once ingested, so the API section reuses the ingest section's graph.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { ingestFiles, type IngestOptions, type IngestResult } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { createDriver, type Neo4jTarget } from '../../server/neo4j/connect.ts';
import { manifestName, writeCorpus } from '../generate/write-corpus.ts';
import type { BenchContext } from './context.ts';

const cypherDir = path.join(import.meta.dirname, '..', 'cypher');
const texts = new Map<string, string>();

/** The text of bench/cypher/<name>.cypher. */
export function benchQuery(name: string): string {
  let text = texts.get(name);
  if (text === undefined) {
    const file = path.join(cypherDir, `${name}.cypher`);
    if (!existsSync(file)) throw new Error(`bench: no query '${name}' (${file})`);
    texts.set(name, (text = readFileSync(file, 'utf8')));
  }
  return text;
}

export interface BenchGraph {
  readonly target: Neo4jTarget;
  readonly driver: Driver;
  /** The project's gateway, with a timeout long enough for the bench's big transactions. */
  readonly gateway: Gateway;
  /** Runs a bench query in one managed write transaction; returns its rows. */
  write(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  read(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A driver on the bench's Neo4j; `uri` replaces its address (e.g. neo4j:// for the routing driver). */
export async function openGraph(ctx: BenchContext, uri?: string): Promise<BenchGraph> {
  const target = { ...(await ctx.neo4j()), ...(uri ? { uri } : {}) };
  const driver = createDriver(target);
  const run = (mode: 'READ' | 'WRITE') => async (name: string, params: Record<string, unknown>) => {
    const session = driver.session({ database: target.database, defaultAccessMode: mode });
    const config = { timeout: 600_000, metadata: { app: 'minutes-graph-bench', query: name } };
    try {
      const work = async (tx: neo4j.ManagedTransaction) => (await tx.run(benchQuery(name), toCypher(params) as Record<string, unknown>)).records.map((r) => fromCypher(r.toObject()) as Record<string, unknown>);
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  };
  return {
    target,
    driver,
    gateway: createGateway(driver, { database: target.database, timeoutMs: 600_000 }),
    write: run('WRITE'),
    read: run('READ'),
    close: () => driver.close(),
  };
}

/** Deletes every node and relationship, a batch at a time; constraints and indexes stay. */
export async function clearGraph(graph: BenchGraph): Promise<void> {
  while (Number((await graph.write('delete-relationships-batch', { limit: 50_000 }))[0]?.deleted ?? 0) > 0);
  while (Number((await graph.write('delete-graph-batch', { limit: 20_000 }))[0]?.deleted ?? 0) > 0);
  holding = null;
}

/** The corpus of `docs` documents written to a temporary folder (kept for the next run with the same size and seed). */
export function corpusOnDisk(ctx: BenchContext, docs: number): { dir: string; minutes: string; registry: string } {
  const dir = path.join(tmpdir(), `minutes-graph-bench-${docs}-seed${ctx.seed}`);
  const manifest = path.join(dir, manifestName);
  const same = existsSync(manifest) && (() => {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { docs: number; seed: number };
    return m.docs === docs && m.seed === ctx.seed;
  })();
  if (!same) {
    ctx.progress.step(`writing ${docs} generated documents to ${dir}`);
    writeCorpus(dir, { docs, seed: ctx.seed }, ctx.progress.count);
  }
  return { dir, minutes: path.join(dir, 'minutes'), registry: path.join(dir, 'registry.yaml') };
}

let holding: { uri: string; docs: number; seed: number } | null = null;

export interface TimedIngest {
  readonly result: IngestResult;
  readonly seconds: number;
  /** Seconds until the last document was read, then extracted; the rest is resolve + load. */
  readonly phases: { readonly read: number; readonly extract: number; readonly resolveAndLoad: number };
}

/** Clears the graph and ingests the corpus of `docs` documents through ingestFiles, timed. */
export async function ingestCorpus(ctx: BenchContext, graph: BenchGraph, docs: number, options: IngestOptions = {}): Promise<TimedIngest> {
  const corpus = corpusOnDisk(ctx, docs);
  const registry = await loadRegistry(corpus.registry);
  await clearGraph(graph);
  ctx.progress.step(`ingesting ${docs} documents into ${graph.target.uri}${options.workers ? ` with ${options.workers} worker(s)` : ''}`);
  const marks: Record<string, number> = {};
  const t0 = performance.now();
  const result = await ingestFiles(graph.gateway, [corpus.minutes], registry, {
    stage: (name, done, total) => {
      if (done === total) marks[name] = performance.now();
      if (name === 'extract') ctx.progress.count(done, total);
    },
    warn: () => {},
  }, options);
  const end = performance.now();
  holding = { uri: graph.target.uri, docs, seed: ctx.seed };
  const read = ((marks.read ?? t0) - t0) / 1000;
  const extract = ((marks.extract ?? t0) - (marks.read ?? t0)) / 1000;
  return { result, seconds: (end - t0) / 1000, phases: { read, extract, resolveAndLoad: (end - (marks.extract ?? t0)) / 1000 } };
}

/** Makes sure the graph holds the corpus of `docs` documents (ingesting it when another section left something else). */
export async function ensureIngested(ctx: BenchContext, graph: BenchGraph, docs: number): Promise<void> {
  if (holding && holding.uri === graph.target.uri && holding.docs === docs && holding.seed === ctx.seed) return;
  await ingestCorpus(ctx, graph, docs);
}

// Offsets and counts go to Cypher as INTEGER, as the gateway sends them (else `start: 63.0`).
export function toCypher(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypher);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  return value;
}

function fromCypher(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(fromCypher);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCypher(v)]));
  return value;
}
