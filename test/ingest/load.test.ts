// Integration: the load stage against a real Neo4j (no mocks), with hand-made documents.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createGateway } from '../../cypher/gateway.ts';
import { queries, queryText } from '../../cypher/registry.ts';
import type { QueryName } from '../../cypher/registry.ts';
import type { Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump, graphCounts } from '../../ingest/graph-dump.ts';
import { loadCorpus, readStoredDocuments, removeDocuments } from '../../ingest/load.ts';
import type { GraphDocument } from '../../ingest/types.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { loadConfig } from '../../server/config.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { testTarget } from '../support/neo4j.ts';
import { anna, bo, docA, docAChanged, docB, docC, factsOf, graphDocument, project } from './load-fixtures.ts';

let driver: Driver;
let gateway: Gateway;
const warnings: string[] = [];
const report = { warn: (message: string) => void warnings.push(message) };
const fixedClock = (iso: string) => () => new Date(iso);

let database: string | undefined;

beforeAll(() => {
  database = testTarget().database;
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database });
});

afterAll(async () => {
  await driver?.close();
});

beforeEach(async () => {
  await gateway.write('delete-graph', {});
  warnings.length = 0;
});

const loadAll = (docs: readonly GraphDocument[], now = '2024-01-01T00:00:00Z') =>
  loadCorpus(gateway, docs, report, { now: fixedClock(now) });

async function freshDump(docs: readonly GraphDocument[]) {
  await gateway.write('delete-graph', {});
  await loadAll(docs);
  return dumpGraph(gateway);
}

