// ingest: new files + the documents already in the graph, resolved together, then loaded.
// Resolving the whole corpus each time is what makes the graph independent of ingest order.
import type { Gateway } from '../cypher/gateway.ts';
import type { DocumentExtraction, Warning } from './extract/context.ts';
import { extractorVersion } from './extract/extract-document.ts';
import { forgetInCorpus } from './forget.ts';
import { buildGraphDocument } from './graph-document.ts';
import { loadCorpus, type LoadSummary, readStoredDocuments, removeDocuments, type RemoveSummary, type StoredDocument } from './load.ts';
import { acquireIngestLock } from './ingest-lock.ts';
import { extractDocuments } from './extract-workers.ts';
import { type ExtractedDocument, extractOne, type InputFiles, listInputs, readInChunks } from './pipeline.ts';
import type { ReadProblem } from './read.ts';
import type { Registry } from './registry.ts';
import { PackedCorpus, resolverView } from './packed-corpus.ts';
import { resolveEach, resolveStream } from './resolve/resolve-corpus.ts';
import type { GraphDocument, SourceDocument } from './types.ts';

export interface IngestProgress {
  stage(name: string, done: number, total: number): void;
  warn(message: string): void;
  /** What the ingest is waiting for (another ingest, a Neo4j that went away); not a warning. */
  note?(message: string): void;
}

export interface IngestResult {
  readonly problems: readonly ReadProblem[];
  readonly newDocuments: number;
  readonly corpusDocuments: number;
  /** What the extraction rules warned about, per document (`source` is its path). */
  readonly warnings: readonly (Warning & { readonly source: string })[];
  readonly load: LoadSummary;
  /** Stored versions of files that were edited since: removed once the new version is in. */
  readonly replaced: RemoveSummary;
  /** Names of forgotten people cut from the texts in this ingest. */
  readonly forgottenCuts: number;
}

export interface IngestOptions {
  /** Worker threads that parse and extract the new documents (default 1: this thread). */
  readonly workers?: number;
  /** A corpus of more documents than this is kept packed while it is resolved (default 20,000). */
  readonly packAbove?: number;
}

export async function ingestFiles(gateway: Gateway, paths: readonly string[], registry: Registry, progress: IngestProgress, options: IngestOptions = {}): Promise<IngestResult> {
  const inputs = await listInputs(paths);
  // The lock is an uncommitted Document waiting on Document.id's uniqueness, so the constraint
  // must exist first, and a new one could not be made while the lock is held.
  await gateway.applySchema();
  // From reading the stored corpus to the last write, no other ingest may change it.
  const lock = await acquireIngestLock(gateway, (message) => progress.note?.(message));
  try {
    return await ingestRead(gateway, inputs, registry, progress, options);
  } finally {
    await lock.release();
  }
}

/** Documents read and extracted per step, and so the most texts held as objects at once (workers start again for each). */
const extractChunk = 10_000;

/**
 * Packed, a 100k-document corpus takes ~300 MB instead of ~1.1 GB of objects, at ~1 s more per
 * 10k documents for each of the resolver's nine passes: worth it only for big corpora.
 */
const defaultPackAbove = 20_000;

async function ingestRead(gateway: Gateway, inputs: InputFiles, registry: Registry, progress: IngestProgress, options: IngestOptions): Promise<IngestResult> {
  const stored = await readStoredDocuments(gateway);
  const corpus = new PackedCorpus(stored.length + inputs.files.length > (options.packAbove ?? defaultPackAbove));
  const storedAt = new Map<string, string>();
  for (const s of stored) {
    storedAt.set(s.path, s.id);
    packStored(corpus, s, registry);
  }
  const storedIds = new Set(storedAt.values());
  stored.length = 0;
  // Files are read a chunk at a time under the lock, so a big ingest never holds every text as
  // well as the packed corpus. A file whose text changed has a new id: its stored version is
  // superseded, not kept beside it (unless another file given has that very text).
  const fresh = new Set<string>();
  const superseded = new Set<string>();
  let extracted = 0;
  for await (const chunk of readInChunks(inputs, extractChunk, (done, total) => progress.stage('read', done, total))) {
    const first = extracted;
    for (const doc of await extractDocuments(chunk, registry, options.workers ?? 1, (done) => progress.stage('extract', first + done, inputs.files.length))) {
      fresh.add(doc.source.id);
      corpus.add(doc);
      const before = storedAt.get(doc.source.path);
      if (before !== undefined && before !== doc.source.id) superseded.add(before);
    }
    extracted += chunk.length;
  }
  for (const id of superseded) if (!fresh.has(id)) corpus.delete(id);
  const newDocuments = [...fresh].filter((id) => !storedIds.has(id) || superseded.has(id)).length;
  // People the registry says to forget are cut from the texts before anything is stored.
  const forgetting = forgetInCorpus(corpus, registry);
  // Resolved, built and written a document at a time: the load holds one batch, never the
  // whole resolved corpus.
  const warnings: (Warning & { source: string })[] = [];
  // The resolver learns the corpus's names in passes over every document before it gives the
  // first one to the load: minutes at 100k documents with no other sign of life.
  if (corpus.size >= 10_000) progress.note?.(`resolving names across all ${corpus.size} documents before the load`);
  function* graphDocuments(): Generator<GraphDocument> {
    const view = resolverView(corpus);
    for (const { input, resolved } of corpus.packed ? resolveStream(view, registry) : resolveEach([...view], registry)) {
      for (const w of resolved.warnings) warnings.push({ ...w, source: resolved.source });
      // The resolver's last pass: nothing reads this document's record again.
      corpus.release(input.doc.source.id);
      yield buildGraphDocument(input.doc.source, input.doc.extraction, resolved);
    }
  }
  const load = await loadCorpus(gateway, graphDocuments(), {
    warn: (message) => progress.warn(message),
    progress: (done) => progress.stage('load', done, corpus.size),
  });
  // Only after the new versions are stored, so a failed load leaves the old ones in place.
  // loadCorpus has already removed orphans: with nothing superseded there is no second pass.
  const kept = new Set(corpus.ids());
  const stale = [...superseded, ...forgetting.replaced].filter((id) => !kept.has(id));
  const replaced = stale.length ? await removeDocuments(gateway, stale) : { documentsRemoved: 0, relationshipsDeleted: 0, orphansDeleted: 0 };
  return { problems: inputs.problems, newDocuments, corpusDocuments: corpus.size, warnings, load, replaced, forgottenCuts: forgetting.cuts };
}

/** The stored documents with their extraction: the cached one when this version of the rules made it. */
export function extractStored(stored: readonly StoredDocument[], registry: Registry): ExtractedDocument[] {
  return stored.map((s) => {
    const cached = currentExtraction(s);
    return cached ? { source: sourceOf(s), extraction: JSON.parse(cached) as DocumentExtraction } : extractOne(sourceOf(s), registry);
  });
}

/** A stored document into the packed corpus: its cached extraction as it is, else extracted again. */
function packStored(corpus: PackedCorpus, s: StoredDocument, registry: Registry): void {
  const cached = currentExtraction(s);
  if (cached) corpus.addCached(sourceOf(s), cached);
  else corpus.add(extractOne(sourceOf(s), registry));
}

/** The stored extraction's JSON if this version of the rules made it, else null (extract again). */
const currentExtraction = (s: StoredDocument): string | null => (s.extraction && s.extractorVersion === extractorVersion ? s.extraction : null);

const sourceOf = (s: StoredDocument): SourceDocument => ({ id: s.id, path: s.path, sha256: s.sha256, format: s.format, text: s.text });
