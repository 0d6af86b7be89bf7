// Bytes of a plain-text file → a string, whatever of the usual encodings it was saved in.
// Order: a BOM says it; NUL bytes in every other place say BOM-less UTF-16; bytes that are
// valid UTF-8 are UTF-8; otherwise chardet's guess among the single-byte Western encodings.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

/** `encoding` is the one used: detected, or the one a page declared (`<meta charset>`). */
export type Decoded = { readonly text: string; readonly encoding: string } | { readonly reason: string };

const boms: ReadonlyArray<[readonly number[], TextEncoding]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  for (const [mark, encoding] of boms) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return null;
}

/** Latin text in UTF-16 has a zero high byte in nearly every character: on odd offsets (LE) or even (BE). */
function utf16ByNulPattern(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const half = n / 2;
  if (odd / half > 0.3 && even / half < 0.02) return 'utf-16le';
  if (even / half > 0.3 && odd / half < 0.02) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** chardet ranks its guesses; the first Western one wins, windows-1252 when none is. */
function guessSingleByte(bytes: Uint8Array): TextEncoding {
  for (const { name } of chardet.analyse(bytes)) {
    const lower = name.toLowerCase();
    if (lower === 'utf-16le' || lower === 'utf-16be') return lower;
    // ISO-8859-1 leaves 0x80–0x9F as control codes; text that uses them ("–", "’") is windows-1252.
    if (lower === 'iso-8859-1') return bytes.some((b) => b >= 0x80 && b <= 0x9f) ? 'windows-1252' : 'iso-8859-1';
    if (lower === 'windows-1252') return 'windows-1252';
  }
  return 'windows-1252';
}

/** `declared` (an HTML page's charset) is believed only where the bytes themselves do not say. */
export function detectEncoding(bytes: Uint8Array, declared?: string): { encoding: string; skip: number } {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, skip: bom.length };
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return { encoding: utf16, skip: 0 };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', skip: 0 };
  if (declared && !/^utf-?(8|16)/i.test(declared) && iconv.encodingExists(declared)) return { encoding: declared.toLowerCase(), skip: 0 };
  return { encoding: guessSingleByte(bytes), skip: 0 };
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return.
const controlChars = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;

/** Text is at most 1 % control characters or replacement marks; binary files are far above that. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(controlChars)?.length ?? 0;
  return controls > Math.max(2, text.length / 100);
}

/** Well-formed multi-byte UTF-8 sequences, and the bytes that fit no sequence (with the first one's offset). */
function utf8Shape(bytes: Uint8Array): { sequences: number; invalid: number; firstInvalid: number } {
  let sequences = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences += 1;
      i += length;
    } else {
      invalid += 1;
      if (firstInvalid < 0) firstInvalid = i;
      i += 1;
    }
  }
  return { sequences, invalid, firstInvalid };
}

/**
 * UTF-8 with a few broken bytes (a truncated copy, a bad merge) read as Windows-1252 would turn
 * every å ä ö into "Ã¥": refused instead. Latin-1 text has next to no valid UTF-8 sequences.
 */
function damagedUtf8(bytes: Uint8Array): string | null {
  const { sequences, invalid, firstInvalid } = utf8Shape(bytes);
  if (sequences < 2 || sequences <= invalid) return null;
  return `invalid UTF-8: ${invalid} byte(s) that are not UTF-8, the first at byte ${firstInvalid}, in text that otherwise is — damaged? save it again as UTF-8`;
}

export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  const { encoding, skip } = detectEncoding(bytes, declared);
  const damaged = encoding === 'utf-8' || encoding.startsWith('utf-16') ? null : damagedUtf8(bytes);
  if (damaged) return { reason: damaged };
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip), encoding);
  if (looksBinary(text)) return { reason: 'binary content, not text' };
  return { text, encoding };
}
