// The corpus an ingest resolves. Resolution needs the whole corpus before it can settle any
// document, so this is what bounds an ingest's memory: a big corpus is kept packed, each
// document's text and extraction as one deflated JSON record (about 3 KB for a synthetic
// minute, where its objects take about 11 KB of heap), unpacked again, in id order, for each
// pass of the resolution (about 0.1 ms a document a pass). A small one is kept as objects.
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DocumentExtraction } from './extract/context.ts';
import { createInterner, internNames } from './extract/intern.ts';
import type { ExtractedDocument } from './pipeline.ts';
import { codeUnitCompare } from './resolve/key-cache.ts';
import type { SourceDocument } from './types.ts';

// Level 1: most of the size saving at a fraction of the default level's time. zlib's output is
// a view of its 16 KB chunk: copied, so each record keeps only its own ~2 KB alive, into memory
// of its own (not Node's shared 8 KB pool), so a released record's memory is freed with it.
function deflate(json: string): Buffer {
  const packed = deflateRawSync(json, { level: constants.Z_BEST_SPEED });
  const own = Buffer.allocUnsafeSlow(packed.length);
  packed.copy(own);
  return own;
}

export class PackedCorpus implements Iterable<ExtractedDocument> {
  /** null: released (its id still counts, its document cannot be read again). */
  private readonly records = new Map<string, Buffer | ExtractedDocument | null>();
  private sorted: string[] | null = null;

  /** `packed: false` keeps the documents as objects: faster passes, ~4× the memory. */
  constructor(readonly packed: boolean = true) {}

  get size(): number {
    return this.records.size;
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  /**
   * Kept as objects, the documents share one string per spelling of a name (extract/intern.ts),
   * for as long as this corpus lives. Packed, each pass parses its own strings afresh.
   */
  private readonly intern = createInterner();

  add(doc: ExtractedDocument): void {
    if (!this.packed) internNames(doc.extraction, this.intern);
    this.put(doc.source.id, this.packed ? deflate(JSON.stringify({ source: doc.source, extraction: doc.extraction })) : doc);
  }

  /** A stored document whose cached extraction is still JSON text: packed without parsing it. */
  addCached(source: SourceDocument, extractionJson: string): void {
    if (!this.packed) return this.add({ source, extraction: JSON.parse(extractionJson) as DocumentExtraction });
    this.put(source.id, deflate(`{"source":${JSON.stringify(source)},"extraction":${extractionJson}}`));
  }

  delete(id: string): void {
    if (this.records.delete(id)) this.sorted = null;
  }

  /** The documents' ids in the resolver's order (the same order resolveEach sorts by). */
  ids(): readonly string[] {
    this.sorted ??= [...this.records.keys()].sort(codeUnitCompare);
    return this.sorted;
  }

  /**
   * Lets a document's record go while its id stays in the corpus: for the last pass, once the
   * document is resolved and on its way to the load, so the records shrink as the load goes on.
   */
  release(id: string): void {
    if (this.records.has(id)) this.records.set(id, null);
  }

  get(id: string): ExtractedDocument {
    const record = this.records.get(id);
    if (record === null) throw new Error(`packed corpus: document ${id} was released`);
    if (!record) throw new Error(`packed corpus: no document ${id}`);
    if (!Buffer.isBuffer(record)) return record;
    return JSON.parse(inflateRawSync(record).toString('utf8')) as { source: SourceDocument; extraction: DocumentExtraction };
  }

  /** Every document, unpacked afresh, in id order: each pass over the corpus reads it again. */
  *[Symbol.iterator](): Iterator<ExtractedDocument> {
    for (const id of this.ids()) yield this.get(id);
  }

  private put(id: string, record: Buffer | ExtractedDocument | null): void {
    if (!this.records.has(id)) this.sorted = null;
    this.records.set(id, record);
  }
}

/** The corpus as the resolver reads it (extraction and text), still re-readable pass after pass. */
export function resolverView(corpus: PackedCorpus): Iterable<{ readonly extraction: DocumentExtraction; readonly text: string; readonly doc: ExtractedDocument }> {
  return {
    *[Symbol.iterator]() {
      for (const doc of corpus) yield { extraction: doc.extraction, text: doc.source.text, doc };
    },
  };
}
