// Finds every mention of the corpus's known entities in a document's text, inflected or not
// ("Stadsmissionens", "Lånebanken", "sociala företaget"), through an index on first words.
import { nextWordStart, wordEnd } from '../extract/tokens.ts';
import type { Span } from '../types.ts';
import type { Cluster } from './clusters.ts';
import { memoise, memoiseKey } from './key-cache.ts';
import { dropCompoundHead, nameKey, stemWord } from './keys.ts';

export interface ScannedMention extends Span {
  readonly cluster: Cluster;
  readonly text: string;
}

interface Pattern {
  readonly words: readonly string[];
  readonly cluster: Cluster;
  /** A proper name written with a capital ("Kompassen") is not matched by the common word ("kompassen"). */
  readonly capitalised: boolean;
}

export interface MentionScanner {
  scan(text: string, skip: readonly Span[]): ScannedMention[];
}

/** A word is letters and digits (\p{L}, \p{N}), joined by one - ' ’ or . between two of them ("Gun-Britt", "t.ex"). */
const joinsWords = (unit: number) => unit === 0x2d || unit === 0x27 || unit === 0x2019 || unit === 0x2e;
/** A phrase only ever found as a capitalised phrase is matched only where it is capitalised. */
const weakOnly = (c: Cluster) => [...c.evidence.values()].every((e) => e.strength <= 1);

// Texts repeat their words: each distinct word is stemmed once.
const tokenKey = memoiseKey((w) => stemWord(dropCompoundHead(w.toLocaleLowerCase('sv'))));

interface TokenInfo {
  readonly lower: string;
  readonly capitalised: boolean;
  readonly keys: readonly [string, string | null];
}

/** A word's keys: its own, and for a capitalised genitive ("Stadsmissionens") its stem's. */
const tokenInfo = memoise((w: string): TokenInfo => ({
  lower: w.toLocaleLowerCase('sv'),
  capitalised: /^\p{Lu}/u.test(w),
  keys: [tokenKey(w), /^\p{Lu}.*[^s]s$/u.test(w) ? tokenKey(w.slice(0, -1)) : null],
}));

const grown = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

export function createMentionScanner(clusters: readonly Cluster[]): MentionScanner {
  const byFirst = new Map<string, Pattern[]>();
  for (const cluster of clusters) {
    if (cluster.type === 'person') continue;
    const keys = new Set<string>();
    for (const surface of new Set([...cluster.surfaces.keys(), cluster.name])) {
      // One pattern per key of the cluster: spellings that share a key match the same words.
      const key = nameKey(surface);
      const words = key.split(' ');
      const capitalised = (!surface.includes(' ') && /^\p{Lu}/u.test(surface)) || (surface.includes(' ') && weakOnly(cluster) && /^\p{Lu}/u.test(surface));
      const list = byFirst.get(words[0]!) ?? [];
      if (!keys.has(key)) list.push({ words, cluster, capitalised });
      keys.add(key);
      byFirst.set(words[0]!, list);
    }
  }
  // One pass over the words into flat arrays, kept from one scan to the next: a text has
  // thousands of words, and an object per word, or arrays made anew for each text, were most of
  // the garbage resolution made (with a regex's match object per word, 0.8 of 1.8 GB at 10k).
  const infos: TokenInfo[] = [];
  let starts = new Int32Array(4096);
  let ends = new Int32Array(4096);
  /** The words from the i-th on are these keys; the last may be a genitive's stem. */
  const matchesAt = (words: readonly string[], i: number): boolean => {
    for (let k = 0; k < words.length; k++) {
      const keys = infos[i + k]!.keys;
      if (keys[0] !== words[k] && (k !== words.length - 1 || keys[1] !== words[k])) return false;
    }
    return true;
  };
  return {
    scan(text, skip) {
      let count = 0;
      for (let at = nextWordStart(text, 0); at >= 0; ) {
        const end = wordEnd(text, at, joinsWords);
        const info = tokenInfo(text.slice(at, end));
        // "för" (for) links the words of a name and is never a key word of one (keys.ts, isIgnorable).
        if (info.lower !== 'för') {
          if (count === starts.length) (starts = grown(starts)), (ends = grown(ends));
          infos[count] = info;
          starts[count] = at;
          ends[count] = end;
          count += 1;
        }
        at = nextWordStart(text, end);
      }
      const found: ScannedMention[] = [];
      for (let i = 0; i < count; i++) {
        let best: { pattern: Pattern; end: number } | null = null;
        for (const key of infos[i]!.keys) {
          const patterns = key === null ? undefined : byFirst.get(key);
          if (!patterns) continue;
          for (const pattern of patterns) {
            const n = pattern.words.length;
            if (i + n > count || !matchesAt(pattern.words, i) || (pattern.capitalised && !infos[i]!.capitalised)) continue;
            if (!best || n > best.pattern.words.length) best = { pattern, end: i + n - 1 };
          }
        }
        if (!best) continue;
        const start = starts[i]!;
        const end = ends[best.end]!;
        if (skip.some((s) => start < s.end && end > s.start)) continue;
        found.push({ cluster: best.pattern.cluster, start, end, text: text.slice(start, end) });
        i = best.end;
      }
      return found;
    },
  };
}
