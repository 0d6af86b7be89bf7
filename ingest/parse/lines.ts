// Splits normalised text into lines and blocks, each with its span into the text.
import type { Span } from '../types.ts';
import { isSpaceCode } from './text-scan.ts';

export interface Line extends Span {
  /** 1-based line number, for `file:line:` messages. */
  readonly lineNo: number;
  /** The line without leading/trailing white space; start/end point at that trimmed text. */
  readonly text: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'bullet' | 'signature';

export interface Block extends Span {
  readonly kind: BlockKind;
  readonly text: string;
  readonly lineNo: number;
  /** For a bullet: the span of the text after the bullet mark. */
  readonly body: Span & { readonly text: string };
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let lineNo = 1;
  for (const raw of text.split('\n')) {
    // raw.trim(), with the offset of what it keeps: trim removes exactly \s.
    let lead = 0;
    while (lead < raw.length && isSpaceCode(raw.charCodeAt(lead))) lead += 1;
    let end = raw.length;
    while (end > lead && isSpaceCode(raw.charCodeAt(end - 1))) end -= 1;
    const trimmed = lead === 0 && end === raw.length ? raw : raw.slice(lead, end);
    lines.push({ lineNo, text: trimmed, start: offset + lead, end: offset + lead + trimmed.length });
    offset += raw.length + 1;
    lineNo += 1;
  }
  return lines;
}

const bulletMark = /^([-*•–]|\d+[.)])\s+/;

/** A short line without a final full stop that stands alone reads as a heading. */
function looksLikeHeading(line: Line, prev: Line | undefined, next: Line | undefined): boolean {
  // Standing alone is the cheap test, and most lines fail it: tested first.
  const alone = (!prev || prev.text === '') && (!next || next.text === '' || line.text.endsWith(':'));
  if (!alone) return false;
  if (/[.!?,;]$/.test(line.text) || bulletMark.test(line.text) || line.text.split(/\s+/).length > 10) return false;
  // "Tid: 12:30", "Plats: …" and sentences with a comma are labelled lines or prose, not headings.
  if (/\d[:.]\d\d/.test(line.text) || /, /.test(line.text) || /^[^:]+:\s+\S/.test(line.text)) return false;
  return /^[\p{Lu}\d§]/u.test(line.text);
}

export function splitBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    if (line.text === '') return;
    const mark = bulletMark.exec(line.text);
    const kind: BlockKind = line.text.startsWith('/')
      ? 'signature'
      : mark
        ? 'bullet'
        : looksLikeHeading(line, lines[i - 1], lines[i + 1])
          ? 'heading'
          : 'paragraph';
    const skip = kind === 'bullet' && mark ? mark[0].length : kind === 'signature' ? 1 : 0;
    const body = { start: line.start + skip, end: line.end, text: line.text.slice(skip) };
    blocks.push({ kind, text: line.text, start: line.start, end: line.end, lineNo: line.lineNo, body });
  });
  return blocks;
}
