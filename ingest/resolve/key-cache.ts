// Keys of names, computed once per distinct string. Resolution asks for the key of the same
// few thousand names millions of times (every mention, every lookup, inside sort comparators);
// a name's key depends on nothing but the name, so it is remembered.
import { normaliseKey } from '../../cypher/model.ts';

/** Strings in the small first memo: about the distinct words of a few hundred minutes. */
const hotLimit = 8192;

/**
 * `fn` remembered per argument. The memory is bounded: when it holds `limit` strings it starts
 * afresh, so a long-running process that resolves many corpora does not grow without end.
 *
 * The first strings asked for are kept in a small map of their own, looked in first: they are
 * mostly a language's common words ("och", "att", "mötet"), which are most of what is asked
 * for, and a small map stays in the processor's cache where a map of every name of a large
 * corpus (hundreds of thousands) does not.
 */
export function memoise<T>(fn: (s: string) => T, limit = 500_000): (s: string) => T {
  const hot = new Map<string, T>();
  let memo = new Map<string, T>();
  return (s) => {
    let value = hot.get(s);
    if (value !== undefined) return value;
    value = memo.get(s);
    if (value === undefined) {
      value = fn(s);
      if (hot.size < hotLimit) {
        hot.set(s, value);
        return value;
      }
      if (memo.size >= limit) memo = new Map();
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

/** Code-unit order, as `<` orders strings: for ids, which have no language to collate by. */
export const codeUnitCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The default locale's collation, as `a.localeCompare(b)`. */
export const defaultCompare = new Intl.Collator().compare;
