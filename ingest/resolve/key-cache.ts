// Keys of names, computed once per distinct string. Resolution asks for the key of the same
// few thousand names millions of times (every mention, every lookup, inside sort comparators);
// a name's key depends on nothing but the name, so it is remembered.
import { normaliseKey } from '../../cypher/model.ts';

/**
 * `fn` remembered per argument. The memory is bounded: when it holds `limit` strings it starts
 * afresh, so a long-running process that resolves many corpora does not grow without end.
 */
export function memoise<T>(fn: (s: string) => T, limit = 500_000): (s: string) => T {
  let memo = new Map<string, T>();
  return (s) => {
    let value = memo.get(s);
    if (value === undefined) {
      if (memo.size >= limit) memo = new Map();
      value = fn(s);
      memo.set(s, value);
    }
    return value;
  };
}

/** A string's key, remembered (`memoise` for string keys). */
export const memoiseKey = (fn: (s: string) => string, limit?: number): ((s: string) => string) => memoise(fn, limit);

/** `normaliseKey` (cypher/model.ts), remembered. */
export const keyOf = memoiseKey(normaliseKey);

/** Swedish collation, as `a.localeCompare(b, 'sv')`, with one collator instead of one per comparison. */
export const svCompare = new Intl.Collator('sv').compare;

/** The default locale's collation, as `a.localeCompare(b)`. */
export const defaultCompare = new Intl.Collator().compare;
