// What every benchmark section receives: the sizes to run at, a progress line on stderr, and
// the synthetic corpora, extracted once and shared between sections.
import { makeSourceDocument } from '../../ingest/read/source-document.ts';
import type { SourceDocument } from '../../ingest/types.ts';
import { extractOne, type ExtractedDocument } from '../../ingest/pipeline.ts';
import { createInterner, internNames } from '../../ingest/extract/intern.ts';
import { stringify } from 'yaml';
import { parseRegistry, type Registry } from '../../ingest/registry.ts';
import { createCorpus, type GeneratedDocument } from '../generate/corpus.ts';
import { CorpusFacts, corpusRegistry } from '../generate/corpus-facts.ts';
import type { World } from '../generate/population.ts';
import { loadConfig } from '../../server/config.ts';
import { findOrStartNeo4j, type Neo4jTarget } from '../../server/neo4j/connect.ts';
import type { Neo4jLog } from '../../server/neo4j/log.ts';

export interface BenchSizes {
  /** Documents timed for parse + extract throughput. */
  readonly throughputDocs: number;
  /** Corpus sizes resolution is timed at, ascending. */
  readonly resolution: readonly number[];
  /** Corpus size extraction quality is scored at. */
  readonly quality: number;
  /** Documents ingested into Neo4j end to end (and written raw); the API is measured on this graph. */
  readonly ingestDocs: number;
  /** Documents of the ingest whose peak RSS is measured, in a child process. */
  readonly memoryDocs: number;
  /** Seconds of load per API endpoint. */
  readonly apiSeconds: number;
  /** Network sizes (nodes + edges) timed in the explorer. */
  readonly explorerElements: readonly number[];
  /** Documents ingested with 1 and with 2 workers. */
  readonly workersDocs: number;
}

export const defaultSizes: BenchSizes = {
  throughputDocs: 5000, resolution: [1000, 10_000, 100_000], quality: 10_000,
  ingestDocs: 10_000, memoryDocs: 100_000, apiSeconds: 10, explorerElements: [500, 2000, 5000], workersDocs: 3000,
};
export const smallSizes: BenchSizes = {
  throughputDocs: 200, resolution: [100, 1000], quality: 300,
  ingestDocs: 100, memoryDocs: 200, apiSeconds: 1, explorerElements: [300], workersDocs: 100,
};

/** A generated corpus, extracted: what resolution and scoring start from. */
export interface PreparedCorpus {
  readonly size: number;
  readonly world: World;
  readonly registry: Registry;
  readonly extracted: readonly ExtractedDocument[];
  /** Gold and truth per document (same order as `extracted`). */
  readonly generated: readonly Pick<GeneratedDocument, 'fileName' | 'gold' | 'mentions'>[];
  readonly facts: Record<string, unknown>;
  readonly bytes: number;
}

export interface Progress {
  /** A step starts: one line on stderr. */
  step(message: string): void;
  /** How far a long step is: rewritten in place on a terminal, every tenth otherwise. */
  count(done: number, total: number): void;
}

export interface BenchContext {
  readonly sizes: BenchSizes;
  /** The Neo4j the graph sections write to (NEO4J_URI, else the embedded one); its graph is cleared. */
  neo4j(): Promise<Neo4jTarget>;
  readonly seed: number;
  readonly progress: Progress;
  /** The corpus of `size` documents, generated and extracted on first use, then kept until released. */
  corpus(size: number): PreparedCorpus;
  release(size: number): void;
  /** Records the process's peak RSS so far under a label (for the memory section). */
  markMemory(label: string): void;
  readonly memoryMarks: { label: string; peakRssBytes: number; rssBytes: number }[];
}

