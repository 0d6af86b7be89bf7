// .pdf → text from its text layer (unpdf's serverless build of pdf.js); no OCR.
import { getDocumentProxy } from 'unpdf';
import { dropPageFurniture, joinPages, type LaidLine, layoutPage, type PositionedText } from './pdf-layout.ts';
import type { Converted } from './problem.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

function reasonFor(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'password-protected PDF — remove the password first';
  if (name === 'InvalidPDFException') return 'corrupt PDF: invalid PDF structure';
  return `corrupt PDF: ${error instanceof Error ? error.message : String(error)}`;
}

async function pageLines(pdf: PdfDocument, pageNo: number): Promise<LaidLine[]> {
  const page = await pdf.getPage(pageNo);
  const content = await page.getTextContent();
  const items: PositionedText[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a, b, , , x, y] = item.transform as number[];
    items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height || 1 });
  }
  page.cleanup();
  return layoutPage(items);
}

export async function pdfToText(bytes: Buffer): Promise<Converted> {
  // The header may follow a little junk (the spec allows 1 KB of it).
  if (!bytes.subarray(0, 1024).includes('%PDF-')) return { reason: 'corrupt PDF: no %PDF header — not a PDF file' };
  let pdf: PdfDocument | null = null;
  try {
    // pdf.js takes ownership of the array it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true });
    const pages: LaidLine[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) pages.push(await pageLines(pdf, p));
    const text = joinPages(dropPageFurniture(pages));
    if (text.trim() === '') return { reason: 'no text layer — scanned? run OCR first' };
    return { text };
  } catch (error) {
    return { reason: reasonFor(error) };
  } finally {
    await pdf?.destroy();
  }
}
