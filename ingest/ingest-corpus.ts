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
import { type ExtractedDocument, extractOne, type ReadResult, readInputs } from './pipeline.ts';
import type { ReadProblem } from './read.ts';
import type { Registry } from './registry.ts';
import { resolveEach } from './resolve/resolve-corpus.ts';
import type { GraphDocument } from './types.ts';

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
}

export async function ingestFiles(gateway: Gateway, paths: readonly string[], registry: Registry, progress: IngestProgress, options: IngestOptions = {}): Promise<IngestResult> {
  const read = await readInputs(paths, (done, total) => progress.stage('read', done, total));
  // The lock is an uncommitted Document waiting on Document.id's uniqueness, so the constraint
  // must exist first, and a new one could not be made while the lock is held.
  await gateway.applySchema();
  // From reading the stored corpus to the last write, no other ingest may change it.
  const lock = await acquireIngestLock(gateway, (message) => progress.note?.(message));
  try {
    return await ingestRead(gateway, read, registry, progress, options);
  } finally {
    await lock.release();
  }
}

async function ingestRead(gateway: Gateway, { documents, problems }: ReadResult, registry: Registry, progress: IngestProgress, options: IngestOptions): Promise<IngestResult> {
  const stored = await readStoredDocuments(gateway);
  const byId = new Map<string, ExtractedDocument>(extractStored(stored, registry).map((d) => [d.source.id, d]));
  // A file whose text changed has a new id; its stored version is superseded, not kept beside it.
  const idOfPath = new Map(documents.map((d) => [d.path, d.id]));
  const superseded = stored.filter((s) => idOfPath.has(s.path) && idOfPath.get(s.path) !== s.id).map((s) => s.id);
  for (const id of superseded) byId.delete(id);
  let newDocuments = 0;
  const extracted = await extractDocuments(documents, registry, options.workers ?? 1, (done) => progress.stage('extract', done, documents.length));
  for (const [i, source] of documents.entries()) {
    if (!byId.has(source.id)) newDocuments += 1;
    byId.set(source.id, extracted[i]!);
  }
  // People the registry says to forget are cut from the texts before anything is stored.
  const forgetting = forgetInCorpus([...byId.values()], registry);
  const corpus = forgetting.corpus;
  // Resolved, built and written a document at a time: the load holds one batch, never the
  // whole resolved corpus.
  const warnings: (Warning & { source: string })[] = [];
  function* graphDocuments(): Generator<GraphDocument> {
    for (const { input, resolved } of resolveEach(corpus.map((d) => ({ extraction: d.extraction, text: d.source.text, doc: d })), registry)) {
      for (const w of resolved.warnings) warnings.push({ ...w, source: resolved.source });
      yield buildGraphDocument(input.doc.source, input.doc.extraction, resolved);
    }
  }
  const load = await loadCorpus(gateway, graphDocuments(), {
    warn: (message) => progress.warn(message),
    progress: (done) => progress.stage('load', done, corpus.length),
  });
  // Only after the new versions are stored, so a failed load leaves the old ones in place.
  // loadCorpus has already removed orphans: with nothing superseded there is no second pass.
  const kept = new Set(corpus.map((d) => d.source.id));
  const stale = [...superseded, ...forgetting.replaced].filter((id) => !kept.has(id));
  const replaced = stale.length ? await removeDocuments(gateway, stale) : { documentsRemoved: 0, relationshipsDeleted: 0, orphansDeleted: 0 };
  return { problems, newDocuments, corpusDocuments: corpus.length, warnings, load, replaced, forgottenCuts: forgetting.cuts };
}

/** The stored documents with their extraction: the cached one when this version of the rules made it. */
export function extractStored(stored: readonly StoredDocument[], registry: Registry): ExtractedDocument[] {
  return stored.map((s) => {
    const cached = s.extraction && s.extractorVersion === extractorVersion ? (JSON.parse(s.extraction) as DocumentExtraction) : null;
    return cached ? { source: s, extraction: cached } : extractOne(s, registry);
  });
}
