// The answer cache in the served API over the test Neo4j: a kept answer is byte for byte what
// the same app without a cache computes, and after each kind of write through minutes-graph (an
// ingest in this process, a merge through the API, `minutes-graph forget` in another process)
// the next answer is the new graph's. Errors are never kept; the byte bound evicts; identical
// requests that miss together are computed once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphStamp } from '../../cypher/graph-stamp.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { createApp } from '../../server/app.ts';
import { createAnswerCache, type AnswerCache } from '../../server/cache/answer-cache.ts';
import { listen, type Listening } from '../../server/http.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { enc } from '../support/api.ts';
import { apiOnCorpus, type CorpusApi } from '../support/api-corpus.ts';
import { runCli } from '../support/cli.ts';
import { testTarget } from '../support/neo4j.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-answer-cache-'));
const minutes = (name: string, text: string) => (writeFileSync(path.join(dir, name), text), path.join(dir, name));
const march = minutes('a.txt', 'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nKerstin Lind, Kompassen\n\nBudget\n\nKerstin tar fram en budget tillsammans med Lars.\n');
const april = minutes('b.txt', 'Styrgrupp 7 april 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\n\nBudget\n\nKerstin Lind har skickat budgeten. Maja läser den.\n');
const may = minutes('c.txt', 'Styrgrupp 5 maj 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\nOlle Berg, Fontänhuset\n\nBudget\n\nOlle går igenom budgeten.\n');

let api: CorpusApi;
let cache: AnswerCache;
let stampDriver: Driver;
let uncached: Listening;

