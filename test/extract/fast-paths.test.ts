// The hand-written fast paths of extract against the plain regexes they stand in for, on
// seeded random text built from the pieces those regexes care about.
import { describe, expect, it } from 'vitest';
import { asciiBreaks, matchesAround } from '../../ingest/extract/stretches.ts';
import { isAcronym, isCapitalAt, nextWordStart, tokenise, wordEnd } from '../../ingest/extract/tokens.ts';

function randomTexts(pieces: readonly string[], count: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

describe('tokenise', () => {
  const tokenPattern = /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  const pieces = ['a', 'B', 'é', 'Ö', '1', '-', "'", '’', '.', ':', ' ', '\n', '😀', '𝐀', '\uD800', '\uDC00', '"', '–', '*', '!', '٣', '\u00a0', 'ſ', 'KUF', 'Gun-Britt'];
  it('finds the tokens the Unicode token pattern finds, with their initial case', () => {
    for (const text of randomTexts(pieces, 5000, 7)) {
      const tokens = tokenise(text, 3);
      expect(tokens.map((t) => [t.text, t.start])).toEqual([...text.matchAll(tokenPattern)].map((m) => [m[0], m.index! + 3]));
      for (const t of tokens) {
        expect([t.word, t.capitalised, t.lowerInitial]).toEqual([/[\p{L}\p{N}]/u.test(t.text), /^\p{Lu}/u.test(t.text), /^\p{Ll}/u.test(t.text)]);
        expect(isAcronym(t)).toBe(/^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(t.text) && /\p{Lu}.*\p{Lu}|\d/u.test(t.text));
      }
    }
  });
});

describe('nextWordStart and wordEnd', () => {
  const pieces = ['a', 'B', 'é', 'Ö', '1', '-', "'", '’', '.', ':', ' ', '\n', '😀', '𝐀', '\uD800', '\uDC00', '"', '–', '٣', '\u00a0', 'Gun-Britt', 't.ex'];
  const words = (text: string, joins: (unit: number) => boolean) => {
    const found: [string, number, boolean][] = [];
    for (let at = nextWordStart(text, 0); at >= 0; ) {
      const end = wordEnd(text, at, joins);
      found.push([text.slice(at, end), at, isCapitalAt(text, at)]);
      at = nextWordStart(text, end);
    }
    return found;
  };
  // The mention scanner's words (joined by - ' ’ .) and the person scanner's (by - ' ’).
  it.each([
    ["-'’.", /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu],
    ["-'’", /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu],
  ])('find the words a Unicode word pattern joined by %s finds', (joiners, pattern) => {
    for (const text of randomTexts(pieces, 5000, 5)) {
      expect(words(text, (unit) => joiners.includes(String.fromCharCode(unit)))).toEqual([...text.matchAll(pattern)].map((m) => [m[0], m.index!, /^\p{Lu}/u.test(m[0])]));
    }
  });
});

describe('matchesAround', () => {
  const rhythm = /\b(?:varannan|varje|var tredje)\s+(\p{L}+dag)|\b(\p{L}+dag)ar\b/giu;
  const absence = /(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\s+(?:är\s+inte\s+med|har\s+förhinder)/gu;
  const cases = [
    { pattern: rhythm, anchor: /dag/gi, breaks: asciiBreaks(), pieces: ['dag', 'DAG', 'ar', 'varje ', 'Var tredje ', 'mån', ' ', '\n', 'ſ', '_', '1', '.', '-', 'ö', '𝐀', 'x'] },
    { pattern: absence, anchor: /inte|förhinder/g, breaks: asciiBreaks('-'), pieces: ['Maja', 'Lars-Erik', 'Åsa Ek', ' ', '\n', 'är inte med', 'har förhinder', 'inte', '-', '.', ',', '1', 'x'] },
  ];
  it('gives what matchAll gives over the whole text', () => {
    for (const { pattern, anchor, breaks, pieces } of cases) {
      for (const text of randomTexts(pieces, 20000, 11)) {
        const all = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
        expect(matchesAround(text, pattern, anchor, breaks).map(({ index, match }) => [index, ...match])).toEqual(all);
      }
    }
  });
});

describe('organisation shapes', () => {
  it('every match holds one of its words and matches its plain pattern', async () => {
    const { organisationPhrasePatterns } = await import('../../ingest/lexicon/swedish.ts');
    const texts = ['Region Halland', 'Regions Skåne', 'Lunds universitet', 'Borås stad', 'Barn- och utbildningsnämnden', 'Kultur-  och fritidsförvaltningens', 'Storviks IF', 'Norrby BoIS', 'Länsstyrelsen i Skåne län', 'Landstinget Halland', 'Goda Grannar AB', 'Ria ideell förening', 'Bryggan ek. för.'];
    let matched = 0;
    for (const { pattern, needs, words } of organisationPhrasePatterns) {
      for (const text of texts) {
        for (const m of text.matchAll(pattern)) {
          matched += 1;
          expect(words.some((w) => m[0].includes(w)), `${pattern} ${m[0]}`).toBe(true);
          expect(needs.test(m[0]), `${pattern} ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThanOrEqual(texts.length);
  });
});