describe('loadCorpus', () => {
  it('creates the nodes and facts of each document, with doc, start and end on every fact', async () => {
    const summary = await loadAll([docA(), docB(), docC()]);
    expect(summary).toMatchObject({ documentsLoaded: 3, documentsUnchanged: 0, orphansDeleted: 0 });
    expect(summary.relationshipsCreated).toBe(8 + 9 + 2);
    const counts = await graphCounts(gateway);
    expect(counts.nodes).toEqual({
      Person: 3, Organisation: 1, Group: 1, Project: 1, Event: 0, Place: 0, Meeting: 2, Document: 3,
    });
    expect(counts.relationships).toEqual({
      ATTENDED: 4, MEMBER_OF: 1, WORKS_ON: 1, TAKES_PART_IN: 1, HELD: 2, RECORDED_IN: 2, DISCUSSED: 1, MENTIONS: 7,
    });
    expect(summary.nodesCreated).toBe(3 + 1 + 1 + 1 + 2 + 3);

    const dump = await dumpGraph(gateway);
    expect(dump.relationships.every((r) => typeof r.props.doc === 'string' && 'start' in r.props === 'end' in r.props)).toBe(true);
    expect(dump.relationships).toContainEqual({
      type: 'ATTENDED', from: anna.id, to: 'meeting:2016-04-04 gemensam utvecklingsgrupp',
      props: { doc: 'doc:aaaa000000000001', end: 46, present: true, role: 'chair', start: 33 },
    });
    expect(dump.nodes).toContainEqual({ label: 'Person', id: bo.id, props: { aliases: ['Bosse Pettersson'], name: 'Bo Pettersson' } });
    expect(warnings).toEqual([]);
  });

  it('stores offsets as Cypher INTEGER, not FLOAT', async () => {
    await loadAll([docA()]);
    const { records } = await driver.executeQuery('MATCH ()-[r:MENTIONS]->() RETURN DISTINCT valueType(r.start) AS type', {}, { database });
    expect(records.map((record) => record.get('type'))).toEqual(['INTEGER NOT NULL']);
  });

  it('changes nothing when the same documents are loaded again, not even ingestedAt', async () => {
    await loadAll([docA(), docB(), docC()], '2024-01-01T00:00:00Z');
    const before = formatGraphDump(await dumpGraph(gateway, { withIngestedAt: true }));
    const countsBefore = await graphCounts(gateway);
    const again = await loadAll([docC(), docA(), docB()], '2025-06-01T00:00:00Z');
    expect(again).toMatchObject({
      documentsLoaded: 0, documentsUnchanged: 3, nodesCreated: 0, relationshipsCreated: 0,
      relationshipsDeleted: 0, propertiesSet: 0, orphansDeleted: 0,
    });
    expect(formatGraphDump(await dumpGraph(gateway, { withIngestedAt: true }))).toBe(before);
    expect(await graphCounts(gateway)).toEqual(countsBefore);
  });

  it('gives the same graph when the documents are loaded one at a time, in reverse order', async () => {
    const together = await freshDump([docA(), docB(), docC()]);
    await gateway.write('delete-graph', {});
    for (const doc of [docC(), docB(), docA()]) await loadAll([doc]);
    expect(await dumpGraph(gateway)).toEqual(together);
  });

  it('replaces exactly the facts of a changed document and leaves the others', async () => {
    const expected = await freshDump([docAChanged(), docB(), docC()]);
    await gateway.write('delete-graph', {});
    await loadAll([docA(), docB(), docC()]);
    const summary = await loadAll([docAChanged(), docB(), docC()]);
    expect(summary).toMatchObject({ documentsLoaded: 1, documentsUnchanged: 2, loadedDocumentIds: ['doc:aaaa000000000001'] });
    const dump = await dumpGraph(gateway);
    expect(dump).toEqual(expected);
    const factsOfB = (d: typeof dump) => d.relationships.filter((r) => r.props.doc === 'doc:bbbb000000000002');
    expect(factsOfB(dump)).toHaveLength(9);
  });

  it('deletes nodes that no fact refers to any more', async () => {
    await loadAll([docA(), docB()]);
    const summary = await loadAll([docAChanged(), docB()]);
    expect(summary.orphansDeleted).toBe(1);
    const dump = await dumpGraph(gateway);
    expect(dump.nodes.map((node) => node.id)).not.toContain(anna.id);
    expect(dump.nodes.map((node) => node.id)).toContain(bo.id);
  });

  it('gives the same graph and summary whether each document has a transaction of its own or all share one', async () => {
    const oneBatch = await loadAll([docA(), docB(), docC()]);
    const together = await dumpGraph(gateway);
    await gateway.write('delete-graph', {});
    const apart = await loadCorpus(gateway, [docA(), docB(), docC()], report, { now: fixedClock('2024-01-01T00:00:00Z'), batch: { records: 1, chars: 1 } });
    expect(await dumpGraph(gateway)).toEqual(together);
    // A node several documents define is set once per batch: fewer property writes in one batch.
    const { propertiesSet: setApart, ...apartRest } = apart;
    const { propertiesSet: setTogether, ...togetherRest } = oneBatch;
    expect(apartRest).toEqual(togetherRest);
    expect(setTogether).toBeLessThan(setApart);
  });

  it('loads documents from any iterable in the order it gives, e.g. a generator', async () => {
    const expected = await freshDump([docA(), docB(), docC()]);
    await gateway.write('delete-graph', {});
    function* docs() {
      yield docA();
      yield docB();
      yield docC();
    }
    const summary = await loadCorpus(gateway, docs(), report, { now: fixedClock('2024-01-01T00:00:00Z'), batch: { records: 12, chars: 1e9 } });
    expect(summary.loadedDocumentIds).toEqual(['doc:aaaa000000000001', 'doc:bbbb000000000002', 'doc:cccc000000000003']);
    expect(await dumpGraph(gateway)).toEqual(expected);
  });

  it('keeps the batches already committed when a later batch fails, and nothing of the failed one', async () => {
    const onlyA = await freshDump([docA()]);
    await gateway.write('delete-graph', {});
    const b = docB();
    const self = { label: 'Document', id: b.document.id } as const;
    const unstorable = { ...factsOf(b.document.id)('MENTIONS', self, project), props: { doc: b.document.id, text: { nested: true } } };
    const broken = graphDocument(b.document.id, b.document.path, b.document.text, [...b.nodes, project], [...b.facts, unstorable as never]);
    const apart = { now: fixedClock('2024-01-01T00:00:00Z'), batch: { records: 1, chars: 1 } };
    await expect(loadCorpus(gateway, [docA(), broken], report, apart)).rejects.toThrow(/create-mentions-project-facts/);
    expect(await dumpGraph(gateway)).toEqual(onlyA);
  });

  it('rolls a document back entirely when Neo4j rejects it midway, keeping the stored version', async () => {
    await loadAll([docA(), docB()]);
    const before = await dumpGraph(gateway);
    const changed = docAChanged();
    const self = { label: 'Document', id: changed.document.id } as const;
    // The last fact carries a map, which Neo4j refuses as a property value: the failure comes
    // after the old facts were deleted and the nodes merged, inside the same transaction.
    const unstorable = { ...factsOf(changed.document.id)('MENTIONS', self, project), props: { doc: changed.document.id, text: { nested: true } } };
    const eva = { label: 'Person', id: 'person:eva lind', props: { name: 'Eva Lind', aliases: [] } } as const;
    const mentionsEva = factsOf(changed.document.id)('MENTIONS', self, eva, { text: 'Eva Lind' }, [0, 8]);
    const broken = graphDocument(changed.document.id, changed.document.path, changed.document.text,
      [...changed.nodes, project, eva], [...changed.facts, mentionsEva, unstorable as never]);
    await expect(loadAll([broken, docB()])).rejects.toThrow(/create-mentions-project-facts/);
    expect(await dumpGraph(gateway)).toEqual(before);
  });

  it('refuses a document whose fact joins a node it does not define, before writing anything', async () => {
    await loadAll([docA()]);
    const before = await dumpGraph(gateway);
    const b = docB();
    const dangling = factsOf(b.document.id)('MEMBER_OF', bo, { label: 'Organisation', id: 'organisation:nowhere' });
    const broken = graphDocument(b.document.id, b.document.path, b.document.text, b.nodes as never, [...b.facts, dangling]);
    await expect(loadAll([broken, docC()])).rejects.toThrow(/doc:bbbb000000000002.*organisation:nowhere, which the document does not define/);
    expect(await dumpGraph(gateway)).toEqual(before);
  });
});

