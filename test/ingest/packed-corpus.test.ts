// The packed corpus an ingest of a big corpus resolves from: what goes in comes out, in the
// resolver's order, pass after pass, and resolving from it gives what resolving objects gives.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate/write-corpus.ts';
import { PackedCorpus, resolverView } from '../../ingest/packed-corpus.ts';
import { type ExtractedDocument, extractOne, readInputs } from '../../ingest/pipeline.ts';
import { loadRegistry, type Registry } from '../../ingest/registry.ts';
import { codeUnitCompare } from '../../ingest/resolve/key-cache.ts';
import { resolveEach, resolveStream } from '../../ingest/resolve/resolve-corpus.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-packed-'));
let seeds: ExtractedDocument[];
let seedRegistry: Registry;
let generated: ExtractedDocument[];
let generatedRegistry: Registry;

async function extractAll(paths: string[], registry: Registry): Promise<ExtractedDocument[]> {
  return (await readInputs(paths)).documents.map((d) => extractOne(d, registry));
}

beforeAll(async () => {
  seedRegistry = await loadRegistry(loadConfig().registryPath);
  const seedsDir = path.join(projectRoot, 'seeds');
  seeds = await extractAll(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(seedsDir, f)), seedRegistry);
  // Namesakes, nicknames, bare given names, definite forms: the resolver's harder cases.
  writeCorpus(dir, { docs: 300, seed: 11 });
  generatedRegistry = await loadRegistry(path.join(dir, 'registry.yaml'));
  generated = await extractAll([path.join(dir, 'minutes')], generatedRegistry);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PackedCorpus', () => {
  it('gives back every document as it went in, in id order, on every pass', () => {
    const packed = new PackedCorpus();
    for (const doc of generated) packed.add(doc);
    const expected = [...generated].sort((a, b) => codeUnitCompare(a.source.id, b.source.id));
    expect([...packed]).toEqual(expected);
    expect([...packed]).toEqual(expected);
    expect(packed.size).toBe(generated.length);
  });

  it('takes a stored document with its extraction as JSON text as if it were added as objects', () => {
    const [a, b] = seeds;
    const packed = new PackedCorpus();
    packed.addCached(a!.source, JSON.stringify(a!.extraction));
    packed.add(b!);
    expect(packed.get(a!.source.id)).toEqual(a);
    packed.delete(a!.source.id);
    expect(packed.ids()).toEqual([b!.source.id]);
    expect(() => packed.get(a!.source.id)).toThrow(`packed corpus: no document ${a!.source.id}`);
  });

  it('keeps objects as they are when not packed', () => {
    const unpacked = new PackedCorpus(false);
    for (const doc of seeds) unpacked.add(doc);
    expect([...unpacked].every((doc) => seeds.includes(doc))).toBe(true);
  });

  it('lets a released document go but keeps its id, and says so if it is read again', () => {
    const corpus = new PackedCorpus();
    for (const doc of seeds) corpus.add(doc);
    const ids = [...corpus.ids()];
    const [first, ...rest] = ids;
    corpus.release(first!);
    expect(corpus.size).toBe(seeds.length);
    expect(corpus.has(first!)).toBe(true);
    expect(corpus.ids()).toEqual(ids);
    expect(() => corpus.get(first!)).toThrow(`packed corpus: document ${first} was released`);
    expect(rest.map((id) => corpus.get(id).source.id)).toEqual(rest);
  });
});

describe('resolving a packed corpus', () => {
  it.each([
    ['the seeds', () => seeds, () => seedRegistry],
    ['300 generated minutes', () => generated, () => generatedRegistry],
  ] as const)('gives what resolving the same documents as objects gives: %s', (_name, docs, registry) => {
    const packed = new PackedCorpus();
    for (const doc of docs()) packed.add(doc);
    const fromObjects = [...resolveEach(docs().map((d) => ({ extraction: d.extraction, text: d.source.text })), registry())].map((r) => r.resolved);
    const fromPacked = [...resolveStream(resolverView(packed), registry())].map((r) => r.resolved);
    expect(fromPacked).toEqual(fromObjects);
    expect(fromPacked.length).toBe(docs().length);
  });
});