beforeAll(async () => {
  stampDriver = createDriver(testTarget());
  cache = createAnswerCache({ maxBytes: 1 << 20, stamp: createGraphStamp(stampDriver, { database: testTarget().database }) });
  api = await apiOnCorpus({ files: [march, april], app: { answerCache: cache } });
  // The same routes over the same graph without a cache: what every answer should be.
  uncached = await listen(createApp({ gateway: api.gateway, version: 'test', logError: () => {} }), '127.0.0.1', 0);
});
afterAll(async () => {
  await uncached?.close();
  await api?.close();
  await stampDriver?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly outcome: string | null;
  readonly etag: string | null;
  readonly text: string;
}

async function get(base: string, p: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${p}`, { headers });
  return { status: response.status, outcome: response.headers.get('x-answer-cache'), etag: response.headers.get('etag'), text: await response.text() };
}

/** The cached app's answer, checked against the uncached app's answer to the same request. */
async function cached(p: string): Promise<Answer> {
  const answer = await get(api.url, p);
  const truth = await get(uncached.url, p);
  expect(answer.status, `${p}: ${answer.text}`).toBe(truth.status);
  expect(answer.text, p).toBe(truth.text);
  return answer;
}

const lars = `/api/entities/${enc('person:lars ekdahl')}`;
const paths = [lars, `${lars}/neighbourhood?depth=2`, '/api/networks/co-attendance', '/api/search?q=lars', '/api/timelines/groups'];

describe('the answer cache in the API', () => {
  it('answers a repeated request from the cache with the body the uncached app computes', async () => {
    for (const p of paths) {
      const miss = await cached(p);
      const hit = await cached(p);
      expect([miss.outcome, hit.outcome], p).toEqual(['miss', 'hit']);
      expect(hit.etag).toBe(miss.etag);
      expect(JSON.parse(hit.text)).toBeTypeOf('object');
    }
  });

  it('takes defaults and the order of query fields as one request, and answers 304 to a matching ETag', async () => {
    const network = await cached('/api/networks/co-attendance?to=2019-12-31&from=2019-01-01');
    expect((await cached('/api/networks/co-attendance?from=2019-01-01&to=2019-12-31&minWeight=1')).outcome).toBe('hit');
    expect((await cached(`${lars}/neighbourhood`)).outcome).toBe('miss');
    expect((await cached(`${lars}/neighbourhood?depth=1&limit=200`)).outcome).toBe('hit');
    // fetch adds 'Cache-Control: no-cache' to a request it sees as conditional, which asks for the full answer.
    const revalidated = await get(api.url, '/api/networks/co-attendance?from=2019-01-01&to=2019-12-31', { 'If-None-Match': network.etag!, 'Cache-Control': 'max-age=0' });
    expect([revalidated.status, revalidated.text]).toEqual([304, '']);
  });

  it('keeps no error answer, and no answer of a route that is not a pure read', async () => {
    const missing = `/api/entities/${enc('person:ingen alls')}`;
    for (let i = 0; i < 2; i++) expect(await cached(missing)).toMatchObject({ status: 404, outcome: null });
    expect((await cached('/api/health')).outcome).toBeNull();
    expect((await get(api.url, '/api/exports/json?network=co-attendance')).outcome).toBeNull();
  });

  it('gives the new graph after an ingest', async () => {
    const before = await cached('/api/networks/co-attendance');
    await cached(lars);
    await ingestFiles(api.gateway, [may], await loadRegistry(api.registryPath), { stage: () => {}, warn: () => {} });
    const after = await cached('/api/networks/co-attendance');
    expect(after.outcome).toBe('miss');
    expect(after.text).not.toBe(before.text);
    expect(after.text).toContain('person:olle berg');
    expect((await cached(lars)).text).toContain('2019-05-05');
  });

  it('gives the new graph after a merge through the API', async () => {
    const maja = `/api/entities/${enc('person:maja ruud')}`;
    expect((await cached(maja)).status).toBe(200);
    await cached(`${lars}/neighbourhood?depth=2`);
    const merged = await api.post(`/api/entities/${enc('person:olle berg')}/merge`, { others: ['person:maja ruud'] });
    expect(merged.status).toBe(200);
    expect((await cached(maja)).status).toBe(404);
    expect((await cached(`${lars}/neighbourhood?depth=2`)).text).not.toContain('person:maja ruud');
  });

  it('gives the new graph after `minutes-graph forget` in another process', async () => {
    const kerstin = `/api/entities/${enc('person:kerstin lind')}`;
    expect((await cached(kerstin)).status).toBe(200);
    expect((await cached('/api/search?q=kerstin')).text).toContain('Kerstin Lind');
    const forgot = await runCli(['forget', '--yes', '--registry', api.registryPath, 'Kerstin Lind'], { MINUTES_GRAPH_ACTOR: 'tester' });
    expect(forgot.code, forgot.stderr).toBe(0);
    expect((await cached(kerstin)).status).toBe(404);
    expect((await cached('/api/search?q=kerstin')).text).not.toContain('Kerstin Lind');
  });

  it('evicts the least recently used answers beyond its byte bound', async () => {
    const sizes = await Promise.all(paths.slice(0, 3).map(async (p) => Buffer.byteLength((await get(uncached.url, p)).text) + p.length + 200));
    // Room for the two larger answers, not for all three.
    const small = createAnswerCache({ maxBytes: sizes.reduce((a, b) => a + b) - Math.min(...sizes), stamp: createGraphStamp(stampDriver, { database: testTarget().database }) });
    const server = await listen(createApp({ gateway: api.gateway, version: 'test', logError: () => {}, answerCache: small }), '127.0.0.1', 0);
    try {
      const outcomes = async () => Promise.all(paths.slice(0, 3).map(async (p) => (await get(server.url, p)).outcome)).then((o) => o.join());
      for (const p of paths.slice(0, 3)) await get(server.url, p);
      expect(small.stats().evictions).toBeGreaterThan(0);
      expect(small.stats().bytes).toBeLessThanOrEqual(small.stats().maxBytes);
      expect(await outcomes()).toContain('miss');
    } finally {
      await server.close();
    }
  });

  it('computes identical requests that miss together once', async () => {
    const p = `${lars}/neighbourhood?depth=2&limit=150`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(api.url, p)));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.outcome === 'miss')).toHaveLength(1);
    expect(answers.every((a) => ['miss', 'shared', 'hit'].includes(a.outcome!))).toBe(true);
  });
});
