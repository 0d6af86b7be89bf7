// The Neo4j and browser sections of `bench run` at their small sizes, one at a time (`--only`):
// each writes numeric figures. No timing is asserted: performance is what the command measures.
import { describe, expect, it } from 'vitest';
import { createProgress, smallSizes } from '../../bench/run/context.ts';
import { runBench } from '../../bench/run/run-bench.ts';
import { testTarget } from '../support/neo4j.ts';

const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const quiet = createProgress(() => {}, false);
const section = async (id: string) => (await runBench(smallSizes, 1, quiet, [id], testTarget())).sections[id]!.data as Record<string, any>;

describe('bench run --small, graph sections', () => {
  it('ingest-neo4j: end-to-end and raw rates, their ratio, the child ingest peak RSS', async () => {
    const d = await section('ingest-neo4j');
    for (const k of ['ingestSeconds', 'rawSeconds', 'ingestRecordsPerSecond', 'rawRecordsPerSecond', 'ratioToRaw']) expect(finite(d[k]) && d[k] > 0, k).toBe(true);
    expect(d.stored).toEqual(d.rawStored);
    expect(d.memory.exitCode).toBe(0);
    expect(d.memory.documentsStored).toBe(smallSizes.memoryDocs);
    expect(finite(d.memory.peakRssBytes) && d.memory.peakRssBytes > 0).toBe(true);
  }, 300_000);

  it('api: p50/p95/p99 and throughput of every endpoint, all answered 200', async () => {
    const d = await section('api');
    expect(d.endpoints).toHaveLength(6);
    for (const e of d.endpoints) {
      for (const k of ['p50Ms', 'p95Ms', 'p99Ms', 'requestsPerSecond']) expect(finite(e[k]), `${e.name} ${k}`).toBe(true);
      expect(e.non2xx, e.name).toBe(0);
    }
  }, 300_000);

  it('explorer: time to a laid-out network that answers a click', async () => {
    const d = await section('explorer');
    expect(d.networks.map((n: { elements: number }) => n.elements)).toEqual(smallSizes.explorerElements);
    for (const n of d.networks) for (const k of ['readyMs', 'clickMs', 'interactiveMs']) expect(finite(n[k]) && n[k] >= 0, k).toBe(true);
  }, 300_000);

  it('routing-workers: ingest and reads through neo4j://, 1 and 2 workers', async () => {
    const d = await section('routing-workers');
    expect(d.routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    expect(d.routedReadsOk).toBe(true);
    expect(finite(d.speedUp) && finite(d.extractSpeedUp)).toBe(true);
  }, 300_000);
});
