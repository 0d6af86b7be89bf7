// Builders for the read-stage fixtures: invented Swedish minutes in every format and
// encoding, and the broken files the reader must refuse one by one.
import JSZip from 'jszip';
import { PDFDocument, PDFHexString, type PDFFont, StandardFonts } from 'pdf-lib';

/** Minutes of an invented steering group; `day` keeps each format's meeting distinct. */
export function minutesText(day = 3): string {
  return `Styrgrupp ${day} mars 2019\n\nNärvarande\n\nLars Ekdahl, kulturförvaltningen\nMaja Ruud, Fontänhuset\n\nÅtgärder\n\nMaja kommer att ta fram en budget.\n`;
}

export function minutesHtml(day = 5): string {
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Protokoll &ndash; kommunen</title>
<style>p { margin: 0 } .x > a { color: red }</style>
<script>if (a < b && c) { document.write("<p>inte text</p>"); }</script></head>
<body>
<nav><ul><li><a href="/">Start</a></li><li><a href="/om">Om oss</a></li></ul></nav>
<main>
<h1>Styrgrupp ${day} mars 2019</h1>
<h2>N&auml;rvarande</h2>
<table>
  <tr><td>Lars Ekdahl</td><td>kulturf&#246;rvaltningen</td></tr>
  <tr><td>Maja Ruud</td><td>Font&#xE4;nhuset</td></tr>
</table>
<h2>&Aring;tg&auml;rder</h2>
<ul><li>Maja kommer att ta fram en budget.</li><li>Lars bjuder in&nbsp;till n&auml;sta m&ouml;te.</li></ul>
<p>Mötet avslutades.<br>Nästa möte hålls i april.</p>
<!-- <p>en kommentar</p> -->
</main>
<footer>© 2019 Kommunen</footer>
</body></html>
`;
}

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraph(text: string, style?: string): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  const runs = text.split('\n').map((t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('<w:r><w:br/></w:r>');
  return `<w:p>${props}${runs}</w:p>`;
}

function table(rows: readonly (readonly string[])[]): string {
  const cell = (t: string) => `<w:tc>${paragraph(t)}</w:tc>`;
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export function documentXml(day = 6): string {
  const body = [
    paragraph(`Styrgrupp ${day} mars 2019`, 'Heading1'),
    paragraph('Närvarande', 'Heading2'),
    table([['Lars Ekdahl', 'kulturförvaltningen'], ['Maja Ruud', 'Fontänhuset']]),
    paragraph('Åtgärder', 'Heading2'),
    paragraph('Maja kommer att ta fram en budget.'),
    paragraph('Mötet avslutades.\nNästa möte hålls i april.'),
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`;
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal valid .docx; `extra` adds entries (e.g. a large, very compressible one). */
export async function buildDocx(day = 6, extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes);
  zip.file('_rels/.rels', rels);
  zip.file('word/document.xml', documentXml(day));
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrites the uncompressed size the central directory declares for one entry. */
export function declareSize(zip: Buffer, entry: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const name = out.toString('utf8', at + 46, at + 46 + out.readUInt16LE(at + 28));
    if (name === entry) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
  }
  throw new Error(`no entry ${entry} in the zip`);
}

/** What Word writes for a password-protected document: an OLE file with an EncryptedPackage stream (a stand-in, not a real one). */
export function encryptedOfficeStandIn(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptedInfo\0EncryptedPackage\0', 'utf16le'), Buffer.alloc(512)]);
}

function line(page: ReturnType<PDFDocument['addPage']>, font: PDFFont, text: string, y: number, size = 11): void {
  page.drawText(text, { x: 56, y, size, font });
}

/** Two A4 pages with a running header, a "Sida N av 2" footer and words broken at line ends. */
export async function buildTextPdf(day = 7): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2019-03-07T00:00:00Z'));
  doc.setModificationDate(new Date('2019-03-07T00:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = [doc.addPage([595, 842]), doc.addPage([595, 842])];
  pages.forEach((page, i) => {
    line(page, font, 'Kulturnämndens styrgrupp – protokoll', 800, 8);
    line(page, font, `Sida ${i + 1} av 2`, 40, 8);
  });
  const [one, two] = pages as [typeof pages[0], typeof pages[0]];
  line(one, bold, `Styrgrupp ${day} mars 2019`, 740, 14);
  line(one, bold, 'Närvarande', 700);
  line(one, font, 'Lars Ekdahl, kulturförvaltningen', 670);
  line(one, font, 'Maja Ruud, Fontänhuset', 656);
  line(two, bold, 'Åtgärder', 740);
  line(two, font, 'Maja kommer att ta fram en budget i sam-', 710);
  line(two, font, 'verkan med IT-', 696);
  line(two, font, 'gruppen och föreningen.', 682);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A page with a drawn rectangle and no text, as a scan without OCR looks to a text reader. */
export async function buildBlankPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, borderWidth: 2 });
  return Buffer.from(await doc.save());
}

/**
 * pdf-lib cannot encrypt, so this adds a standard-security /Encrypt entry whose password
 * check fails for the empty password: to pdf.js it is a PDF that needs a password.
 */
export async function buildEncryptedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Hemligt', { x: 50, y: 700, font, size: 12 });
  const ctx = doc.context;
  ctx.trailerInfo.Encrypt = ctx.register(ctx.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('ab'.repeat(32)), U: PDFHexString.of('cd'.repeat(32)), P: -4 }));
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('01'.repeat(16)), PDFHexString.of('01'.repeat(16))]);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Deterministic noise: the same "random" bytes on every run. */
export function noise(length: number, seed = 1): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
