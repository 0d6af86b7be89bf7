// The synthetic corpus: deterministic, in the gold format, and holding the name variants it promises.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../../ingest/eval/gold.ts';
import { createCorpus } from '../../bench/generate/corpus.ts';
import { writeCorpus } from '../../bench/generate/write-corpus.ts';
import { loadBenchData } from '../../bench/generate/data.ts';

const docs = 300;

/** sha256 over every file of a folder, in name order: equal hashes, equal bytes. */
function hashTree(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${path.relative(dir, p)}\0`).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'bench-gen-'));

describe('bench generate', () => {
  const a = tmp();
  writeCorpus(a, { docs, seed: 7 });

  it('writes byte-identical files for the same seed, and different ones for another seed', () => {
    const b = tmp();
    writeCorpus(b, { docs, seed: 7 });
    expect(hashTree(b)).toBe(hashTree(a));
    const c = tmp();
    writeCorpus(c, { docs, seed: 8 });
    expect(hashTree(c)).not.toBe(hashTree(a));
  });

  it('writes gold the eval accepts, one file per document, naming documents that exist', async () => {
    const gold = await loadGold(path.join(a, 'gold'));
    const minutes = readdirSync(path.join(a, 'minutes')).sort();
    expect(minutes).toHaveLength(docs);
    expect(gold.documents.map((g) => g.document).sort()).toEqual(minutes);
    expect(gold.corpus).not.toBeNull();
    expect(gold.corpus!.distinctPersons).toBeGreaterThan(0);
    expect(gold.corpus!.samePerson.length).toBeGreaterThan(0);
    expect(gold.corpus!.differentPersons.length).toBeGreaterThan(0);
    // Every gold person's name or alias is written in its document.
    for (const g of gold.documents.slice(0, 50)) {
      const text = readFileSync(path.join(a, 'minutes', g.document), 'utf8').toLocaleLowerCase('sv');
      // A person may be written by a bare given name only; everything else by a name or alias.
      for (const e of g.entities) expect([e.name, ...e.aliases].some((n) => text.includes(n.toLocaleLowerCase('sv'))) || e.type === 'person', `${g.document}: ${e.name}`).toBe(true);
      for (const at of g.attendees) expect(g.entities.some((e) => e.type === 'person' && e.name === at.name)).toBe(true);
    }
  });

  it('writes both styles: informal minutes and formal protocols', () => {
    const manifest = JSON.parse(readFileSync(path.join(a, 'manifest.json'), 'utf8'));
    expect(manifest.styles.informal).toBeGreaterThan(0);
    expect(manifest.styles.protocol).toBeGreaterThan(0);
    const texts = readdirSync(path.join(a, 'minutes')).map((f) => readFileSync(path.join(a, 'minutes', f), 'utf8'));
    expect(texts.some((t) => /^Närvarande/m.test(t))).toBe(true);
    expect(texts.some((t) => /SAMMANTRÄDESPROTOKOLL|^Protokoll /m.test(t))).toBe(true);
    expect(texts.some((t) => /\((?:S|M|C|L|KD|V|MP|SD)\)/.test(t) && /^(?:Justerare|Utses att justera)/m.test(t))).toBe(true);
  });
});

describe('the generated population', () => {
  const { world, documents } = createCorpus({ docs: 2000, seed: 3 });
  const all = [...documents()];
  const nicknames = loadBenchData().names.nicknames;

  it('writes nicknames, bare given names, "Förnamn E" and genitives for real persons', () => {
    const surfaces = all.flatMap((d) => d.mentions.map((m) => ({ m, p: world.persons[m.personId]! })));
    expect(surfaces.some(({ m, p }) => p.nickname && m.text === `${p.nickname} ${p.surname}` && nicknames[p.nickname] === p.given)).toBe(true);
    expect(surfaces.some(({ m, p }) => m.text === p.given)).toBe(true);
    expect(surfaces.some(({ m, p }) => m.text === `${p.given} ${p.surname[0]}`)).toBe(true);
    expect(surfaces.some(({ m, p }) => m.text === `${p.given}s` || m.text === `${p.given} ${p.surname}s`)).toBe(true);
    // Organisations in the genitive: "socialförvaltningens enheter".
    expect(all.some((d) => /\p{Ll}+förvaltningens /u.test(d.text))).toBe(true);
  });

  it('has persons who share a given name, and namesakes in different organisations who both appear', () => {
    const seen = new Set(all.flatMap((d) => d.mentions.map((m) => m.personId)));
    const byGiven = new Map<string, Set<string>>();
    for (const id of seen) {
      const p = world.persons[id]!;
      byGiven.set(p.given, (byGiven.get(p.given) ?? new Set()).add(p.surname));
    }
    expect([...byGiven.values()].some((s) => s.size > 1)).toBe(true);
    const both = world.namesakes.filter(([x, y]) => seen.has(x) && seen.has(y));
    expect(both.length).toBeGreaterThan(0);
    for (const [x, y] of both) {
      const [p, q] = [world.persons[x]!, world.persons[y]!];
      expect(`${p.given} ${p.surname}`).toBe(`${q.given} ${q.surname}`);
      expect(p.orgId).not.toBe(q.orgId);
    }
  });

  it('is skewed: a few people at many meetings, most at one', () => {
    const counts = new Map<number, number>();
    for (const d of all) for (const id of d.present) counts.set(id, (counts.get(id) ?? 0) + 1);
    const values = [...counts.values()].sort((x, y) => y - x);
    const once = values.filter((n) => n === 1).length;
    expect(once / values.length).toBeGreaterThan(0.3);
    expect(values[0]!).toBeGreaterThan(20 * (values[Math.floor(values.length / 2)]!));
  });

  it('uses no name of a person in seeds/', () => {
    const seedGold = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'seeds-gold');
    const seedWords = new Set<string>();
    for (const f of readdirSync(seedGold)) {
      const j = JSON.parse(readFileSync(path.join(seedGold, f), 'utf8'));
      for (const e of [...(j.entities ?? []), ...(j.optional ?? [])]) if (e.type === 'person') for (const n of [e.name, ...(e.aliases ?? [])]) for (const w of n.split(/\s+/)) if (w.length > 2) seedWords.add(w);
    }
    const { names } = loadBenchData();
    const ours = [...names.givenFemale, ...names.givenMale, ...names.surnames, ...Object.keys(names.nicknames)];
    expect(ours.filter((n) => seedWords.has(n))).toEqual([]);
  });
});
