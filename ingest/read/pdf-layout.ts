// A PDF's text layer is positioned fragments, not lines: this rebuilds lines by baseline,
// paragraphs by the gaps between them, drops what repeats at the edge of every page
// (running headers, "Sida 3 av 7") and mends words the layout broke at a line end.

export interface PositionedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size, from the text matrix. */
  readonly size: number;
}

export interface LaidLine {
  readonly text: string;
  /** A blank line goes before this one: a paragraph gap, or the start of a page. */
  readonly blankBefore: boolean;
}

interface Row {
  y: number;
  size: number;
  items: PositionedText[];
}

function joinRow(items: readonly PositionedText[]): string {
  let text = '';
  let prevEnd = -Infinity;
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const gap = item.x - prevEnd;
    if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > item.size * 0.15) text += ' ';
    text += item.str;
    prevEnd = Math.max(prevEnd, item.x + item.width);
  }
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** One page's fragments → its lines, top to bottom; a gap of 1.5 lines or more is a paragraph break. */
export function layoutPage(items: readonly PositionedText[]): LaidLine[] {
  const rows: Row[] = [];
  for (const item of [...items].filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - item.y) <= 0.5 * Math.max(row.size, item.size)) {
      row.items.push(item);
      row.size = Math.max(row.size, item.size);
    } else rows.push({ y: item.y, size: item.size, items: [item] });
  }
  return rows.map((row, i) => {
    const prev = rows[i - 1];
    return { text: joinRow(row.items), blankBefore: !!prev && prev.y - row.y > 1.5 * Math.max(prev.size, row.size) };
  });
}

// "3", "Sida 3", "Sida 3 av 7", "3 (7)", "3/7", "- 3 -", "Page 3 of 7".
const pageNumber = /^(?:(?:sida|sid\.|s\.|page)\s*)?\d+\s*(?:(?:av|of|\/)\s*\d+|\(\d+\))?$|^[-–]\s*\d+\s*[-–]$/i;
const edgeLines = 2;

function edgeKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

function edgeIndices(lines: readonly LaidLine[]): number[] {
  const n = lines.length;
  return [...new Set([...Array(Math.min(edgeLines, n)).keys(), ...[...Array(Math.min(edgeLines, n)).keys()].map((k) => n - 1 - k)])];
}

/** Drops bare page numbers, and lines at a page's top or bottom that recur there on most pages. */
export function dropPageFurniture(pages: readonly (readonly LaidLine[])[]): LaidLine[][] {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edgeIndices(page).map((i) => edgeKey(page[i]!.text)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const repeated = (text: string) => pages.length >= 2 && (pagesWith.get(edgeKey(text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) => {
    const edges = new Set(edgeIndices(page));
    const kept = page.filter((line, i) => !(edges.has(i) && (pageNumber.test(line.text) || repeated(line.text))));
    return kept.map((line, i) => (i === 0 ? { ...line, blankBefore: false } : line));
  });
}

const brokenWord = /([\p{L}\p{N}]+)([-\u00ad])$/u;

/**
 * "sam-" + "verkan" → "samverkan": a hyphen between two lower-case parts was the layout's.
 * "IT-" + "grupp", "Region-" + "Skåne": an abbreviation or a capital keeps its hyphen.
 */
function mend(line: string, next: string): { line: string; next: string } | null {
  const m = brokenWord.exec(line);
  const word = /^(\S+)\s*/.exec(next);
  if (!m || !word || /\s[-\u00ad]$/.test(line)) return null;
  const [, before, mark] = m;
  const first = word[1]!;
  if (!/^[\p{L}\p{N}]/u.test(first)) return null;
  const rest = next.slice(word[0].length);
  const lowerJoin = /\p{Ll}$/u.test(before!) && /^\p{Ll}/u.test(first) && before !== before!.toUpperCase();
  const keep = mark === '-' && !lowerJoin;
  return { line: line.slice(0, line.length - 1) + (keep ? '-' : '') + first, next: rest };
}

/** Pages → text: paragraph gaps and page breaks as blank lines, broken words mended across both. */
export function joinPages(pages: readonly (readonly LaidLine[])[]): string {
  const lines: { text: string; blankBefore: boolean; pageStart: boolean }[] = [];
  pages.forEach((page, p) => page.forEach((line, i) => lines.push({ ...line, blankBefore: line.blankBefore || (p > 0 && i === 0), pageStart: p > 0 && i === 0 })));
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!;
    if (next.blankBefore && !next.pageStart) continue;
    const mended = mend(lines[i]!.text, next.text);
    if (!mended) continue;
    lines[i]!.text = mended.line;
    if (mended.next) {
      next.text = mended.next;
      next.blankBefore = false;
    } else lines.splice(i + 1, 1);
  }
  return lines.map((l, i) => (i > 0 && l.blankBefore ? `\n${l.text}` : l.text)).join('\n');
}
