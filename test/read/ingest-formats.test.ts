// Integration: one good file of each format and encoding, and the bad ones, into the test
// Neo4j. Each good file gives its meeting with both attendees; each bad one one problem and
// nothing in the graph.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { ingestFiles, type IngestResult } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { testTarget } from '../support/neo4j.ts';
import { badFiles } from './bad-files.ts';
import { buildDocx, buildTextPdf, minutesHtml, minutesText } from './build-fixtures.ts';

const quiet = { stage: () => {}, warn: () => {} };
const dir = mkdtempSync(path.join(tmpdir(), 'minutes-formats-'));
// Each file its own day, so each is its own meeting (and its own document id).
const good: Record<string, [number, () => Promise<Buffer> | Buffer]> = {
  'utf8.txt': [3, () => Buffer.from(minutesText(3))],
  'notes.md': [4, () => Buffer.from(minutesText(4).replace(/\n/g, '\r\n'))],
  'page.html': [5, () => Buffer.from(minutesHtml(5))],
  'report.docx': [6, () => buildDocx(6)],
  'scan-with-text.pdf': [7, () => buildTextPdf(7)],
  'latin1.txt': [8, () => iconv.encode(minutesText(8), 'latin1')],
  'utf16.txt': [9, () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(minutesText(9), 'utf-16le')])],
};

let driver: Driver;
let gateway: Gateway;
let result: IngestResult;
let bad: Awaited<ReturnType<typeof badFiles>>;

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session({ database: testTarget().database, defaultAccessMode: 'READ' });
  try {
    return (await session.executeRead((tx) => tx.run(cypher, params))).records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database: testTarget().database });
  bad = await badFiles();
  for (const [name, [, build]] of Object.entries(good)) writeFileSync(path.join(dir, name), await build());
  for (const [name, { bytes }] of Object.entries(bad)) writeFileSync(path.join(dir, name), bytes);
  await gateway.write('delete-graph', {});
  result = await ingestFiles(gateway, [dir], await loadRegistry(loadConfig().registryPath), quiet);
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  // Leave the graph as the other graph tests' seeds would.
  if (gateway) {
    const seeds = path.join(projectRoot, 'seeds');
    await gateway.write('delete-graph', {});
    await ingestFiles(gateway, [seeds], await loadRegistry(loadConfig().registryPath), quiet);
  }
  await driver?.close();
});

describe('ingesting every format', () => {
  it('stores one Document per good file, with its original format', async () => {
    const docs = await rows<{ path: string; format: string }>('MATCH (d:Document) RETURN d.path AS path, d.format AS format');
    expect(docs.map((d) => [path.basename(d.path), d.format]).sort()).toEqual(
      Object.keys(good).map((name) => [name, path.extname(name).slice(1)]).sort(),
    );
  });

  it('gives each good file its meeting, attended by both persons', async () => {
    const meetings = await rows<{ path: string; date: string; persons: string[] }>(
      'MATCH (m:Meeting)-[:RECORDED_IN]->(d:Document) OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m) RETURN d.path AS path, m.date AS date, collect(p.name) AS persons',
    );
    expect(meetings).toHaveLength(Object.keys(good).length);
    for (const m of meetings) {
      const [day] = good[path.basename(m.path)]!;
      expect({ file: path.basename(m.path), date: String(m.date), persons: [...m.persons].sort() }).toEqual({
        file: path.basename(m.path), date: `2019-03-0${day}`, persons: ['Lars Ekdahl', 'Maja Ruud'],
      });
    }
  });

  it('has the two persons once each, with å ä ö intact in what they are members of', async () => {
    const persons = await rows<{ name: string }>('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(persons.map((p) => p.name)).toEqual(['Lars Ekdahl', 'Maja Ruud']);
    const orgs = await rows<{ name: string }>('MATCH (:Person)-[:MEMBER_OF]->(o) RETURN DISTINCT o.name AS name ORDER BY name');
    expect(orgs.map((o) => o.name.toLowerCase())).toEqual(['fontänhuset', 'kulturförvaltningen']);
  });

  it('reports each bad file once, with its reason, and stores nothing of it', async () => {
    expect(result.problems.map((p) => [path.basename(p.path), p.reason]).sort()).toEqual(Object.entries(bad).map(([name, { reason }]) => [name, reason]).sort());
  });
});
