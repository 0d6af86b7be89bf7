// `minutes-graph forget NAME` against the real Neo4j: the person, their facts and every form of
// their name leave the graph and the stored texts; the audit log says who and when, not whom;
// and re-ingesting the original files brings nothing back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { forgottenMarker } from '../../ingest/forget.ts';
import { dumpGraph, formatGraphDump } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { forgetKey, loadRegistry } from '../../ingest/registry.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { testTarget } from '../support/neo4j.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-forget-'));
const registryPath = path.join(dir, 'registry.yaml');
const files = [path.join(dir, 'a.txt'), path.join(dir, 'b.txt')];
writeFileSync(files[0]!, 'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nKerstin Lind, Kompassen\n\nBudget\n\nKerstin tar fram en budget tillsammans med Lars.\n');
writeFileSync(files[1]!, 'Styrgrupp 7 april 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\n\nBudget\n\nKerstin Lind har skickat budgeten. Maja läser den.\n');
writeFileSync(registryPath, 'nicknames: {}\n');

const quiet = { stage: () => {}, warn: () => {} };
let driver: Driver;
let gateway: Gateway;

const texts = async () => (await gateway.read('list-stored-documents', {})).map((d) => d.text);
const persons = async () => (await gateway.read('dump-nodes', {})).filter((n) => n.labels.includes('Person')).map((n) => String(n.props.name)).sort();

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

const forget = (...args: string[]) => runCli(['forget', '--registry', registryPath, ...args], { MINUTES_GRAPH_ACTOR: 'tester' });

describe('minutes-graph forget', () => {
  it('asks for --yes when not run from a terminal, and names an unknown person', async () => {
    expect(await forget('Kerstin Lind')).toMatchObject({ code: 2 });
    expect((await forget('--yes', 'Ingen Alls')).stderr).toContain("no person called 'Ingen Alls' in the graph");
  });

  it('removes the person and their facts, and cuts every form of the name from the stored texts', async () => {
    expect(await persons()).toEqual(['Kerstin Lind', 'Lars Ekdahl', 'Maja Ruud']);
    const result = await forget('--yes', 'kerstin lind');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/forgotten: 3 mention\(s\) cut from 2 document\(s\)/);
    expect(await persons()).toEqual(['Lars Ekdahl', 'Maja Ruud']);
    const stored = await texts();
    expect(stored).toHaveLength(2);
    for (const text of stored) expect(text).not.toMatch(/Kerstin|Lind\b/);
    expect(stored.join('\n')).toContain(`${forgottenMarker}, Kompassen`);
    expect(stored.join('\n')).toContain(`${forgottenMarker} tar fram en budget`);
    const rels = await gateway.read('dump-relationships', {});
    expect(rels.filter((r) => r.fromId.includes('kerstin') || r.toId.includes('kerstin'))).toEqual([]);
  });

  it('keeps the decision in the registry as hashes and logs the act without the name', async () => {
    const registryText = readFileSync(registryPath, 'utf8');
    expect(registryText).not.toMatch(/kerstin/i);
    expect((await loadRegistry(registryPath)).file.forget).toContain(forgetKey('Kerstin Lind'));
    const log = readFileSync(path.join(dir, 'audit.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'forget', who: 'tester', subject: forgetKey('Kerstin Lind'), details: { documentsRedacted: 2, namesCut: 3 } });
    expect(JSON.stringify(log)).not.toMatch(/kerstin|lind/i);
  });

  it('brings nothing back when the original files are ingested again', async () => {
    const after = formatGraphDump(await dumpGraph(gateway));
    await ingestFiles(gateway, files, await loadRegistry(registryPath), quiet);
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(after);
    for (const text of await texts()) expect(text).not.toMatch(/Kerstin/);
  });
});

describe('redact', () => {
  it('replaces overlapping spans once, and counts the cuts', async () => {
    const { redact } = await import('../../ingest/forget.ts');
    expect(redact('Anna Ek och Anna talar.', [{ start: 0, end: 7 }, { start: 0, end: 4 }, { start: 12, end: 16 }])).toEqual({ text: `${forgottenMarker} och ${forgottenMarker} talar.`, cuts: 2 });
  });
});
