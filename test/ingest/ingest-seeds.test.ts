// Integration: the five seed minutes into a real Neo4j; the graph agrees with the gold's
// corpus facts; ingest is idempotent and independent of order.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump, graphCounts } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { testTarget } from '../support/neo4j.ts';

const seedsDir = path.join(projectRoot, 'seeds');
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
const corpus = JSON.parse(readFileSync(path.resolve(projectRoot, '../shared/eval/seeds-gold/corpus.json'), 'utf8'));
const quiet = { stage: () => {}, warn: () => {} };

let driver: Driver;
let gateway: Gateway;

async function clear(): Promise<void> {
  await gateway.write('delete-graph', {});
}

async function ingest(files: readonly string[]): Promise<void> {
  await ingestFiles(gateway, files, await loadRegistry(loadConfig().registryPath), quiet);
}

/** A small read of the graph through the gateway's driver session, for assertions only. */
async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session({ database: testTarget().database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database: testTarget().database });
  await clear();
  await ingest(seedFiles);
});

afterAll(async () => {
  await driver?.close();
});

describe('the seeds in the graph agree with the gold corpus facts', () => {
  it(`has ${corpus.distinctPersons} Person nodes`, async () => {
    expect((await graphCounts(gateway)).nodes.Person).toBe(corpus.distinctPersons);
  });

  it('holds the same-person pairs as one node and the different-person pairs as two', async () => {
    const people = await rows<{ name: string; aliases: string[] }>('MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases');
    const nodeOf = (name: string) => people.filter((p) => p.name === name || p.aliases.includes(name) || (!name.includes(' ') && p.name.split(' ')[0] === name)).map((p) => p.name);
    for (const [a, b] of corpus.samePerson as [string, string][]) expect(nodeOf(b)).toEqual(nodeOf(a));
    for (const [a, b] of corpus.differentPersons as [string, string][]) {
      expect(nodeOf(a)).toHaveLength(1);
      expect(nodeOf(b)).toHaveLength(1);
      expect(nodeOf(a)).not.toEqual(nodeOf(b));
    }
  });

  it('has the groups holding their meetings', async () => {
    const held = await rows<{ group: string; aliases: string[]; meetings: number }>(
      'MATCH (g:Group)-[:HELD]->(m:Meeting) RETURN g.name AS group, g.aliases AS aliases, count(DISTINCT m) AS meetings',
    );
    const counts = Object.fromEntries(held.map((h) => [h.group, Number(h.meetings)]));
    expect(counts).toEqual(corpus.meetingsPerGroup);
  });

  it('counts attendances per person as the gold does', async () => {
    const attended = await rows<{ name: string; n: number }>(
      'MATCH (p:Person) OPTIONAL MATCH (p)-[a:ATTENDED {present: true}]->(:Meeting) RETURN p.name AS name, count(a) AS n',
    );
    const counts = Object.fromEntries(attended.map((r) => [r.name, Number(r.n)]));
    for (const [name, n] of Object.entries(corpus.attendanceCounts)) expect({ name, n: counts[name] }).toEqual({ name, n });
  });

  it('carries doc and span on every relationship that comes from text', async () => {
    const [missing] = await rows<{ n: number }>(
      "MATCH ()-[r]->() WHERE r.doc IS NULL OR (type(r) <> 'RECORDED_IN' AND (r.start IS NULL OR r.end IS NULL)) RETURN count(r) AS n",
    );
    expect(Number(missing!.n)).toBe(0);
  });
});

describe('ingest is idempotent and order-independent', () => {
  it('changes nothing when the seeds are ingested again', async () => {
    const before = formatGraphDump(await dumpGraph(gateway));
    await ingest(seedFiles);
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(before);
  });

  it('gives the same graph when the corpus is kept packed while it is resolved', async () => {
    const asObjects = formatGraphDump(await dumpGraph(gateway));
    await clear();
    await ingestFiles(gateway, seedFiles, await loadRegistry(loadConfig().registryPath), quiet, { packAbove: 0 });
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(asObjects);
    // A packed ingest over stored documents: their cached extractions go in without parsing.
    await ingestFiles(gateway, seedFiles.slice(0, 1), await loadRegistry(loadConfig().registryPath), quiet, { packAbove: 0 });
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(asObjects);
  });

  it('gives the same graph one file at a time in reverse order as all at once', async () => {
    const together = formatGraphDump(await dumpGraph(gateway));
    await clear();
    for (const file of [...seedFiles].reverse()) await ingest([file]);
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(together);
  });
});

describe('a graph stored before Meeting.sortDate', () => {
  it('is counted for serve to warn about, and the next ingest brings it up to date', async () => {
    expect(await gateway.read('count-meetings-without-sort-date', {})).toEqual([{ meetings: 0 }]);
    const write = (cypher: string) => driver.executeQuery(cypher, {}, { database: testTarget().database });
    await write('MATCH (m:Meeting) REMOVE m.sortDate');
    const dated = await rows<{ n: number }>('MATCH (m:Meeting) WHERE m.date IS NOT NULL OR m.dateFrom IS NOT NULL RETURN count(m) AS n');
    expect(Number(dated[0]!.n)).toBeGreaterThan(0);
    expect(await gateway.read('count-meetings-without-sort-date', {})).toEqual([{ meetings: Number(dated[0]!.n) }]);
    // The old graph's facts hashes are those of today's, so only a changed hash reloads a
    // document: forget them as an older version would have stored them.
    await write('MATCH (d:Document) SET d.factsHash = "from-an-earlier-version"');
    await ingest(seedFiles);
    expect(await gateway.read('count-meetings-without-sort-date', {})).toEqual([{ meetings: 0 }]);
  });
});

describe('an edited file', () => {
  it('replaces its stored version instead of standing beside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-edit-'));
    const file = path.join(dir, 'minutes.txt');
    try {
      await clear();
      writeFileSync(file, readFileSync(seedFiles[0]!, 'utf8'));
      await ingest([file]);
      const before = await rows<{ id: string }>('MATCH (d:Document) RETURN d.id AS id');
      writeFileSync(file, `${readFileSync(seedFiles[0]!, 'utf8')}\nÖvrigt\n\nInget mer togs upp.\n`);
      await ingest([file]);
      const after = await rows<{ id: string; text: string }>('MATCH (d:Document) RETURN d.id AS id, d.text AS text');
      expect(before).toHaveLength(1);
      expect(after).toHaveLength(1);
      expect(after[0]!.id).not.toBe(before[0]!.id);
      expect(after[0]!.text).toContain('Inget mer togs upp.');
      expect(await rows('MATCH ()-[r]->() WHERE r.doc = $doc RETURN r', { doc: before[0]!.id })).toEqual([]);
      expect((await graphCounts(gateway)).nodes.Meeting).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await clear();
      await ingest(seedFiles);
    }
  });
});
