// Answers of the read-only API kept as the JSON bytes that were sent, until the graph changes.
// Each answer is filed under the graph's stamp (cypher/graph-stamp.ts), read for every request
// after it arrived: an answer is never older than a write that committed before its request.
// When the stamp moves, every kept answer is dropped at once. The bytes are bounded: the least
// recently used answers go first. Identical requests that miss together share one computation.
import { createHash } from 'node:crypto';
import type { GraphStamp } from '../../cypher/graph-stamp.ts';

export interface CachedAnswer {
  /** The serialised JSON body, sent as it is. */
  readonly body: Buffer;
  /** A strong ETag of the body, so a client holding it gets 304. */
  readonly etag: string;
}

/** hit: kept; miss: computed for this request; shared: computed for an identical request in flight. */
export type CacheOutcome = 'hit' | 'miss' | 'shared';

export interface AnswerCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly shared: number;
  readonly evictions: number;
  readonly entries: number;
  readonly bytes: number;
  readonly maxBytes: number;
}

export interface AnswerCache {
  /** The kept answer for `key` at the graph's current stamp, else `compute`'s, serialised and kept. */
  answer(key: string, compute: () => Promise<unknown>): Promise<{ answer: CachedAnswer; outcome: CacheOutcome }>;
  stats(): AnswerCacheStats;
}

export interface AnswerCacheOptions {
  /** Bytes of bodies and keys kept at most; an answer larger than this is sent but not kept. */
  readonly maxBytes: number;
  readonly stamp: GraphStamp;
}

// Rough cost of an entry beside its body and key (the Map slot, the record, the ETag).
const entryOverhead = 128;

export function createAnswerCache({ maxBytes, stamp }: AnswerCacheOptions): AnswerCache {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recent first.
  const kept = new Map<string, CachedAnswer & { readonly size: number }>();
  const inFlight = new Map<string, Promise<CachedAnswer>>();
  let keptStamp = -1;
  let bytes = 0;
  const counts = { hits: 0, misses: 0, shared: 0, evictions: 0 };

  function keep(key: string, answer: CachedAnswer): void {
    const size = answer.body.length + key.length + entryOverhead;
    if (size > maxBytes) return;
    kept.set(key, { ...answer, size });
    bytes += size;
    for (const [oldest, entry] of kept) {
      if (bytes <= maxBytes) break;
      kept.delete(oldest);
      bytes -= entry.size;
      counts.evictions += 1;
    }
  }

  return {
    async answer(key, compute) {
      const now = await stamp.current();
      if (now > keptStamp) {
        kept.clear();
        bytes = 0;
        keptStamp = now;
      }
      const found = kept.get(key);
      if (found) {
        kept.delete(key);
        kept.set(key, found);
        counts.hits += 1;
        return { answer: found, outcome: 'hit' };
      }
      const flightKey = `${now}\n${key}`;
      const flying = inFlight.get(flightKey);
      if (flying) {
        counts.shared += 1;
        return { answer: await flying, outcome: 'shared' };
      }
      counts.misses += 1;
      const computing = compute().then(serialise);
      inFlight.set(flightKey, computing);
      try {
        const answer = await computing;
        // Kept only if the graph has not moved on meanwhile: a later stamp dropped this one's answers.
        if (now === keptStamp) keep(key, answer);
        return { answer, outcome: 'miss' };
      } finally {
        inFlight.delete(flightKey);
      }
    },
    stats: () => ({ ...counts, entries: kept.size, bytes, maxBytes }),
  };
}

function serialise(value: unknown): CachedAnswer {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}
