// The answer cache on its own: the byte bound, least recently used first out, one computation
// for identical misses in flight, and everything dropped when the stamp moves. The graph's stamp
// is stood in for by a token the test changes (the stamp over Neo4j: graph-stamp.test.ts).
import { describe, expect, it } from 'vitest';
import { stampFrom } from '../../cypher/graph-stamp.ts';
import { createAnswerCache } from '../../server/cache/answer-cache.ts';

function setup(maxBytes: number) {
  let token = 'a';
  const cache = createAnswerCache({ maxBytes, stamp: stampFrom(async () => token) });
  const computed: string[] = [];
  const get = async (key: string, value: unknown = { key }) =>
    cache.answer(key, async () => {
      computed.push(key);
      return value;
    });
  return { cache, computed, get, write: (next: string) => void (token = next) };
}

const sized = (n: number) => ({ pad: 'x'.repeat(n) });

describe('createAnswerCache', () => {
  it('keeps the serialised body: a hit gives the same bytes and ETag without computing again', async () => {
    const { get, computed } = setup(1 << 20);
    const miss = await get('/a', { name: 'Åsa Ödman', n: 1 });
    const hit = await get('/a');
    expect([miss.outcome, hit.outcome]).toEqual(['miss', 'hit']);
    expect(hit.answer.body.toString('utf8')).toBe(JSON.stringify({ name: 'Åsa Ödman', n: 1 }));
    expect(hit.answer.body.equals(miss.answer.body)).toBe(true);
    expect(hit.answer.etag).toBe(miss.answer.etag);
    expect(computed).toEqual(['/a']);
  });

  it('never holds more than maxBytes: the least recently used answers go first', async () => {
    const { cache, get, computed } = setup(3_000);
    await get('/a', sized(800));
    await get('/b', sized(800));
    await get('/a');
    await get('/c', sized(800)); // /a, /b, /c: ~2,900 bytes with keys and overhead
    expect(cache.stats().evictions).toBe(0);
    await get('/d', sized(800)); // over the bound: /b, the least recently used, goes
    expect(cache.stats()).toMatchObject({ entries: 3, evictions: 1 });
    expect(cache.stats().bytes).toBeLessThanOrEqual(3_000);
    expect((await get('/a')).outcome).toBe('hit');
    expect((await get('/b', sized(800))).outcome).toBe('miss');
    expect(computed).toEqual(['/a', '/b', '/c', '/d', '/b']);
  });

  it('sends but does not keep an answer larger than the bound', async () => {
    const { cache, get } = setup(1_000);
    expect((await get('/big', sized(2_000))).outcome).toBe('miss');
    expect((await get('/big', sized(2_000))).outcome).toBe('miss');
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('computes identical misses in flight once and gives every caller that answer', async () => {
    const { cache } = setup(1 << 20);
    let runs = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      runs += 1;
      await gate;
      return { runs };
    };
    const all = Promise.all(Array.from({ length: 8 }, () => cache.answer('/slow', slow)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const answers = await all;
    expect(runs).toBe(1);
    expect(answers.map((a) => a.outcome).sort()).toEqual(['miss', ...Array(7).fill('shared')]);
    expect(new Set(answers.map((a) => a.answer.body.toString())).size).toBe(1);
  });

  it('does not keep a failure: the next request computes again', async () => {
    const { cache } = setup(1 << 20);
    await expect(cache.answer('/x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await cache.answer('/x', async () => ({ ok: true }))).outcome).toBe('miss');
  });

  it('drops every answer when the stamp moves, and computes them again', async () => {
    const { cache, get, write, computed } = setup(1 << 20);
    await get('/a');
    await get('/b');
    write('b');
    expect((await get('/a')).outcome).toBe('miss');
    expect(cache.stats().entries).toBe(1);
    expect(computed).toEqual(['/a', '/b', '/a']);
  });
});
