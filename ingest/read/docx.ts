// .docx → text: mammoth's HTML (paragraphs, headings, lists, tables) through the same
// block-keeping converter as .html, so a table row "Name | Organisation" stays one line.
import mammoth from 'mammoth';
import { htmlToText } from './html.ts';
import type { Converted } from './problem.ts';
import { startsWith } from './sniff.ts';
import { checkZip } from './zip-guard.ts';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A password-protected .docx is an OLE compound file holding an "EncryptedPackage" stream. */
function isEncryptedOffice(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

export async function docxToText(bytes: Buffer, maxUnpackedBytes: number): Promise<Converted> {
  if (startsWith(bytes, oleMagic)) {
    return isEncryptedOffice(bytes)
      ? { reason: 'password-protected DOCX — remove the password first' }
      : { reason: 'an old binary Word file (.doc), not a .docx — save it as .docx' };
  }
  if (!startsWith(bytes, zipMagic)) return { reason: 'corrupt DOCX: not a ZIP archive' };
  const zip = checkZip(bytes, maxUnpackedBytes);
  if ('reason' in zip) return { reason: zip.corrupt ? `corrupt DOCX: ${zip.reason}` : zip.reason };
  if (!zip.names.includes('word/document.xml')) return { reason: 'corrupt DOCX: no word/document.xml inside' };
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    return { text: htmlToText(value) };
  } catch (error) {
    return { reason: `corrupt DOCX: ${error instanceof Error ? error.message : String(error)}` };
  }
}
