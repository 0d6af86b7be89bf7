// The pure part of the pipeline: read files → parse → extract → resolve, no database.
import { parseMinutes } from './parse/parse-minutes.ts';
import { extractDocument } from './extract/extract-document.ts';
import type { DocumentExtraction } from './extract/context.ts';
import { listInputFiles, type ReadProblem, readSourceDocument } from './read.ts';
import type { Registry } from './registry.ts';
import { resolveCorpus } from './resolve/resolve-corpus.ts';
import type { ResolvedDocument } from './resolve/resolved.ts';
import type { SourceDocument } from './types.ts';

export interface ExtractedDocument {
  readonly source: SourceDocument;
  readonly extraction: DocumentExtraction;
}

export interface ReadResult {
  /** The caller's own array: the ingest takes documents out of it as it extracts them. */
  readonly documents: SourceDocument[];
  readonly problems: readonly ReadProblem[];
}

export async function readInputs(paths: readonly string[], onFile?: (done: number, total: number) => void): Promise<ReadResult> {
  const problems: ReadProblem[] = [];
  const files = await listInputFiles(paths, problems);
  const documents: SourceDocument[] = [];
  const seen = new Set<string>();
  for (const [i, file] of files.entries()) {
    const result = await readSourceDocument(file);
    if ('reason' in result) problems.push(result);
    else if (seen.has(result.id)) problems.push({ path: file, reason: 'same text as another file given; ingested once' });
    else {
      seen.add(result.id);
      documents.push(result);
    }
    onFile?.(i + 1, files.length);
  }
  return { documents, problems };
}

export function extractOne(source: SourceDocument, registry: Registry): ExtractedDocument {
  return { source, extraction: extractDocument(parseMinutes(source), registry) };
}

export function resolveAll(docs: readonly ExtractedDocument[], registry: Registry): ResolvedDocument[] {
  return resolveCorpus(docs.map((d) => ({ extraction: d.extraction, text: d.source.text })), registry);
}
