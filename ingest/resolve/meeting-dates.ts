// Meeting dates: stated in the title, inferred when the year is missing, or a window when
// nothing fixes the day. Inference uses only what the corpus says: the group's other meetings
// (their weekday, their years), weekdays the text names as its rhythm, and the dates it mentions.
import { normaliseKey, type DateCertainty } from '../../cypher/model.ts';
import { type DateMention, formatDate, isValidDate, weekdayOf } from '../parse/dates.ts';
import type { DocumentExtraction } from '../extract/context.ts';

export interface MeetingDate {
  readonly date: string | null;
  readonly dateCertainty: DateCertainty;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
}

interface GroupRhythm {
  readonly weekdays: ReadonlySet<number>;
}

const unknown: MeetingDate = { date: null, dateCertainty: 'unknown', dateFrom: null, dateTo: null };

function corpusYears(docs: Iterable<DocumentExtraction>): number[] {
  // A loop, not Math.min(...years): spreading 100k+ years overflows the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const d of docs) for (const m of d.meeting.dates) if (m.year !== null) [min, max] = [Math.min(min, m.year), Math.max(max, m.year)];
  if (min === Infinity) return [];
  return Array.from({ length: max - min + 3 }, (_, i) => min - 1 + i);
}

/** A group that always met on the same weekday keeps that rhythm ("the group met on Mondays"). */
function groupRhythms(docs: Iterable<DocumentExtraction>, groupKey: (d: DocumentExtraction) => string | null): Map<string, GroupRhythm> {
  const days = new Map<string, Set<number>>();
  for (const d of docs) {
    const key = groupKey(d);
    const t = d.meeting.date;
    if (!key || !t || t.year === null) continue;
    days.set(key, (days.get(key) ?? new Set()).add(weekdayOf(t.year, t.month, t.day)));
  }
  return new Map([...days].filter(([, s]) => s.size === 1).map(([k, s]) => [k, { weekdays: s }]));
}

function inferYear(doc: DocumentExtraction, title: DateMention, years: readonly number[], rhythm: GroupRhythm | undefined): MeetingDate {
  const wanted = title.weekday !== null ? new Set([title.weekday]) : rhythm?.weekdays ?? new Set(doc.meeting.rhythm);
  const fits = years.filter((y) => isValidDate(y, title.month, title.day) && (wanted.size === 0 || wanted.has(weekdayOf(y, title.month, title.day))));
  if (fits.length === 1) return { date: formatDate(fits[0]!, title.month, title.day), dateCertainty: 'inferred', dateFrom: null, dateTo: null };
  if (!fits.length) return unknown;
  return { date: null, dateCertainty: 'unknown', dateFrom: formatDate(fits[0]!, title.month, title.day), dateTo: formatDate(fits.at(-1)!, title.month, title.day) };
}

/**
 * No date in the title: the meeting lies among the dates the text mentions. Year-less dates are
 * placed on the shortest stretch of the calendar that holds them all (so "12 december … 16 januari"
 * crosses a new year), in the year where most of them fall on the weekdays the text names.
 */
function windowFromMentions(doc: DocumentExtraction, years: readonly number[]): MeetingDate {
  const mentions = doc.meeting.dates.filter((m) => m.year === null);
  const dated = doc.meeting.dates.filter((m) => m.year !== null).map((m) => formatDate(m.year!, m.month, m.day)).sort();
  if (dated.length) return { ...unknown, dateFrom: dated[0]!, dateTo: dated.at(-1)! };
  if (!mentions.length || !years.length) return unknown;
  const days = [...new Set(mentions.map((m) => m.month * 100 + m.day))].sort((a, b) => a - b);
  let gapAt = 0;
  let widest = -1;
  days.forEach((d, i) => {
    const next = days[(i + 1) % days.length]!;
    const gap = (next - d + 1232) % 1232 || 1232;
    if (gap > widest) [widest, gapAt] = [gap, (i + 1) % days.length];
  });
  const ordered = [...days.slice(gapAt), ...days.slice(0, gapAt)];
  const rhythm = new Set(doc.meeting.rhythm);
  let best: { score: number; dates: string[] } | null = null;
  for (const base of years) {
    let year = base;
    const placed = ordered.map((md, i) => {
      if (i > 0 && md < ordered[i - 1]!) year += 1;
      return { y: year, m: Math.floor(md / 100), d: md % 100 };
    });
    if (!placed.every((p) => isValidDate(p.y, p.m, p.d))) continue;
    const score = rhythm.size ? placed.filter((p) => rhythm.has(weekdayOf(p.y, p.m, p.d))).length : 0;
    if (!best || score > best.score) best = { score, dates: placed.map((p) => formatDate(p.y, p.m, p.d)) };
  }
  if (!best || (rhythm.size > 0 && best.score === 0)) return unknown;
  return { ...unknown, dateFrom: best.dates[0]!, dateTo: best.dates.at(-1)! };
}

export function resolveMeetingDates(docs: Iterable<DocumentExtraction>, groupKey: (d: DocumentExtraction) => string | null): Map<string, MeetingDate> {
  const years = corpusYears(docs);
  const rhythms = groupRhythms(docs, groupKey);
  const result = new Map<string, MeetingDate>();
  for (const doc of docs) {
    const t = doc.meeting.date;
    const key = groupKey(doc);
    if (t && t.year !== null) result.set(doc.docId, { date: formatDate(t.year, t.month, t.day), dateCertainty: 'stated', dateFrom: null, dateTo: null });
    else if (t) result.set(doc.docId, inferYear(doc, t, years, key ? rhythms.get(key) : undefined));
    else result.set(doc.docId, windowFromMentions(doc, years));
  }
  return result;
}

export { normaliseKey };
