// Bad, odd and hostile input, all in one folder, through the real command into the real Neo4j:
// each bad file gets exactly one message naming it and the reason and leaves nothing in the
// graph; each odd-but-valid one is ingested right; hostile names are stored as plain text;
// `--strict` exits non-zero and a plain ingest exits 0.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../cypher/gateway.ts';
import { buildGraphDocument } from '../../ingest/graph-document.ts';
import { dumpGraph, formatGraphDump, graphCounts } from '../../ingest/graph-dump.ts';
import { extractOne, readInputs, resolveAll } from '../../ingest/pipeline.ts';
import { emptyRegistry } from '../../ingest/registry.ts';
import { testTarget } from '../support/neo4j.ts';
import { type InputCase, hostile, writeInputCases } from './bad-input-cases.ts';
import { type CliRun, cliEnv, runCli } from './cli.ts';
import { openGraph, restoreSeeds } from './graph-checks.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-bad-input-'));
// No registry file: the graph is what the files alone say, so the planned counts below are exact.
const noRegistry = ['--registry', path.join(dir, 'no-registry.yaml')];
let cases: InputCase[];
let unreadableIsReadable: boolean;
let strict: CliRun;
let plain: CliRun;
let driver: Driver;
let gateway: Gateway;

const fileOf = (c: InputCase) => path.join(dir, c.file);
/** The lines of a run's stderr that name this file (problems say `FILE: …`, warnings `FILE:LINE: …`). */
const linesNaming = (run: CliRun, c: InputCase) => run.stderr.split('\n').filter((line) => line.startsWith(`${fileOf(c)}:`));

async function rows<T>(cypher: string): Promise<T[]> {
  const session = driver.session({ database: testTarget().database, defaultAccessMode: 'READ' });
  try {
    return (await session.executeRead((tx) => tx.run(cypher))).records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  ({ cases, unreadableIsReadable } = await writeInputCases(dir));
  if (unreadableIsReadable) console.warn('bad-input: running as root, where chmod 000 does not stop reading: unreadable.txt is read and ingested like a good file (test/read/read-problems.test.ts covers the refusal with an injected EACCES)');
  ({ driver, gateway } = openGraph(testTarget()));
  await gateway.write('delete-graph', {});
  strict = await runCli(['ingest', '--strict', ...noRegistry, dir], cliEnv(testTarget()));
  plain = await runCli(['ingest', ...noRegistry, dir], cliEnv(testTarget()));
}, 600_000);

afterAll(async () => {
  chmodSync(path.join(dir, 'unreadable.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
  if (gateway) await restoreSeeds(gateway);
  await driver?.close();
});

describe('a folder of bad, odd and hostile files', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it('exits non-zero with --strict and 0 without, both runs to the end', () => {
    expect(strict.code, strict.stderr).toBe(1);
    expect(plain.code, plain.stderr).toBe(0);
    expect(strict.stdout).toMatch(/^ingested: /m);
    expect(plain.stdout).toMatch(/^ingested: 0 new document\(s\)/m);
  });

  it('gives each refused file exactly one message with its reason, and each warned file one warning', () => {
    for (const run of [strict, plain]) {
      for (const c of cases) {
        const lines = linesNaming(run, c);
        if (c.outcome.kind === 'ingested') expect(lines, c.what).toEqual([]);
        else expect(lines, c.what).toHaveLength(1);
        const [line = ''] = lines;
        if (c.outcome.kind === 'warned') expect(line, c.what).toMatch(c.outcome.warning);
        if (c.outcome.kind === 'refused') {
          const reason = line.slice(fileOf(c).length + 2);
          if (typeof c.outcome.reason === 'string') expect(reason, c.what).toBe(c.outcome.reason);
          else expect(reason, c.what).toMatch(c.outcome.reason);
        }
      }
    }
  });

  it('stores a Document for every ingested and warned file and for no refused one, and no fact without its Document', async () => {
    const stored = await rows<{ path: string }>('MATCH (d:Document) RETURN d.path AS path');
    const expected = cases.filter((c) => c.outcome.kind !== 'refused').map(fileOf).sort();
    expect(stored.map((d) => d.path).sort()).toEqual(expected);
    const [orphanFacts] = await rows<{ n: number }>('MATCH ()-[r]->() WHERE NOT EXISTS { MATCH (d:Document {id: r.doc}) } RETURN count(r) AS n');
    expect(Number(orphanFacts!.n)).toBe(0);
  });

  it('keeps the text of the odd-but-valid files right: å ä ö, no BOM, LF line ends, hostile names verbatim', async () => {
    const docs = new Map((await rows<{ path: string; text: string }>('MATCH (d:Document) RETURN d.path AS path, d.text AS text')).map((d) => [d.path, d.text]));
    for (const c of cases) {
      if (c.outcome.kind !== 'ingested') continue;
      const text = docs.get(fileOf(c))!;
      expect(text, c.what).not.toMatch(/\uFEFF|\r|\uFFFD|Ã/);
      for (const expected of c.outcome.text ?? []) expect(text, c.what).toContain(expected);
    }
  });

  it('stores hostile names as plain text and runs none of them: the graph has exactly the planned nodes and facts', async () => {
    const names = await rows<{ name: string }>('MATCH (n) WHERE n.name IS NOT NULL RETURN n.name AS name');
    for (const needle of ['DETACH DELETE', '<script>', '<img src=x onerror=alert', "O'Brien", '"Ekot"', 'Ek\\Berg', 'עמותת שלום', 'جمعية الصداقة', '🎉']) {
      expect(names.some((n) => n.name.includes(needle)), needle).toBe(true);
    }
    // The same files through the pure stages: what the graph must hold, node for node.
    const { documents } = await readInputs([dir]);
    const extracted = documents.map((d) => extractOne(d, emptyRegistry));
    const resolved = new Map(resolveAll(extracted, emptyRegistry).map((r) => [r.docId, r]));
    const planned = extracted.map((d) => buildGraphDocument(d.source, d.extraction, resolved.get(d.source.id)!));
    const plannedNodes = new Set(planned.flatMap((g) => g.nodes.map((n) => `${n.label}:${n.id}`)));
    const counts = await graphCounts(gateway);
    const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
    expect(sum(counts.nodes)).toBe(plannedNodes.size + planned.length);
    expect(counts.nodes.Document).toBe(planned.length);
    expect(sum(counts.relationships)).toBe(planned.reduce((n, g) => n + g.facts.length, 0));
    expect(counts.nodes.Person).toBeGreaterThanOrEqual(5000);
  });

  it('is unchanged by the second, plain run', async () => {
    const before = formatGraphDump(await dumpGraph(gateway));
    expect((await runCli(['ingest', ...noRegistry, dir], cliEnv(testTarget()))).code).toBe(0);
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(before);
  }, 300_000);
});
