// Per-word memory for the pure word tests of parse and extract: the same few thousand words
// recur in every document, and a Map lookup costs a fraction of a Unicode regex or a
// word-list probe. The cache starts afresh when it grows past its limit, so a long ingest of
// an open vocabulary keeps bounded memory.

/** `fn` cached by its argument; `fn` must be pure and never return undefined. */
export function perWord<T>(fn: (word: string) => T, limit = 100_000): (word: string) => T {
  let cache = new Map<string, T>();
  return (word: string): T => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const value = fn(word);
    if (cache.size >= limit) cache = new Map();
    cache.set(word, value);
    return value;
  };
}

/**
 * Lower case as Swedish writes it. `toLocaleLowerCase('sv')` gives the same result for every
 * code point (Swedish has no special casing rules, unlike Turkish or Lithuanian) but costs a
 * locale lookup per call.
 */
export const lowerCase = (text: string): string => text.toLowerCase();
