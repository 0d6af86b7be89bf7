// Known persons wherever a text names them, as mention-scan.ts does for organisations: a full
// name on a line no extractor reads ("Justerare: Anna Lindström", "Utses att justera\nAnna
// Lindström (S)"), and the Swedish genitive, which adds -s without an apostrophe ("Anna
// Lindströms förslag", "Annas förslag"). Only persons the corpus confirms (named in a list or
// with a person cue elsewhere) are looked for, and only where nothing else was read.
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

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** A name ending in -s, -x or -z takes no genitive -s ("Lars förslag"). */
const genitiveOf = (word: string) => (/[sxz]$/.test(word) ? null : `${word}s`);

export function createPersonScanner(persons: readonly PersonCluster[]): PersonScanner {
  const byFirst = new Map<string, { words: readonly string[]; person: PersonCluster }[]>();
  const givenNames = new Set<string>();
  for (const person of persons) {
    // Strength 1 is a guess from a capitalised pair; such a name is not looked for elsewhere.
    if (person.strength < 2 || !person.key.includes(' ')) continue;
    for (const surface of person.surfaces.keys()) {
      const words = surface.split(' ');
      if (words.length < 2 || words.some(isInitial)) continue;
      (byFirst.get(words[0]!) ?? byFirst.set(words[0]!, []).get(words[0]!)!).push({ words, person });
      givenNames.add(words[0]!);
    }
  }
  return {
    scan(text, skip) {
      const tokens = [...text.matchAll(wordPattern)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
      const found: ScannedPerson[] = [];
      const free = (start: number, end: number) => !skip.some((s) => start < s.end && end > s.start);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        let best: { person: PersonCluster; last: number } | null = null;
        for (const { words, person } of byFirst.get(token.text) ?? []) {
          const last = i + words.length - 1;
          if (last >= tokens.length || (best && last <= best.last)) continue;
          // The words of a name stand together on one line, one space apart.
          const fits = words.every((w, k) => {
            const t = tokens[i + k]!;
            if (k > 0 && text.slice(tokens[i + k - 1]!.end, t.start) !== ' ') return false;
            return t.text === w || (k === words.length - 1 && t.text === genitiveOf(w));
          });
          if (fits) best = { person, last };
        }
        if (best) {
          const end = tokens[best.last]!.end;
          if (free(token.start, end)) found.push({ person: best.person, given: null, start: token.start, end });
          i = best.last;
          continue;
        }
        // "Annas": a known given name in the genitive, itself no given name ("Agnes", "Mats").
        const stem = token.text.endsWith('s') ? token.text.slice(0, -1) : null;
        if (stem && givenNames.has(stem) && genitiveOf(stem) === token.text && !firstNames.has(token.text) && !givenNames.has(token.text) && free(token.start, token.end)) {
          found.push({ person: null, given: stem, start: token.start, end: token.end });
        }
      }
      return found;
    },
  };
}
