// `minutes-graph merge` and `split` against the real Neo4j: the registry file changes, the graph
// follows at once, a re-ingest keeps the decision, and a split gives back the graph as it was.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { testTarget } from '../support/neo4j.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-curate-'));
const registryPath = path.join(dir, 'registry.yaml');
const files = ['a.txt', 'b.txt'].map((f) => path.join(dir, f));
writeFileSync(files[0]!, 'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nAnna Ek, Fontänhuset\n\nBudget\n\nAnna tar fram en budget.\n');
writeFileSync(files[1]!, 'Styrgrupp 7 april 2019\n\nNärvarande\n\nLasse Ekdahl, KUF\nAnna Eek, Fontänhuset\n\nÖvrigt\n\nInget.\n');
const registryText = '# my registry\nnicknames:\n  Lasse: Lars\n';
writeFileSync(registryPath, registryText);

const quiet = { stage: () => {}, warn: () => {} };
let driver: Driver;
let gateway: Gateway;

const cli = (...args: string[]) => runCli([...args, '--registry', registryPath]);

const persons = async () => (await gateway.read('dump-nodes', {})).filter((n) => n.labels.includes('Person')).map((n) => [String(n.props.name), n.props.aliases ?? []]).sort(([a], [b]) => String(a).localeCompare(String(b), 'sv'));
const dump = async () => formatGraphDump(await dumpGraph(gateway));

beforeAll(async () => {
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database: testTarget().database });
  await gateway.write('delete-graph', {});
  await ingestFiles(gateway, files, await loadRegistry(registryPath), quiet);
});

afterAll(async () => {
  await gateway.write('delete-graph', {});
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('minutes-graph merge and split', () => {
  it('merges two persons, writing the registry and the graph, and a re-ingest keeps it', async () => {
    const before = await dump();
    expect(await persons()).toEqual([['Anna Eek', []], ['Anna Ek', []], ['Lars Ekdahl', ['Lasse Ekdahl']]]);
    const merged = await cli('merge', 'Anna Ek', 'anna eek');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('persons: Anna Eek → Anna Ek');
    expect(readFileSync(registryPath, 'utf8')).toMatch(/^# my registry\n/);
    expect((await loadRegistry(registryPath)).file.persons).toEqual([{ name: 'Anna Ek', aliases: ['Anna Eek'] }]);
    expect(await persons()).toEqual([['Anna Ek', ['Anna Eek']], ['Lars Ekdahl', ['Lasse Ekdahl']]]);
    const attended = (await gateway.read('dump-relationships', {})).filter((r) => r.type === 'ATTENDED' && r.fromId === 'person:anna ek');
    expect(attended).toHaveLength(2);

    await ingestFiles(gateway, files, await loadRegistry(registryPath), quiet);
    expect(await persons()).toEqual([['Anna Ek', ['Anna Eek']], ['Lars Ekdahl', ['Lasse Ekdahl']]]);

    const split = await cli('split', 'Anna Ek', 'Anna Eek');
    expect(split.code).toBe(0);
    expect(await dump()).toBe(before);
    expect(readFileSync(registryPath, 'utf8')).toBe(`${registryText}persons: []\n`);
  });

  it('splits a spelling the rules joined (a nickname) with keepApart, and a merge joins them again', async () => {
    const before = await dump();
    expect((await cli('split', 'Lars Ekdahl', 'Lasse Ekdahl')).code).toBe(0);
    expect((await loadRegistry(registryPath)).file.keepApart).toEqual([['Lars Ekdahl', 'Lasse Ekdahl']]);
    expect((await persons()).map(([n]) => n)).toEqual(['Anna Eek', 'Anna Ek', 'Lars Ekdahl', 'Lasse Ekdahl']);
    expect((await cli('merge', 'Lars Ekdahl', 'Lasse Ekdahl')).code).toBe(0);
    expect((await loadRegistry(registryPath)).file.keepApart).toEqual([]);
    expect(await persons()).toEqual([['Anna Eek', []], ['Anna Ek', []], ['Lars Ekdahl', ['Lasse Ekdahl']]]);
    expect((await dump()).replace(/\s+/g, ' ')).toBe(before.replace(/\s+/g, ' '));
  });

  it('says clearly what is wrong with a name, a spelling or a merge', async () => {
    const unknown = await cli('merge', 'Anna Ek', 'Nobody Here');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no person, organisation, group or project called 'Nobody Here' in the graph");
    const notSpelling = await cli('split', 'Anna Ek', 'Anna Eek');
    expect(notSpelling.stderr).toContain("'Anna Eek' is not a spelling of Anna Ek (it has no other spellings)");
    const kinds = await cli('merge', 'Anna Ek', 'Fontänhuset');
    expect(kinds.stderr).toContain('cannot merge the organisation Fontänhuset into the person Anna Ek');
    expect((await cli('merge', 'Anna Ek')).code).toBe(2);
  });
});
