// The labelled name blocks of minutes: attendance lists ("Närvarande", "Beslutande", "Tjänst-
// görande ersättare", "Frånvarande" …), role blocks ("Utses att justera", "Ordförande") and the
// minute taker ("Sekreterare"), whether the names stand under the label or after it.
import { lowerCase } from '../lexicon/word-cache.ts';
import type { Span } from '../types.ts';
import { type AttendeeLine, parseAttendeeLine, type TextSpan } from './attendance-line.ts';
import { type LabelMatch, matchLabel } from './labels.ts';
import type { Line } from './lines.ts';
import { splitNameList } from './name-list.ts';

export interface Attendee extends AttendeeLine {
  readonly lineNo: number;
  readonly list: string;
}

export interface NameBlocks {
  readonly attendees: readonly Attendee[];
  /** The first name under a minute-taker label ("Sekreterare"). */
  readonly minuteTaker: TextSpan | null;
  readonly structural: readonly Span[];
}

/** The entries of one list line, or null when the line is not a list line. */
function readEntries(text: string, start: number): AttendeeLine[] | null {
  const entries = splitNameList(text, start);
  // A line whose first entry is no attendee is no list line: the rest need not be read.
  const first = entries[0] && parseAttendeeLine(entries[0].text, entries[0].start);
  if (!first) return null;
  const rest = entries.slice(1).map((e) => parseAttendeeLine(e.text, e.start));
  return [first, ...rest.filter((p): p is AttendeeLine => p !== null)];
}

/** Reads the list after a label; a list with blank lines between entries may go on past them. */
function readList(lines: readonly Line[], at: number, label: LabelMatch): { found: Array<AttendeeLine & { lineNo: number }>; last: number } {
  const found: Array<AttendeeLine & { lineNo: number }> = [];
  const head = lines[at]!;
  let last = at;
  if (label.contentAt < head.text.length) {
    const entries = readEntries(head.text.slice(label.contentAt), head.start + label.contentAt);
    if (!entries) return { found, last };
    found.push(...entries.map((e) => ({ ...e, lineNo: head.lineNo })));
  }
  let spaced: boolean | null = null;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') {
      if (found.length > 0 && spaced === false) break;
      continue;
    }
    if (matchLabel(line.text)) break;
    const entries = readEntries(line.text, line.start);
    if (!entries) break;
    if (found.length === 1 && spaced === null) spaced = lines[i - 1]?.text === '';
    if (found.length > 0 && spaced === null) spaced = lines[i - 1]?.text === '';
    found.push(...entries.map((e) => ({ ...e, lineNo: line.lineNo })));
    last = i;
  }
  return { found, last };
}

const sameName = (a: string, b: string) => lowerCase(a) === lowerCase(b);

export function readNameBlocks(lines: readonly Line[]): NameBlocks {
  const attendees: Attendee[] = [];
  const roles: Array<{ entry: AttendeeLine & { lineNo: number }; role: TextSpan; list: string }> = [];
  const structural: Span[] = [];
  let minuteTaker: TextSpan | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = line.text ? matchLabel(line.text) : null;
    if (!label) continue;
    if (label.kind === 'ignore') {
      structural.push({ start: line.start, end: line.end });
      continue;
    }
    const { found, last } = readList(lines, i, label);
    if (!found.length) {
      // "Närvarande:" over "Ledamöter: …" and "Ersättare: …": a label that only groups others.
      const next = lines.slice(i + 1).find((l) => l.text);
      if (label.contentAt >= line.text.length && next && matchLabel(next.text)) structural.push({ start: line.start, end: line.end });
      continue;
    }
    structural.push({ start: line.start, end: lines[last]!.end });
    const labelSpan = { text: label.role ?? '', start: line.start, end: line.start + line.text.slice(0, label.contentAt).trimEnd().replace(/:$/, '').length };
    const list = line.text.slice(0, labelSpan.end - line.start);
    for (const entry of found) {
      if (label.kind === 'minute-taker') minuteTaker ??= entry.name;
      else if (label.kind === 'role') roles.push({ entry, role: labelSpan, list });
      else {
        attendees.push({ ...entry, present: entry.present && label.kind === 'present', role: entry.role ?? (label.role ? labelSpan : null), list });
        // "X ersätter Y": Y, the member, is absent from the meeting.
        if (entry.replaces) {
          attendees.push({ name: entry.replaces.name, party: entry.replaces.party, organisations: [], role: null, present: false, minuteTaker: false, replaces: null, lineNo: entry.lineNo, list });
        }
      }
    }
    i = last;
  }
  // "Utses att justera", "Ordförande": a role for someone listed, or a person on their own.
  for (const { entry, role, list } of roles) {
    const k = attendees.findIndex((a) => sameName(a.name.text, entry.name.text));
    if (k < 0) attendees.push({ ...entry, role: entry.role ?? role, list });
    else if (!attendees[k]!.role) attendees[k] = { ...attendees[k]!, role };
  }
  return { attendees, minuteTaker, structural };
}
