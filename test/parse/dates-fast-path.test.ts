// findDates finds dates from their digits, without the pattern's u flag where that gives the
// same matches: against the plain pattern, on seeded random date-like text.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/parse/dates.ts';

const months = 'september|februari|november|december|januari|augusti|oktober|april|mars|juni|juli|sept|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec';
const plain = new RegExp(`(?:\\b(söndag|måndag|tisdag|onsdag|torsdag|fredag|lördag)(?:en)?\\s+(?:den\\s+)?)?\\b(\\d{1,2})(?:\\s*(?:och|&|–|-)\\s*(\\d{1,2}))?\\s+(${months})\\.?(?:\\s+(\\d{4}))?\\b`, 'giu');
const monthNumber: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, maj: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12 };
const weekdayNumber: Record<string, number> = { söndag: 0, måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lördag: 6 };

/** What findDates gave with the plain pattern (the text has no ISO dates). */
function reference(text: string) {
  return [...text.matchAll(plain)].flatMap((m) =>
    [m[2], m[3]].filter((d) => d && Number(d) >= 1 && Number(d) <= 31).map((d) => ({
      day: Number(d), month: monthNumber[m[4]!.toLowerCase().slice(0, 3)], year: m[5] ? Number(m[5]) : null,
      weekday: m[1] ? weekdayNumber[m[1].toLowerCase()]! : null, start: m.index!, end: m.index! + m[0].length,
    })));
}

describe('findDates', () => {
  it('matches where the plain /giu pattern matches', () => {
    let s = 5;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (xs: readonly string[]) => xs[Math.floor(next() * xs.length)]!;
    const ws = () => pick([' ', '  ', '\n', '\t ', '', '\u00a0']);
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let p = 0; p < 1 + Math.floor(next() * 3); p++) {
        text += pick(['', 'x', ' ', '_', '3', 'é', 'ſ', 'ab ', '. ', 'den ']);
        if (next() < 0.6) text += pick(['måndag', 'Söndag', 'TORSDAG', 'ſöndag', 'dag']) + pick(['', 'en', 'EN', 'e']) + ws();
        if (next() < 0.4) text += pick(['den', 'DEN', 'de']) + ws();
        text += pick(['3', '31', '0', '123', '']) + (next() < 0.3 ? pick([' och ', '&', '-', '–']) + pick(['4', 'x']) : '') + ws();
        text += pick(['maj', 'Mars', 'sept', 'ſept', 'okt', 'decx', 'ma']) + pick(['', '.']) + (next() < 0.5 ? ws() + pick(['2016', '201', 'x']) : '');
      }
      // Long s folds onto s only under /u; its month then has no number, as before.
      if (/ſ/.test(text)) expect(findDates(text).map((d) => [d.start, d.end])).toEqual(reference(text).map((d) => [d.start, d.end]));
      else expect(findDates(text)).toEqual(reference(text));
    }
  });
});
