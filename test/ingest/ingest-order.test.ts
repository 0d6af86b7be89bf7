// Order independence with incremental evidence: a bare given name that no document resolves
// yet is kept, and resolved when a later document names the person in full — whichever order
// the files are ingested in, one by one or together, the graph is the same.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { buildRegistry } from '../../ingest/registry.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { testTarget } from '../support/neo4j.ts';

const registry = buildRegistry({ nicknames: {}, organisations: [], persons: [], groups: [], projects: [], notPersons: [], keepApart: [] });
const quiet = { stage: () => {}, warn: () => {} };
const dir = mkdtempSync(path.join(tmpdir(), 'minutes-order-'));
const early = path.join(dir, 'early.txt');
const late = path.join(dir, 'late.txt');
writeFileSync(early, 'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\n\nBudget\n\nKerstin har förhinder.\n');
writeFileSync(late, 'Styrgrupp 7 april 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nKerstin Lind, Kompassen\n');

let driver: Driver;
let gateway: Gateway;

async function graphAfter(...batches: string[][]): Promise<string> {
  await gateway.write('delete-graph', {});
  for (const files of batches) await ingestFiles(gateway, files, registry, quiet);
  return formatGraphDump(await dumpGraph(gateway));
}

beforeAll(() => {
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database: testTarget().database });
});

afterAll(async () => {
  await gateway.write('delete-graph', {});
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a given name resolved by a later document', () => {
  it('stays out of the graph as a person while nothing resolves it', async () => {
    const dump = await graphAfter([early]);
    expect(dump).not.toMatch(/Person.*Kerstin/);
  });

  it('gives the same graph in either order, one at a time or together, with the absence on the person', async () => {
    const together = await graphAfter([early, late]);
    expect(await graphAfter([early], [late])).toBe(together);
    expect(await graphAfter([late], [early])).toBe(together);
    const absent = await gateway.read('dump-relationships', {});
    const kerstin = absent.filter((r) => r.type === 'ATTENDED' && r.fromId === 'person:kerstin lind');
    expect(kerstin.map((r) => r.props.present).sort()).toEqual([false, true]);
  });
});
