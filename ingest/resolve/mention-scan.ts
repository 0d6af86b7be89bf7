// Finds every mention of the corpus's known entities in a document's text, inflected or not
// ("Stadsmissionens", "Lånebanken", "sociala företaget"), through an index on first words.
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

const wordPattern = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
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
  return {
    scan(text, skip) {
      // One pass over the words into flat arrays (a text has thousands of words; an object per
      // word was most of the garbage resolution made). "för" (for) links the words of a name
      // and is never a key word of one (keys.ts, isIgnorable).
      const infos: TokenInfo[] = [];
      const starts: number[] = [];
      const ends: number[] = [];
      wordPattern.lastIndex = 0;
      for (let m; (m = wordPattern.exec(text)); ) {
        const info = tokenInfo(m[0]);
        if (info.lower === 'för') continue;
        infos.push(info);
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
      const found: ScannedMention[] = [];
      for (let i = 0; i < infos.length; i++) {
        let best: { pattern: Pattern; end: number } | null = null;
        for (const key of infos[i]!.keys) {
          for (const pattern of key ? byFirst.get(key) ?? [] : []) {
            const n = pattern.words.length;
            if (i + n > infos.length) continue;
            const ok = pattern.words.every((w, k) => infos[i + k]!.keys[0] === w || (k === n - 1 && infos[i + k]!.keys[1] === w));
            if (!ok || (pattern.capitalised && !infos[i]!.capitalised)) continue;
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
