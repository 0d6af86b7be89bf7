// `minutes-graph review`: the doubtful decisions, as a pure function and as the command.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { extractOne, resolveAll } from '../../ingest/pipeline.ts';
import { makeSourceDocument } from '../../ingest/read.ts';
import { buildRegistry } from '../../ingest/registry.ts';
import { reviewCorpus } from '../../ingest/review.ts';
import { projectRoot } from '../../server/config.ts';

const registry = buildRegistry({ nicknames: { Lasse: 'Lars' }, organisations: [], persons: [], groups: [], projects: [], notPersons: [], keepApart: [] });
const first = 'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\n\nBudget\n\nKerstin har förhinder. Maja kommer att ta fram en budget.\n';
const second = 'Styrgrupp 7 april 2019\n\nNärvarande\n\nLasse Ekdahl, KUF\nKerstin Lind, Kompassen\n\nÖvrigt\n\nInget.\n';

const review = (...texts: string[]) =>
  reviewCorpus(resolveAll(texts.map((t, i) => extractOne(makeSourceDocument(`m${i}.txt`, t), registry)), registry));

describe('reviewCorpus', () => {
  it('lists a given name nobody in the corpus has, and drops it once a later document names the person', () => {
    expect(review(first).filter((i) => i.kind === 'unresolved').map((i) => [i.name, i.detail])).toEqual([['Kerstin', 'no person with this given name in the corpus yet']]);
    expect(review(first, second).filter((i) => i.kind === 'unresolved')).toEqual([]);
  });
  it('lists a merge of spellings with the registry entry that would undo it', () => {
    const merged = review(first, second).filter((i) => i.kind === 'merged');
    expect(merged.map((i) => i.detail)).toEqual(['"Lasse Ekdahl" was read as Lars Ekdahl']);
    expect(merged[0]!.remedy).toContain('keepApart');
    expect(merged[0]!.where[0]!.path).toMatch(/m[01]\.txt/);
  });
  it('lists names seen only once', () => {
    const once = review(first, second).filter((i) => i.kind === 'seen-once').map((i) => `${i.type} ${i.name}`);
    expect(once).toContain('organisation Kompassen');
    expect(once).not.toContain('person Lars Ekdahl');
  });
});

describe('minutes-graph review FILE…', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'minutes-review-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each kind of doubt with a quote and the registry remedy, or JSON', async () => {
    writeFileSync(path.join(dir, 'a.txt'), first);
    const run = (...args: string[]) => promisify(execFile)('node', ['bin/minutes-graph.js', 'review', ...args], { cwd: projectRoot });
    const { stdout } = await run(dir);
    expect(stdout).toContain('Names not resolved to a person (1)');
    expect(stdout).toMatch(/person Kerstin: no person with this given name in the corpus yet — .*a\.txt: "Kerstin"/);
    expect(stdout).toContain('Names seen only once');
    const json = JSON.parse((await run('--json', dir)).stdout) as { kind: string; name: string }[];
    expect(json.filter((i) => i.kind === 'unresolved').map((i) => i.name)).toEqual(['Kerstin']);
  });
});
