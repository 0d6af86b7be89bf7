// Plain-text encodings: whatever a Swedish office saved the minutes in, å ä ö come out right.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, makeSourceDocument, readSourceDocument } from '../../ingest/read.ts';
import { minutesText, noise } from './build-fixtures.ts';

const text = minutesText();
const bom = (marks: number[], body: Buffer) => Buffer.concat([Buffer.from(marks), body]);

const encodings: ReadonlyArray<[string, Buffer, string]> = [
  ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', bom([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')), 'utf-8'],
  ['UTF-16LE with BOM', bom([0xff, 0xfe], iconv.encode(text, 'utf-16le')), 'utf-16le'],
  ['UTF-16BE with BOM', bom([0xfe, 0xff], iconv.encode(text, 'utf-16be')), 'utf-16be'],
  ['UTF-16LE without BOM', iconv.encode(text, 'utf-16le'), 'utf-16le'],
  ['UTF-16BE without BOM', iconv.encode(text, 'utf-16be'), 'utf-16be'],
  ['windows-1252', iconv.encode(`${text}Kostnad – 500 kr, ”preliminärt”.\n`, 'windows-1252'), 'windows-1252'],
  ['ISO-8859-1', iconv.encode(text, 'iso-8859-1'), 'iso-8859-1'],
];

describe('decodeText', () => {
  for (const [name, bytes, encoding] of encodings) {
    it(`reads ${name} with å ä ö intact`, () => {
      const decoded = decodeText(bytes);
      expect(decoded).toMatchObject({ encoding });
      const got = 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : '';
      expect(got.startsWith(text)).toBe(true);
      expect(got).toContain('Närvarande');
      expect(got).toContain('kulturförvaltningen');
      expect(got).toContain('Åtgärder');
    });
  }

  it('reads the windows-1252 en dash and quotes that ISO-8859-1 lacks', () => {
    const decoded = decodeText(iconv.encode('Kostnad – 500 kr, ”preliminärt”.\n', 'windows-1252'));
    expect('text' in decoded && decoded.text).toBe('Kostnad – 500 kr, ”preliminärt”.\n');
  });

  it('believes an HTML page’s declared charset only when the bytes are not UTF-8', () => {
    expect(decodeText(iconv.encode('Närvarande', 'iso-8859-15'), 'iso-8859-15')).toMatchObject({ encoding: 'iso-8859-15', text: 'Närvarande' });
    expect(decodeText(Buffer.from('Närvarande'), 'windows-1252')).toMatchObject({ encoding: 'utf-8', text: 'Närvarande' });
  });

  it('refuses binary content', () => {
    expect(decodeText(noise(2048))).toEqual({ reason: 'binary content, not text' });
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toHaveProperty('reason');
  });
});

describe('line ends and the document id', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'minutes-read-eol-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives CRLF, lone-CR, BOM and UTF-16 files the same text and id as the plain UTF-8 file', async () => {
    const variants: Record<string, Buffer> = {
      'lf.txt': Buffer.from(text),
      'crlf.txt': Buffer.from(text.replace(/\n/g, '\r\n')),
      'cr.md': Buffer.from(text.replace(/\n/g, '\r')),
      'bom-crlf.txt': bom([0xef, 0xbb, 0xbf], Buffer.from(text.replace(/\n/g, '\r\n'))),
      'utf16.txt': bom([0xff, 0xfe], iconv.encode(text.replace(/\n/g, '\r\n'), 'utf-16le')),
      'latin1.txt': iconv.encode(text, 'latin1'),
    };
    const expected = makeSourceDocument('lf.txt', text);
    for (const [name, bytes] of Object.entries(variants)) {
      writeFileSync(path.join(dir, name), bytes);
      const doc = await readSourceDocument(path.join(dir, name));
      expect(doc, name).toMatchObject({ id: expected.id, text, format: path.extname(name).slice(1) });
    }
  });

  it('keeps the id as `doc:` + 16 hex digits of the sha256 of the normalised text', () => {
    const doc = makeSourceDocument('a.txt', '\uFEFFRad ett\r\nRad två\r');
    expect(doc.text).toBe('Rad ett\nRad två\n');
    expect(doc.id).toBe(`doc:${doc.sha256.slice(0, 16)}`);
    expect(doc.format).toBe('txt');
  });
});
