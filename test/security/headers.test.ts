// HTTP hardening: every kind of response carries the security headers (a CSP that allows no
// inline script, nosniff, no framing by others, no referrer); bodies have a size limit (413) and
// malformed JSON is a 400, both in the API's error shape; no error shows the server's insides;
// search has a rate limit like the console's (429 + Retry-After).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, searchPerMinuteDefault } from '../../server/app.ts';
import { projectRoot } from '../../server/config.ts';
import { listen } from '../../server/http.ts';
import { apiOnCorpus, type CorpusApi } from '../support/api-corpus.ts';
import { enc, clientFor, type ApiClient } from '../support/api.ts';
import { isErrorBody, leakIn, rawRequest, type RawReply } from '../support/http-raw.ts';

let api: CorpusApi;
beforeAll(async () => {
  api = await apiOnCorpus({ explorer: true });
});
afterAll(() => api?.close());

const asset = () => readdirSync(path.join(projectRoot, 'web/dist/assets')).find((f) => f.endsWith('.js'))!;

/** The CSP's directives by name, e.g. {'script-src': ["'self'"]}. */
function cspOf(reply: RawReply): Record<string, string[]> {
  const header = String(reply.headers['content-security-policy'] ?? '');
  return Object.fromEntries(header.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

function expectSecurityHeaders(reply: RawReply, what: string): void {
  const csp = cspOf(reply);
  const scripts = csp['script-src'] ?? csp['default-src'];
  expect(scripts, `${what}: script-src`).toBeDefined();
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-inline'");
  expect(scripts, `${what}: script-src`).not.toContain("'unsafe-eval'");
  expect(scripts, `${what}: script-src`).not.toContain('*');
  // Inline event handlers (onerror=, onload=) are forbidden on their own.
  expect(csp['script-src-attr'], `${what}: script-src-attr`).toEqual(["'none'"]);
  expect(csp['object-src'], `${what}: object-src`).toEqual(["'none'"]);
  expect(csp['frame-ancestors'], `${what}: frame-ancestors`).toEqual(expect.arrayContaining(["'self'"]));
  expect(reply.headers['x-frame-options'], what).toMatch(/^(SAMEORIGIN|DENY)$/);
  expect(reply.headers['x-content-type-options'], what).toBe('nosniff');
  expect(reply.headers['referrer-policy'], what).toMatch(/no-referrer|same-origin|strict-origin/);
  expect(reply.headers['x-powered-by'], what).toBeUndefined();
}

describe('security headers on every kind of response', () => {
  const cases: [string, () => { method?: string; path: string; headers?: Record<string, string>; body?: string }, number, string][] = [
    ['API JSON', () => ({ path: '/api/search?q=bo' }), 200, 'application/json'],
    ['API health', () => ({ path: '/api/health' }), 200, 'application/json'],
    ['OpenAPI document', () => ({ path: '/api/openapi.json' }), 200, 'application/json'],
    ['API 400', () => ({ path: `/api/entities/${enc('x')}` }), 400, 'application/json'],
    ['API 404 (unknown id)', () => ({ path: `/api/entities/${enc('person:nobody at all')}` }), 404, 'application/json'],
    ['API 404 (unknown route)', () => ({ path: '/api/no-such-route' }), 404, 'application/json'],
    ['API 415', () => ({ method: 'POST', path: '/api/console', headers: { 'content-type': 'text/plain' }, body: 'MATCH (n) RETURN n' }), 415, 'application/json'],
    ['file download', () => ({ path: '/api/exports/csv?network=co-attendance&file=nodes' }), 200, 'text/csv'],
    ['involvement CSV', () => ({ path: '/api/involvement?format=csv' }), 200, 'text/csv'],
    ["the explorer's index.html", () => ({ path: '/' }), 200, 'text/html'],
    ['a page of the explorer', () => ({ path: '/?view=timeline&tl=projects' }), 200, 'text/html'],
    ['a static asset', () => ({ path: `/assets/${asset()}` }), 200, 'javascript'],
    ['a missing asset', () => ({ path: '/assets/no-such-chunk.js' }), 404, 'application/json'],
    ['a wrong method outside the API', () => ({ method: 'PUT', path: '/' }), 404, 'application/json'],
  ];
  it.each(cases)('%s', async (what, request, status, type) => {
    const reply = await rawRequest(api.url, request());
    expect(reply.status, `${what}: ${reply.text.slice(0, 200)}`).toBe(status);
    expect(reply.headers['content-type'], what).toContain(type);
    expectSecurityHeaders(reply, what);
    if (status >= 400) {
      expect(isErrorBody(reply.text), `${what}: ${reply.text.slice(0, 200)}`).toBe(true);
      expect(leakIn(reply.text), what).toBeNull();
    }
  });

  it('a download is an attachment whose type the browser may not second-guess', async () => {
    const reply = await rawRequest(api.url, { path: '/api/exports/graphml?network=co-attendance' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"$/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('request bodies', () => {
  const post = (body: string | Buffer, type = 'application/json') => rawRequest(api.url, { method: 'POST', path: '/api/console', headers: { 'content-type': type }, body });

  it('a JSON body over the limit is 413 in the error shape, and the server goes on', async () => {
    const reply = await post(JSON.stringify({ query: `RETURN '${'x'.repeat(200_000)}'` }));
    expect(reply.status).toBe(413);
    expect(isErrorBody(reply.text)).toBe(true);
    expect(JSON.parse(reply.text).error.code).toBe('too_large');
    expect(leakIn(reply.text)).toBeNull();
    expectSecurityHeaders(reply, '413');
    expect((await api.get('/api/health')).status).toBe(200);
  });

  it('a body of 5 MB to a write route is refused the same way', async () => {
    const reply = await rawRequest(api.url, { method: 'POST', path: `/api/entities/${enc('person:gösta strand')}/merge`, headers: { 'content-type': 'application/json' }, body: Buffer.alloc(5_000_000, 'a') });
    expect(reply.status).toBe(413);
    expect(isErrorBody(reply.text)).toBe(true);
  });

  it.each([
    ['{"query": "RETURN 1"', 'unterminated object'],
    ['{query: 1}', 'unquoted key'],
    ["{'query': 'RETURN 1'}", 'single quotes'],
    ['{"query": "RETURN 1",}', 'trailing comma'],
    ['\u0000\u0001\u0002', 'control bytes'],
    ['"just a string"', 'not an object (strict JSON)'],
    ['NaN', 'a bare word'],
  ])('malformed JSON (%s: %s) is 400 in the error shape', async (body) => {
    const reply = await post(body);
    expect(reply.status, reply.text).toBe(400);
    expect(isErrorBody(reply.text), reply.text).toBe(true);
    expect(leakIn(reply.text, [body]), reply.text).toBeNull();
  });

  it('a body in a charset the parser does not know is 415, not 500', async () => {
    const reply = await post('{"query":"RETURN 1"}', 'application/json; charset=klingon');
    expect(reply.status).toBe(415);
    expect(isErrorBody(reply.text)).toBe(true);
  });

  it('gzip that is not gzip is a 400', async () => {
    const reply = await rawRequest(api.url, { method: 'POST', path: '/api/console', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'not gzip at all' });
    expect(reply.status).toBe(400);
    expect(isErrorBody(reply.text)).toBe(true);
  });
});

describe('rate limit on search', () => {
  let limited: ApiClient;
  beforeAll(async () => {
    limited = clientFor(await listen(createApp({ gateway: api.gateway, version: 'test', logError: () => {}, searchPerMinute: 3 }), '127.0.0.1', 0));
  });
  afterAll(() => limited?.close());

  it(`is ${searchPerMinuteDefault} a minute by default`, () => {
    expect(searchPerMinuteDefault).toBeGreaterThanOrEqual(60);
  });

  it('answers 429 with Retry-After and the error shape past the limit, and counts bad requests too', async () => {
    expect((await limited.get('/api/search?q=bo')).status).toBe(200);
    expect((await limited.get('/api/search?q=')).status).toBe(400);
    expect((await limited.get('/api/search?q=gosta')).status).toBe(200);
    const over = await limited.get<{ error: { code: string; message: string } }>('/api/search?q=ria');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(over.body.error).toEqual({ code: 'rate_limited', message: expect.stringMatching(/too many searches/) });
  });

  it('limits search only: other routes still answer', async () => {
    expect((await limited.get('/api/timelines/groups')).status).toBe(200);
    expect((await limited.get('/api/health')).status).toBe(200);
  });
});
