// The record every later stage reads: normalised text, its hash, the original format.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { SourceDocument } from '../types.ts';

/** Normalise to what every span points into: no BOM, LF line ends, NFC. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** `format` defaults to the file's extension; the id depends on the text alone. */
export function makeSourceDocument(filePath: string, raw: string, format?: string): SourceDocument {
  const text = normaliseText(raw);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const shownFormat = format ?? (path.extname(filePath).slice(1).toLowerCase() || 'txt');
  // Paths inside the working folder are kept relative, so a graph does not name one machine's folders.
  const relative = path.relative(process.cwd(), filePath);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
  return { id: `doc:${sha256.slice(0, 16)}`, path: shown, format: shownFormat, sha256, text };
}