describe('readStoredDocuments', () => {
  it('returns every stored document with its text and cached extraction', async () => {
    const docs = [docB(), docA()];
    await loadAll(docs);
    const stored = await readStoredDocuments(gateway);
    expect(stored).toEqual(
      [docA(), docB()].map((doc) => ({ ...doc.document, extraction: doc.extractionJson, extractorVersion: doc.extractorVersion })),
    );
  });
});

describe('removeDocuments', () => {
  it('removes a document, its facts and the nodes only it referred to', async () => {
    const expected = await freshDump([docB(), docC()]);
    await gateway.write('delete-graph', {});
    await loadAll([docA(), docB(), docC()]);
    const summary = await removeDocuments(gateway, ['doc:aaaa000000000001']);
    expect(summary).toEqual({ documentsRemoved: 1, relationshipsDeleted: 8, orphansDeleted: 2 });
    expect(await dumpGraph(gateway)).toEqual(expected);
  });
});

describe('every named query', () => {
  // Neo4j warns about property names no node has ever carried: load real minutes first, so
  // that every property the pipeline writes (an undated meeting's dateFrom …) is known.
  beforeAll(async () => {
    const seeds = readdirSync(loadConfig().seedsDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(loadConfig().seedsDir, f));
    await ingestFiles(gateway, seeds, await loadRegistry(loadConfig().registryPath), { stage: () => {}, warn: () => {} });
  });

  it.each(Object.keys(queries) as QueryName[])('%s compiles on this Neo4j without warnings', async (name) => {
    const params = Object.fromEntries(queries[name].params.map((param) => [param, null]));
    const { summary } = await driver.executeQuery(`EXPLAIN ${queryText(name)}`, params, { database });
    const warnings = summary.notifications.filter((n) => n.severityLevel === 'WARNING').map((n) => n.description);
    expect(warnings).toEqual([]);
  });
});

describe('gateway', () => {
  it('refuses parameters other than the registered ones, naming the query', async () => {
    await expect(gateway.write('delete-document', { doc: 'x', extra: 1 } as never)).rejects.toThrow(
      "query 'delete-document' takes parameters [doc], got [doc, extra]",
    );
  });

  it('commits nothing of a transaction whose work throws', async () => {
    await expect(
      gateway.writeTransaction(async (tx) => {
        await tx.run('merge-person-nodes', { rows: [{ id: bo.id, props: { id: bo.id, name: 'Bo' } }] });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await graphCounts(gateway)).nodes.Person).toBe(0);
  });
});
