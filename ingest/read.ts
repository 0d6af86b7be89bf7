// read: files on disk → SourceDocument records with normalised text and a content hash.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceDocument } from './types.ts';

export const supportedExtensions = ['.txt', '.md'] as const;

export interface ReadProblem {
  readonly path: string;
  readonly reason: string;
}

/** Normalise to what every span points into: no BOM, LF line ends, NFC. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

export function makeSourceDocument(filePath: string, raw: string): SourceDocument {
  const text = normaliseText(raw);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const format = path.extname(filePath).slice(1).toLowerCase() || 'txt';
  // Paths inside the working folder are kept relative, so a graph does not name one machine's folders.
  const relative = path.relative(process.cwd(), filePath);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
  return { id: `doc:${sha256.slice(0, 16)}`, path: shown, format, sha256, text };
}

/** Expands folders (recursively, sorted) into the supported files they hold. */
export async function listInputFiles(inputs: readonly string[], problems: ReadProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      problems.push({ path: input, reason: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(input, { recursive: true })).map(String).sort();
      for (const entry of entries) {
        if (supportedExtensions.some((ext) => entry.toLowerCase().endsWith(ext))) files.push(path.join(input, entry));
      }
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

export async function readSourceDocument(filePath: string): Promise<SourceDocument | ReadProblem> {
  const ext = path.extname(filePath).toLowerCase();
  if (!(supportedExtensions as readonly string[]).includes(ext)) {
    return { path: filePath, reason: `unsupported format '${ext || 'none'}' (supported: ${supportedExtensions.join(', ')})` };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    return { path: filePath, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const raw = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (raw.trim() === '') return { path: filePath, reason: 'the file is empty' };
  return makeSourceDocument(filePath, raw);
}
