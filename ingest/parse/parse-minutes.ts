// parse: one document's text → title, attendance list, minute taker and sections, all with spans.
import type { SourceDocument, Span } from '../types.ts';
import { findDates, type DateMention } from './dates.ts';
import { type Block, type Line, splitBlocks, splitLines } from './lines.ts';
import { type AttendeeLine, parseAttendeeLine, type TextSpan } from './attendance-line.ts';

export interface Title extends TextSpan {
  /** The text before the date ("Gemensam planeringsgrupp 12 mars 2019" → the group). */
  readonly name: TextSpan | null;
  readonly date: DateMention | null;
}

export interface Attendee extends AttendeeLine {
  readonly lineNo: number;
  readonly list: string;
}

export interface Section {
  readonly heading: (TextSpan & { lineNo: number }) | null;
  readonly blocks: readonly Block[];
}

export interface MinuteTaker extends TextSpan {
  readonly cue: 'vid-pennan' | 'signature' | 'attendance-marker' | 'label';
}

export interface ParsedMinutes {
  readonly doc: SourceDocument;
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  readonly title: Title | null;
  readonly attendees: readonly Attendee[];
  readonly minuteTaker: MinuteTaker | null;
  readonly sections: readonly Section[];
  /** Spans the extractors must not read as running text (title, attendance lists, signature). */
  readonly structural: readonly Span[];
}

// Headings that open an attendance list; the value says whether those listed were present.
const attendanceHeadings: ReadonlyArray<[RegExp, boolean]> = [
  [/^(?:närvarande(?: vid mötet| ledamöter)?|fasta ledamöter|ledamöter|deltagare|deltagande|beslutande|tjänstgörande ersättare|ersättare|övriga deltagare|övriga närvarande|närvarande ersättare)\s*:?$/i, true],
  [/^(?:frånvarande|förhinder|anmält förhinder|ej närvarande)\s*:?$/i, false],
];

function parseTitle(blocks: readonly Block[]): Title | null {
  const first = blocks[0];
  if (!first) return null;
  const dates = findDates(first.text, first.start);
  const date = dates[0] ?? null;
  const nameEnd = date ? date.start : first.end;
  const raw = first.text.slice(0, nameEnd - first.start).replace(/[\s,:–-]+$/, '');
  const name = raw ? { text: raw, start: first.start, end: first.start + raw.length } : null;
  return { text: first.text, start: first.start, end: first.end, name, date };
}

function attendanceListOf(heading: string): boolean | null {
  for (const [re, present] of attendanceHeadings) if (re.test(heading.trim())) return present;
  return null;
}

/** Reads the list under an attendance heading; a list with blank lines between entries may go on past them. */
function readAttendance(lines: readonly Line[], from: number, list: string, present: boolean): { attendees: Attendee[]; last: number } {
  const attendees: Attendee[] = [];
  let i = from;
  let last = from - 1;
  let spaced: boolean | null = null;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text === '') {
      if (attendees.length > 0 && spaced === false) break;
      i += 1;
      continue;
    }
    const parsed = parseAttendeeLine(line.text, line.start);
    if (!parsed) break;
    if (attendees.length === 1 && spaced === null) spaced = lines[i - 1]?.text === '';
    attendees.push({ ...parsed, present: parsed.present && present, lineNo: line.lineNo, list });
    last = i;
    i += 1;
  }
  return { attendees, last };
}

function findMinuteTaker(blocks: readonly Block[], attendees: readonly Attendee[]): MinuteTaker | null {
  // "Vid pennan" = "at the pen": the minute taker, on the same line or the next.
  for (let i = 0; i < blocks.length; i++) {
    const m = /^(vid pennan|antecknat av|sekreterare|protokollförare|vid protokollet)\s*:?\s*(.*)$/i.exec(blocks[i]!.text);
    if (!m) continue;
    const sameLine = m[2]!.trim();
    if (sameLine) {
      const start = blocks[i]!.start + blocks[i]!.text.indexOf(sameLine);
      return { text: sameLine, start, end: start + sameLine.length, cue: 'label' };
    }
    const next = blocks[i + 1];
    if (next && next.text.split(/\s+/).length <= 5) return { text: next.text, start: next.start, end: next.end, cue: 'vid-pennan' };
  }
  // A closing "/NAME" signs the minutes.
  const signature = [...blocks].reverse().find((b) => b.kind === 'signature');
  if (signature && signature.body.text.split(/\s+/).length <= 4) {
    return { ...signature.body, cue: 'signature' };
  }
  const marked = attendees.find((a) => a.minuteTaker);
  return marked ? { ...marked.name, cue: 'attendance-marker' } : null;
}

export function parseMinutes(doc: SourceDocument): ParsedMinutes {
  const lines = splitLines(doc.text);
  const blocks = splitBlocks(lines);
  const title = parseTitle(blocks);
  const structural: Span[] = title ? [{ start: title.start, end: title.end }] : [];
  const attendees: Attendee[] = [];
  const consumed = new Set<number>();
  lines.forEach((line, i) => {
    const present = attendanceListOf(line.text);
    if (present === null || consumed.has(i)) return;
    const { attendees: found, last } = readAttendance(lines, i + 1, line.text.replace(/:$/, ''), present);
    attendees.push(...found);
    for (let k = i; k <= last; k++) consumed.add(k);
    if (found.length) structural.push({ start: line.start, end: lines[last]!.end });
  });
  const minuteTaker = findMinuteTaker(blocks, attendees);
  if (minuteTaker && minuteTaker.cue !== 'attendance-marker') structural.push({ start: minuteTaker.start, end: minuteTaker.end });
  const inStructure = (b: Block) => structural.some((s) => b.start >= s.start && b.end <= s.end);
  const sections: Section[] = [];
  let current: { heading: Section['heading']; blocks: Block[] } = { heading: null, blocks: [] };
  for (const block of blocks) {
    if (block === blocks[0] || inStructure(block)) continue;
    if (block.kind === 'heading') {
      if (current.heading || current.blocks.length) sections.push(current);
      const text = block.text.replace(/:$/, '');
      current = { heading: { text, start: block.start, end: block.start + text.length, lineNo: block.lineNo }, blocks: [] };
    } else current.blocks.push(block);
  }
  if (current.heading || current.blocks.length) sections.push(current);
  return { doc, lines, blocks, title, attendees, minuteTaker, sections, structural };
}
