// parse: one document's text → title, attendance list, minute taker and sections, all with spans.
import type { SourceDocument, Span } from '../types.ts';
import { itemMarker } from './agenda-items.ts';
import type { TextSpan } from './attendance-line.ts';
import { findDates, type DateMention } from './dates.ts';
import { type Block, type Line, splitBlocks, splitLines } from './lines.ts';
import { type Attendee, readNameBlocks } from './name-blocks.ts';
import { readSections } from './sections.ts';
import { segmentLines } from './segments.ts';

export type { Attendee };

export interface Title extends TextSpan {
  /** The text before the date ("Gemensam planeringsgrupp 12 mars 2019" → the group), without a document kind ("Protokoll"). */
  readonly name: TextSpan | null;
  readonly date: DateMention | null;
}

export interface Section {
  readonly heading: (TextSpan & { lineNo: number }) | null;
  /** "§ 63", "KS § 202": the number of a protocol's agenda item whose title is the heading. */
  readonly item: TextSpan | null;
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

// "Protokoll Kultur- och fritidsnämnden", "Sammanträdesprotokoll för X": the document kind is no name.
const documentKind = /^(?:justerat\s+)?(?:sammanträdes)?protokoll(?:\s+(?:från|för|vid|fört\s+vid))?\s+/iu;
// "Plats och tid …", "Sammanträdesdatum 2020-08-18", "Datum:": lines of a protocol's head that date it.
const dateLine = /^(?:plats\s+och\s+tid|tid\s+och\s+plats|sammanträdesdatum|mötesdatum|datum|tid)\b/iu;

function parseTitle(blocks: readonly Block[], raw: readonly Line[]): Title | null {
  const first = blocks[0];
  if (!first) return null;
  let date = findDates(first.text, first.start)[0] ?? null;
  // A protocol dates itself in its head, not its title: the first date on a dating line.
  const firstItem = raw.findIndex((l) => itemMarker.test(l.text));
  if (!date) {
    const head = raw.slice(0, firstItem > 0 ? firstItem : 40);
    for (let k = 0; k < head.length && !date; k++) {
      if (!dateLine.test(head[k]!.text)) continue;
      // "Plats och tid" alone on its line: the place and date stand on the next.
      const l = head[k]!.text.split(/\s+/).length <= 3 ? head.slice(k + 1).find((x) => x.text) ?? head[k]! : head[k]!;
      date = findDates(head[k]!.text, head[k]!.start)[0] ?? findDates(l.text, l.start)[0] ?? null;
    }
  }
  const inTitle = date && date.start >= first.start && date.end <= first.end;
  const nameEnd = inTitle ? date!.start : first.end;
  const kind = documentKind.exec(first.text)?.[0].length ?? 0;
  const raw0 = first.text.slice(kind, nameEnd - first.start).replace(/[\s,:–-]+$/, '');
  const name = raw0 ? { text: raw0, start: first.start + kind, end: first.start + kind + raw0.length } : null;
  return { text: first.text, start: first.start, end: first.end, name, date };
}

function findMinuteTaker(blocks: readonly Block[], attendees: readonly Attendee[], labelled: TextSpan | null): MinuteTaker | null {
  if (labelled) return { ...labelled, cue: 'label' };
  // "Vid pennan" = "at the pen": the minute taker, on the same line or the next.
  for (let i = 0; i < blocks.length; i++) {
    const m = /^(vid pennan|antecknat av|sekreterare|protokollförare|vid protokollet)\s*:?\s*(.*)$/i.exec(blocks[i]!.text);
    if (!m) continue;
    const sameLine = m[2]!.trim();
    if (/\p{L}/u.test(sameLine)) {
      const start = blocks[i]!.start + blocks[i]!.text.indexOf(sameLine);
      return { text: sameLine, start, end: start + sameLine.length, cue: 'label' };
    }
    const next = blocks[i + 1];
    if (next && /\p{L}/u.test(next.text) && next.text.split(/\s+/).length <= 5) return { text: next.text, start: next.start, end: next.end, cue: 'vid-pennan' };
  }
  // A closing "/NAME" signs the minutes.
  const signature = [...blocks].reverse().find((b) => b.kind === 'signature');
  if (signature && signature.body.text.split(/\s+/).length <= 4) {
    return { ...signature.body, cue: 'signature' };
  }
  // "Eva Ek, nämndsekreterare": in a protocol's list, the secretary keeps the minutes.
  const marked = attendees.find((a) => a.minuteTaker) ?? attendees.find((a) => a.present && /^(?:kommun|nämnd|stads|förvaltnings)?sekreterare$/iu.test(a.role?.text ?? ''));
  return marked ? { ...marked.name, cue: 'attendance-marker' } : null;
}

export function parseMinutes(doc: SourceDocument): ParsedMinutes {
  const raw = splitLines(doc.text);
  const lines = segmentLines(raw);
  const blocks = splitBlocks(lines);
  const title = parseTitle(blocks, raw);
  const structural: Span[] = title ? [{ start: title.start, end: title.end }] : [];
  const names = readNameBlocks(lines);
  const attendees = [...names.attendees];
  structural.push(...names.structural);
  const minuteTaker = findMinuteTaker(blocks, attendees, names.minuteTaker);
  if (minuteTaker && minuteTaker.cue !== 'attendance-marker') structural.push({ start: minuteTaker.start, end: minuteTaker.end });
  const inStructure = (b: Block) => structural.some((s) => b.start >= s.start && b.end <= s.end);
  const { sections, markers } = readSections(blocks.filter((b) => b !== blocks[0] && !inStructure(b)));
  structural.push(...markers);
  return { doc, lines, blocks, title, attendees, minuteTaker, sections, structural };
}