export function createProgress(write: (text: string) => void, tty: boolean): Progress {
  let last = -1;
  return {
    step: (message) => {
      last = -1;
      write(`bench: ${message}\n`);
    },
    count: (done, total) => {
      const tenth = Math.floor((done * 10) / total);
      if (tty && (done % 250 === 0 || done === total)) write(`\r  ${done}/${total}${done === total ? '\n' : ''}`);
      else if (!tty && tenth !== last) {
        last = tenth;
        write(`  ${done}/${total}\n`);
      }
    },
  };
}

/** The corpus's registry, read as `bench generate` writes it to registry.yaml (defaults and all). */
export function corpusRegistryOf(world: World): Registry {
  return parseRegistry(stringify(corpusRegistry(world)), 'registry.yaml');
}

/** peak RSS of this process so far (getrusage's ru_maxrss, in KiB on Linux). */
export const peakRssBytes = (): number => process.resourceUsage().maxRSS * 1024;

export function prepareCorpus(size: number, seed: number, progress: Progress): PreparedCorpus {
  const facts = new CorpusFacts();
  const generated: PreparedCorpus['generated'][number][] = [];
  let bytes = 0;
  const { world, registry, extracted } = generateAndExtract(size, seed, progress, (doc, world) => {
    facts.observe(doc, world);
    generated.push({ fileName: doc.fileName, gold: doc.gold, mentions: doc.mentions });
    bytes += Buffer.byteLength(doc.text);
  });
  return { size, world, registry, extracted, generated, facts: facts.toJson(world), bytes };
}

/** A corpus as an ingest of it holds it: its documents extracted, with its registry. */
export type ExtractedCorpus = Pick<PreparedCorpus, 'size' | 'registry' | 'extracted'>;

/** The corpus of `size` documents generated and extracted, without its gold or facts. */
export function extractCorpus(size: number, seed: number, progress: Progress): ExtractedCorpus {
  const { registry, extracted } = generateAndExtract(size, seed, progress);
  return { size, registry, extracted };
}

/** Generates the corpus (`observe` sees each document as it is made, gold and all), then extracts its texts. */
function generateAndExtract(size: number, seed: number, progress: Progress, observe?: (doc: GeneratedDocument, world: World) => void) {
  const { world, documents } = createCorpus({ docs: size, seed });
  const sources: SourceDocument[] = [];
  progress.step(`generating ${size} documents (seed ${seed})`);
  for (const doc of documents()) {
    observe?.(doc, world);
    sources.push(makeSourceDocument(`synthetic/${doc.fileName}`, doc.text, 'txt'));
    progress.count(doc.index + 1, size);
  }
  const registry = corpusRegistryOf(world);
  progress.step(`parsing and extracting ${size} documents`);
  // Held as objects, as the ingest holds a corpus it does not pack: one string per spelling (extract/intern.ts).
  const intern = createInterner();
  const extracted: ExtractedDocument[] = sources.map((s, i) => {
    progress.count(i + 1, size);
    const doc = extractOne(s, registry);
    internNames(doc.extraction, intern);
    return doc;
  });
  return { world, registry, extracted };
}

export function createContext(sizes: BenchSizes, seed: number, progress: Progress, target?: Neo4jTarget): BenchContext {
  const cache = new Map<number, PreparedCorpus>();
  const memoryMarks: BenchContext['memoryMarks'] = [];
  let neo4j: Promise<Neo4jTarget> | null = target ? Promise.resolve(target) : null;
  return {
    sizes,
    neo4j: () => (neo4j ??= findOrStartNeo4j(loadConfig(), { info: (m) => progress.step(m), tick: () => {}, done: () => {} } satisfies Neo4jLog)),
    seed,
    progress,
    corpus(size) {
      let c = cache.get(size);
      if (!c) cache.set(size, (c = prepareCorpus(size, seed, progress)));
      return c;
    },
    release: (size) => void cache.delete(size),
    markMemory: (label) => void memoryMarks.push({ label, peakRssBytes: peakRssBytes(), rssBytes: process.memoryUsage().rss }),
    memoryMarks,
  };
}
