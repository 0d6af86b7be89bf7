// Known persons wherever a text names them in the Swedish genitive, which adds -s without an
// apostrophe ("Anna Lindströms förslag", "Annas förslag") and which the extractors read as
// another name or not at all; optionally (asWritten) also full names on lines no extractor
// reads. Only persons the corpus confirms (named in a list or with a person cue elsewhere) are
// looked for, and only where nothing else was read.
import { isCapitalAt, nextWordStart, wordEnd } from '../extract/tokens.ts';
import { firstNames } from '../lexicon/index.ts';
import type { Span } from '../types.ts';
import { isInitial, type PersonCluster } from './persons.ts';

export interface ScannedPerson extends Span {
  /** The person named in full, or null for a lone given name in the genitive ("Annas"). */
  readonly person: PersonCluster | null;
  /** For a lone given name: the name without its genitive -s, to resolve by context. */
  readonly given: string | null;
}

export interface PersonScanner {
  scan(text: string, skip: readonly Span[]): ScannedPerson[];
}

// A name's words are letters and digits joined by - ' or ’ ("Gun-Britt", "O'Brien"). Names
// start with a capital: only capitalised words are looked at, each as a whole word (not the
// rest of "x-Anna"). The words are found by hand (extract/tokens.ts), not with a regex's match
// object per word.
const joinsName = (unit: number) => unit === 0x2d || unit === 0x27 || unit === 0x2019;
/** A name ending in -s, -x or -z takes no genitive -s ("Lars förslag"). */
const genitiveOf = (word: string) => (/[sxz]$/.test(word) ? null : `${word}s`);

export interface PersonScanOptions {
  /**
   * Also full names as written, not only their genitives: the signature and adjuster lines
   * ("Justerare: Anna Lindström", "Utses att justera\nAnna Lindström (S)") that no extractor
   * reads. Off: it adds mentions to the reviewed layout contracts (test/fixtures/layouts), which
   * are to be reviewed and regenerated with it first.
   */
  readonly asWritten?: boolean;
}

export function createPersonScanner(persons: readonly PersonCluster[], { asWritten = false }: PersonScanOptions = {}): PersonScanner {
  // Every full spelling, and its genitive, looked up whole: the cost of a look-up does not grow
  // with the number of persons who share a given name.
  const forms = new Map<string, PersonCluster>();
  const genitives: [string, PersonCluster][] = [];
  const givenNames = new Set<string>();
  let longest = 0;
  for (const person of persons) {
    // Strength 1 is a guess from a capitalised pair; such a name is not looked for elsewhere.
    if (person.strength < 2 || !person.key.includes(' ')) continue;
    for (const surface of person.surfaces.keys()) {
      const words = surface.split(' ');
      if (words.length < 2 || words.some(isInitial)) continue;
      if (asWritten && !forms.has(surface)) forms.set(surface, person);
      const genitive = genitiveOf(words.at(-1)!);
      if (genitive) genitives.push([[...words.slice(0, -1), genitive].join(' '), person]);
      givenNames.add(words[0]!);
      longest = Math.max(longest, words.length);
    }
  }
  // A spelling as written wins over another name's genitive.
  for (const [form, person] of genitives) if (!forms.has(form)) forms.set(form, person);
  return {
    scan(text, skip) {
      const found: ScannedPerson[] = [];
      const free = (start: number, end: number) => !skip.some((s) => start < s.end && end > s.start);
      let after = 0;
      for (let start = nextWordStart(text, 0), end = 0; start >= 0; start = nextWordStart(text, end)) {
        end = wordEnd(text, start, joinsName);
        if (start < after || !isCapitalAt(text, start) || (start > 0 && joinsName(text.charCodeAt(start - 1)))) continue;
        const word = text.slice(start, end);
        if (!givenNames.has(word.endsWith('s') ? word.slice(0, -1) : word) && !givenNames.has(word)) continue;
        // The words that follow, one space apart; the longest run that is a known spelling.
        const ends: number[] = [];
        for (let k = end; ends.length < longest - 1 && text.charCodeAt(k) === 0x20 && nextWordStart(text, k + 1) === k + 1; ) ends.push((k = wordEnd(text, k + 1, joinsName)));
        let best: { person: PersonCluster; end: number } | null = null;
        for (let k = ends.length - 1; k >= 0 && !best; k--) {
          const person = forms.get(text.slice(start, ends[k]));
          if (person) best = { person, end: ends[k]! };
        }
        if (best) {
          if (free(start, best.end)) found.push({ person: best.person, given: null, start, end: best.end });
          after = best.end;
          continue;
        }
        // "Annas": a known given name in the genitive, itself no given name ("Agnes", "Mats").
        const stem = word.endsWith('s') ? word.slice(0, -1) : null;
        if (stem && givenNames.has(stem) && genitiveOf(stem) === word && !firstNames.has(word) && !givenNames.has(word) && free(start, start + word.length)) {
          found.push({ person: null, given: stem, start, end: start + word.length });
        }
      }
      return found;
    },
  };
}
