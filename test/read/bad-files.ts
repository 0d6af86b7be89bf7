// The broken files a batch may hold, each with the one reason the reader must give for it.
import { buildBlankPdf, buildDocx, buildEncryptedPdf, declareSize, encryptedOfficeStandIn, noise } from './build-fixtures.ts';

export async function badFiles(): Promise<Record<string, { bytes: Buffer; reason: string }>> {
  const docx = await buildDocx();
  return {
    'empty.txt': { bytes: Buffer.alloc(0), reason: 'the file is empty' },
    'blank.md': { bytes: Buffer.from(' \r\n\t\n'), reason: 'the file is empty' },
    'binary.txt': { bytes: noise(4096), reason: 'binary content, not text' },
    'renamed-docx.txt': { bytes: docx, reason: 'binary content, not text (looks like a ZIP archive, e.g. a .docx; is the extension wrong?)' },
    'scanned.pdf': { bytes: await buildBlankPdf(), reason: 'no text layer — scanned? run OCR first' },
    'locked.pdf': { bytes: await buildEncryptedPdf(), reason: 'password-protected PDF — remove the password first' },
    'corrupt.pdf': { bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(4096, 7)]), reason: 'corrupt PDF: invalid PDF structure' },
    'not-a.pdf': { bytes: Buffer.from('Styrgrupp 1 mars 2019\n'), reason: 'corrupt PDF: no %PDF header — not a PDF file' },
    'corrupt.docx': { bytes: noise(4096, 3), reason: 'corrupt DOCX: not a ZIP archive' },
    'truncated.docx': { bytes: docx.subarray(0, Math.floor(docx.length / 2)), reason: 'corrupt DOCX: not a ZIP archive (no end of central directory)' },
    'locked.docx': { bytes: encryptedOfficeStandIn(), reason: 'password-protected DOCX — remove the password first' },
    'bomb.docx': { bytes: declareSize(docx, 'word/document.xml', 0xf0000000), reason: 'unpacks to 3840 MB (limit 50 MB) — refusing a possible zip bomb' },
    'empty.html': { bytes: Buffer.from('<html><head><script>x()</script></head><body><nav>Meny</nav></body></html>'), reason: 'no text in this HTML file' },
  };
}
