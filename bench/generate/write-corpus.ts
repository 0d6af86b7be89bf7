// Writes a generated corpus to disk as it is generated (one document in memory at a time):
//   DIR/minutes/NNNNNN.txt   the minutes
//   DIR/gold/NNNNNN.json     their gold annotation (shared/eval/seeds-gold format)
//   DIR/gold/corpus.json     facts about the corpus as a whole
//   DIR/registry.yaml        the curated registry for it (nicknames, abbreviations, categories)
//   DIR/manifest.json        how it was made
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { createCorpus, type CorpusOptions } from './corpus.ts';
import { CorpusFacts, corpusRegistry } from './corpus-facts.ts';

export const manifestName = 'manifest.json';
/** Bumped when the same seed would give different text: results of two versions differ. */
export const generatorVersion = 1;

export interface WrittenCorpus {
  readonly dir: string;
  readonly docs: number;
  readonly bytes: number;
  readonly styles: Readonly<Record<string, number>>;
  readonly persons: number;
  readonly namesakes: number;
}

/** A folder that is neither empty nor an earlier generated corpus is not overwritten. */
function prepare(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length) {
    if (!existsSync(path.join(dir, manifestName))) throw new Error(`${dir} is not empty and holds no generated corpus (${manifestName}); choose another --out`);
    for (const sub of ['minutes', 'gold']) rmSync(path.join(dir, sub), { recursive: true, force: true });
  }
  mkdirSync(path.join(dir, 'minutes'), { recursive: true });
  mkdirSync(path.join(dir, 'gold'), { recursive: true });
}

export function writeCorpus(dir: string, options: CorpusOptions, onProgress?: (done: number, total: number) => void): WrittenCorpus {
  prepare(dir);
  const facts = new CorpusFacts();
  const styles: Record<string, number> = {};
  let bytes = 0;
  const { world, documents } = createCorpus(options);
  for (const doc of documents()) {
    writeFileSync(path.join(dir, 'minutes', doc.fileName), doc.text);
    writeFileSync(path.join(dir, 'gold', doc.fileName.replace(/\.txt$/, '.json')), `${JSON.stringify(doc.gold, null, 1)}\n`);
    bytes += Buffer.byteLength(doc.text);
    styles[doc.style] = (styles[doc.style] ?? 0) + 1;
    facts.observe(doc, world);
    onProgress?.(doc.index + 1, options.docs);
  }
  writeFileSync(path.join(dir, 'gold', 'corpus.json'), `${JSON.stringify(facts.toJson(world), null, 1)}\n`);
  writeFileSync(path.join(dir, 'registry.yaml'), `# Registry for the synthetic corpus: what a user would curate for it.\n${stringify(corpusRegistry(world))}`);
  const manifest = { generator: 'minutes-graph bench generate', generatorVersion, docs: options.docs, seed: options.seed, styles, bytes };
  writeFileSync(path.join(dir, manifestName), `${JSON.stringify(manifest, null, 1)}\n`);
  return { dir, docs: options.docs, bytes, styles, persons: world.persons.length, namesakes: world.namesakes.length };
}
