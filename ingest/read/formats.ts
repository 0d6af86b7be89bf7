// The formats the read stage knows, by name: each turns a file's bytes into text or a reason.
import { decodeText } from './decode-text.ts';
import { docxToText } from './docx.ts';
import { htmlToText } from './html.ts';
import { pdfToText } from './pdf.ts';
import type { Converted } from './problem.ts';
import { sniffKind } from './sniff.ts';

export const supportedExtensions = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'] as const;
export type SupportedExtension = (typeof supportedExtensions)[number];

export interface ReadLimits {
  /** A file larger than this is not read at all. */
  readonly maxFileBytes: number;
  /** What a .docx may unpack to (all its ZIP entries together). */
  readonly maxUnpackedBytes: number;
  /**
   * The text a file may hold once read. Long municipal protocols are well under 2 million
   * characters; the stages after reading take seconds per million, so a 50 MB dump is refused.
   */
  readonly maxTextChars: number;
}

export const defaultReadLimits: ReadLimits = Object.freeze({ maxFileBytes: 50 * 1024 * 1024, maxUnpackedBytes: 50 * 1024 * 1024, maxTextChars: 10_000_000 });

export interface FormatReader {
  /** What `SourceDocument.format` says. */
  readonly format: string;
  readonly extensions: readonly SupportedExtension[];
  read(bytes: Buffer, limits: ReadLimits): Converted | Promise<Converted>;
}

function plainText(bytes: Buffer): Converted {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    const kind = sniffKind(bytes);
    return { reason: kind ? `${decoded.reason} (looks like ${kind}; is the extension wrong?)` : decoded.reason };
  }
  return decoded;
}

function html(bytes: Buffer): Converted {
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  const decoded = decodeText(bytes, declared);
  return 'reason' in decoded ? decoded : { text: htmlToText(decoded.text) };
}

export const formatReaders: readonly FormatReader[] = [
  { format: 'txt', extensions: ['.txt'], read: plainText },
  { format: 'md', extensions: ['.md'], read: plainText },
  { format: 'html', extensions: ['.html', '.htm'], read: html },
  { format: 'docx', extensions: ['.docx'], read: (bytes, limits) => docxToText(bytes, limits.maxUnpackedBytes) },
  { format: 'pdf', extensions: ['.pdf'], read: pdfToText },
];

export function readerFor(filePath: string): FormatReader | null {
  const lower = filePath.toLowerCase();
  return formatReaders.find((r) => r.extensions.some((ext) => lower.endsWith(ext))) ?? null;
}

export function hasSupportedExtension(filePath: string): boolean {
  return readerFor(filePath) !== null;
}
