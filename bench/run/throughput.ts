// Parse + extract throughput on one core (this process's one thread): documents/s and MB/s,
// on synthetic minutes and on the seeds' real minutes (the "seed-sized documents" of the target).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeSourceDocument } from '../../ingest/read/source-document.ts';
import { extractOne } from '../../ingest/pipeline.ts';
import type { SourceDocument } from '../../ingest/types.ts';
import { createCorpus } from '../generate/corpus.ts';
import { corpusRegistryOf, type BenchContext } from './context.ts';
import type { BenchSection } from './section.ts';

const seedsDir = path.join(import.meta.dirname, '..', '..', 'seeds');

function time(docs: readonly SourceDocument[], registry: Parameters<typeof extractOne>[1], ctx: BenchContext) {
  // Warm-up: let the JIT compile the extractors before the clock runs.
  for (const d of docs.slice(0, 100)) extractOne(d, registry);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const t0 = performance.now();
  docs.forEach((d, i) => (extractOne(d, registry), ctx.progress.count(i + 1, docs.length)));
  const seconds = (performance.now() - t0) / 1000;
  return { documents: docs.length, bytes, seconds, docsPerSecond: docs.length / seconds, mbPerSecond: bytes / 1e6 / seconds, bytesPerDocument: bytes / docs.length };
}

const round = (x: number, digits = 0) => Number(x.toFixed(digits));

export const throughputSection: BenchSection = {
  id: 'throughput',
  title: 'Parse + extract throughput (one core)',
  run(ctx) {
    const n = ctx.sizes.throughputDocs;
    const { world, documents } = createCorpus({ docs: n, seed: ctx.seed + 1 });
    const synthetic = [...documents()].map((d) => makeSourceDocument(`synthetic/${d.fileName}`, d.text, 'txt'));
    const registry = corpusRegistryOf(world);
    ctx.progress.step(`timing parse + extract of ${n} synthetic documents`);
    const syn = time(synthetic, registry, ctx);
    // The seeds, repeated to the same count: real minutes of the size the target names.
    const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
    const seeds = Array.from({ length: n }, (_, i) => makeSourceDocument(path.join('seeds', seedFiles[i % seedFiles.length]!), readFileSync(path.join(seedsDir, seedFiles[i % seedFiles.length]!), 'utf8'), 'txt'));
    ctx.progress.step(`timing parse + extract of the ${seedFiles.length} seeds, ${n} times in all`);
    const real = time(seeds, registry, ctx);
    ctx.markMemory('throughput');
    return {
      data: { synthetic: syn, seeds: real },
      rows: [
        { measure: 'synthetic minutes: documents/s', value: `${round(syn.docsPerSecond)} (${round(syn.bytesPerDocument)} bytes each)` },
        { measure: 'synthetic minutes: MB/s', value: String(round(syn.mbPerSecond, 2)) },
        { measure: 'seed minutes: documents/s', value: `${round(real.docsPerSecond)} (${round(real.bytesPerDocument)} bytes each)`, target: '≥ 1,000' },
        { measure: 'seed minutes: MB/s', value: String(round(real.mbPerSecond, 2)) },
      ],
    };
  },
};
