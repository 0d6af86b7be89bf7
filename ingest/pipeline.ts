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
  readonly documents: readonly SourceDocument[];
  readonly problems: readonly ReadProblem[];
}

export async function readInputs(paths: readonly string[], onFile?: (done: number, total: number) => void): Promise<ReadResult> {
  const inputs = await listInputs(paths);
  const documents: SourceDocument[] = [];
  for await (const chunk of readInChunks(inputs, Infinity, onFile)) documents.push(...chunk);
  return { documents, problems: inputs.problems };
}

export interface InputFiles {
  readonly files: readonly string[];
  /** Paths that could not be listed, then files that could not be read, as reading goes on. */
  readonly problems: ReadProblem[];
}

/** The files the paths a user gave stand for (folders expanded), not read yet. */
export async function listInputs(paths: readonly string[]): Promise<InputFiles> {
  const problems: ReadProblem[] = [];
  return { files: await listInputFiles(paths, problems), problems };
}

/**
 * The files read in order, `size` documents at a time, so a caller that extracts and drops each
 * chunk never holds every text at once. A file whose text another file already gave is read once.
 */
export async function* readInChunks(inputs: InputFiles, size: number, onFile?: (done: number, total: number) => void): AsyncGenerator<SourceDocument[]> {
  const { files, problems } = inputs;
  const seen = new Set<string>();
  let chunk: SourceDocument[] = [];
  for (const [i, file] of files.entries()) {
    const result = await readSourceDocument(file);
    if ('reason' in result) problems.push(result);
    else if (seen.has(result.id)) problems.push({ path: file, reason: 'same text as another file given; ingested once' });
    else {
      seen.add(result.id);
      chunk.push(result);
    }
    onFile?.(i + 1, files.length);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

export function extractOne(source: SourceDocument, registry: Registry): ExtractedDocument {
  return { source, extraction: extractDocument(parseMinutes(source), registry) };
}

export function resolveAll(docs: readonly ExtractedDocument[], registry: Registry): ResolvedDocument[] {
  return resolveCorpus(docs.map((d) => ({ extraction: d.extraction, text: d.source.text })), registry);
}
