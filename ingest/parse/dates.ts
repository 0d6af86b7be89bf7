// Swedish date mentions: "4 april 2016", "den 3 och 4 maj", "måndag 18 december", "2020-08-18".
import type { Span } from '../types.ts';

export interface DateMention extends Span {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named next to the date. */
  readonly weekday: number | null;
}

const months: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const weekdays: Record<string, number> = {
  söndag: 0, måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lördag: 6,
};

const monthAlt = Object.keys(months).sort((a, b) => b.length - a.length).join('|');
const weekdayAlt = Object.keys(weekdays).join('|');
// "(måndag[en] )(den )3( och 4) maj( 2016)": a list of days shares the month ("den 3 och 4 maj").
const spelledSource = `(?:\\b(${weekdayAlt})(?:en)?\\s+(?:den\\s+)?)?\\b(\\d{1,2})(?:\\s*(?:och|&|–|-)\\s*(\\d{1,2}))?\\s+(${monthAlt})\\.?(?:\\s+(\\d{4}))?\\b`;
const spelled = new RegExp(spelledSource, 'giu');
// Without the u flag the pattern matches the same text far faster (V8 tests \b slowly under
// /iu). The flags differ only on three characters that Unicode case folding maps onto these
// letters — long s (ſ ~ s), the Kelvin sign (K ~ k), the Ångström sign (Å ~ å) — so a text
// with none of them takes the fast way.
const foldsOntoPattern = /[\u017F\u212A\u212B]/;
// The fast way starts from what every date has, "3 maj": the pattern after its optional
// weekday, which V8 finds by its digits. A weekday ("måndag[en] [den] 3 maj") is looked for
// only right before it, with the whole pattern tried there.
const dayMonth = new RegExp(spelledSource.slice(spelledSource.indexOf(')?)?') + 4), 'gi');
const spelledAt = new RegExp(spelledSource, 'iy');
const isSpace = (ch: string) => /\s/.test(ch);

/** The pattern's matches, as `text.matchAll(spelled)` gives them: [text, weekday, day, day, month, year]. */
function spelledDates(text: string): Array<{ index: number; groups: ReadonlyArray<string | undefined> }> {
  if (foldsOntoPattern.test(text)) return [...text.matchAll(spelled)].map((m) => ({ index: m.index!, groups: [...m] }));
  const found: Array<{ index: number; groups: ReadonlyArray<string | undefined> }> = [];
  let from = 0;
  dayMonth.lastIndex = 0;
  for (let m = dayMonth.exec(text); m; m = dayMonth.exec(text)) {
    // A weekday, "en", a space, and perhaps "den" and a space: the match starts there instead.
    let gap = m.index;
    while (gap > 0 && isSpace(text[gap - 1]!)) gap -= 1;
    const ends = gap < m.index ? [gap] : [];
    if (ends.length && /^den$/i.test(text.slice(gap - 3, gap))) {
      let before = gap - 3;
      while (before > 0 && isSpace(text[before - 1]!)) before -= 1;
      if (before < gap - 3) ends.unshift(before);
    }
    let match: { index: number; groups: ReadonlyArray<string | undefined> } | null = null;
    for (const end of ends) {
      // "söndag" … "torsdagen": six to nine letters.
      for (let length = 9; length >= 6 && !match; length--) {
        const at = end - length;
        if (at < from) continue;
        spelledAt.lastIndex = at;
        const w = spelledAt.exec(text);
        if (w) match = { index: at, groups: [...w] };
      }
      if (match) break;
    }
    match ??= { index: m.index, groups: [m[0], undefined, ...m.slice(1)] };
    found.push(match);
    from = match.index + match.groups[0]!.length;
    dayMonth.lastIndex = from;
  }
  return found;
}
const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function formatDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  for (const { index, groups: m } of spelledDates(text)) {
    const month = months[m[4]!.toLowerCase()]!;
    const year = m[5] ? Number(m[5]) : null;
    const weekday = m[1] ? weekdays[m[1].toLowerCase()]! : null;
    const start = offset + index;
    for (const dayText of [m[2], m[3]]) {
      if (!dayText) continue;
      const day = Number(dayText);
      if (day < 1 || day > 31) continue;
      found.push({ day, month, year, weekday, start, end: start + m[0]!.length });
    }
  }
  for (const m of text.matchAll(iso)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(year, month, day)) {
      found.push({ day, month, year, weekday: null, start: offset + m.index!, end: offset + m.index! + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
