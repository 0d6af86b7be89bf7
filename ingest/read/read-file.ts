// One file → a SourceDocument, or one ReadProblem saying why not. Nothing half-read gets
// through: a converter either returns the whole text or a reason.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceDocument } from '../types.ts';
import { defaultReadLimits, type ReadLimits, readerFor, supportedExtensions } from './formats.ts';
import { megabytes, type ReadProblem } from './problem.ts';
import { makeSourceDocument } from './source-document.ts';

/** The file access the reader needs; injected in tests (e.g. to refuse with EACCES as root). */
export interface ReadFileSystem {
  stat(filePath: string): Promise<{ readonly size: number; isDirectory(): boolean }>;
  readFile(filePath: string): Promise<Buffer>;
}

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  readonly fs?: ReadFileSystem;
}

const nodeFs: ReadFileSystem = { stat, readFile: (p) => readFile(p) };

const fsErrors: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
  ELOOP: 'a symbolic link loop',
};

function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `cannot read: ${fsErrors[code] ?? 'error'} (${code})` : `cannot read: ${String(error)}`;
}

export async function readSourceDocument(filePath: string, options: ReadOptions = {}): Promise<SourceDocument | ReadProblem> {
  const problem = (reason: string): ReadProblem => ({ path: filePath, reason });
  const reader = readerFor(filePath);
  if (!reader) {
    const ext = path.extname(filePath).toLowerCase();
    return problem(`unsupported format '${ext || 'none'}' (supported: ${supportedExtensions.join(', ')})`);
  }
  const limits = { ...defaultReadLimits, ...options.limits };
  const fs = options.fs ?? nodeFs;
  let bytes: Buffer;
  try {
    const info = await fs.stat(filePath);
    if (info.isDirectory()) return problem('is a folder, not a file');
    if (info.size === 0) return problem('the file is empty');
    if (info.size > limits.maxFileBytes) return problem(`too large: ${megabytes(info.size)} (limit ${megabytes(limits.maxFileBytes)})`);
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return problem(cannotRead(error));
  }
  let converted;
  try {
    converted = await reader.read(bytes, limits);
  } catch (error) {
    // A converter's own failure on odd input is still this file's problem, not the batch's.
    return problem(`could not be read as ${reader.format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if ('reason' in converted) return problem(converted.reason);
  if (converted.text.length > limits.maxTextChars) {
    const millions = (n: number) => `${Math.round(n / 100_000) / 10} million`;
    return problem(`too much text: ${millions(converted.text.length)} characters (limit ${millions(limits.maxTextChars)}) — far longer than any minutes; is it the right file?`);
  }
  if (converted.text.trim() === '') {
    return problem(reader.format === 'txt' || reader.format === 'md' ? 'the file is empty' : `no text in this ${reader.format.toUpperCase()} file`);
  }
  return makeSourceDocument(filePath, converted.text, reader.format);
}
