// Path parameters cannot reach outside the data: ids, kinds and formats carrying `../`, its
// encodings, absolute paths, NUL bytes, very long ids and Unicode look-alikes, sent to every
// route with a path parameter (read from the route list) and to static file serving, are a 400
// or 404 in the API's error shape — never a file of the server, never a 500.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../server/api/routes.ts';
import { projectRoot } from '../../server/config.ts';
import { apiOnCorpus, type CorpusApi } from '../support/api-corpus.ts';
import { isErrorBody, leakIn, rawRequest } from '../support/http-raw.ts';

let api: CorpusApi;
let indexHtml: string;
beforeAll(async () => {
  api = await apiOnCorpus({ explorer: true, consolePerMinute: 10_000, app: { searchPerMinute: 10_000 } });
  indexHtml = readFileSync(path.join(projectRoot, 'web/dist/index.html'), 'utf8');
});
afterAll(() => api?.close());

/** Lines of files outside web/dist that must never appear in an answer. */
const secrets: readonly [string, string][] = [
  ['/etc/passwd', 'root:x:0:0'],
  ['package.json', '"name": "minutes-graph"'],
  ['server/app.ts', 'export function createApp'],
  ['seeds/registry.yaml', readFileSync(path.join(projectRoot, 'seeds/registry.yaml'), 'utf8').split('\n').find((l) => l.trim().length > 20 && !l.startsWith('#'))!.trim()],
  ['.git/config', 'repositoryformatversion'],
];

function expectNoSecrets(text: string, where: string): void {
  for (const [file, line] of secrets) expect(text.includes(line), `${where} shows ${file}`).toBe(false);
}

/** Path segments as sent on the wire (already encoded where encoded). */
const payloads: readonly string[] = [
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '..%2F..%2Fpackage.json',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  '..%5c..%5cpackage.json',
  '..%255c..%255cpackage.json',
  '..%252f..%252fetc%252fpasswd',
  '%2Fetc%2Fpasswd',
  '%2Fwork%2Fmain%2Fpackage.json',
  'file%3A%2F%2F%2Fetc%2Fpasswd',
  'C%3A%5CWindows%5Cwin.ini',
  'person%3A..%2F..%2Fetc%2Fpasswd',
  'doc%3A..%2F..%2Fseeds%2Fregistry.yaml',
  '..',
  '.',
  '%2e%2e',
  '~',
  '%00',
  'person%3Aa%00b',
  '%2Fetc%2Fpasswd%00.txt',
  'x'.repeat(5_000),
  `person%3A${'%C3%B6'.repeat(400)}`,
  // Overlong UTF-8 for '.' and '/' (invalid: the router cannot decode it).
  '%C0%AE%C0%AE%C0%AF',
  '%E0%A4%A',
  '%',
  // Fullwidth ．．／, the division slash ∕, a right-to-left override, zero-width and combining marks.
  '%EF%BC%8E%EF%BC%8E%EF%BC%8Fetc%EF%BC%8Fpasswd',
  '..%E2%88%95..%E2%88%95package.json',
  'person%3A%E2%80%AEdrowssap',
  'person%3A%E2%80%8Bg%C3%B6sta%20strand',
  'person%3Ago%CC%88sta%20strand%CC%81%CC%81%CC%81',
  'person%3A%F0%9F%92%A3%F0%9F%92%A3',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "person%3A'%20OR%201%3D1%20--",
  'person%3A%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n%20%2F%2F',
];

/** Every route with a path parameter, each parameter replaced by each payload in turn. */
function targets(): { route: string; method: string; path: string; payload: string }[] {
  const out: { route: string; method: string; path: string; payload: string }[] = [];
  for (const route of routes) {
    const names = route.path.match(/:\w+/g) ?? [];
    for (const name of names) {
      for (const payload of payloads) {
        const filled = route.path.replace(name, payload).replace(/:\w+/g, (other) => (other === ':kind' ? 'co-attendance' : other === ':format' ? 'csv' : 'person%3Ag%C3%B6sta%20strand'));
        out.push({ route: `${route.method ?? 'get'} ${route.path}`, method: (route.method ?? 'get').toUpperCase(), path: filled, payload });
      }
    }
  }
  return out;
}

describe('path parameters of every route', () => {
  it('the route list has the routes this test is about', () => {
    const withParams = routes.filter((r) => r.path.includes(':')).map((r) => r.path);
    expect(withParams).toEqual(expect.arrayContaining(['/api/entities/:id', '/api/entities/:id/neighbourhood', '/api/documents/:id', '/api/people/:id/timeline', '/api/networks/:kind', '/api/exports/:format', '/api/groups/:id/attendance']));
  });

  it(`answers 400 or 404 with the error shape to ${payloads.length} hostile values in each parameter`, async () => {
    const seen = new Map<number, number>();
    for (const target of targets()) {
      const reply = await rawRequest(api.url, {
        method: target.method,
        path: target.path,
        headers: target.method === 'POST' ? { 'content-type': 'application/json' } : {},
        body: target.method === 'POST' ? JSON.stringify({ others: ['person:nobody here'], name: 'Nobody Here' }) : undefined,
      });
      seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
      const where = `${target.route} ← ${target.path.slice(0, 120)}: ${reply.status} ${reply.text.slice(0, 200)}`;
      expect([400, 404], where).toContain(reply.status);
      expect(isErrorBody(reply.text), where).toBe(true);
      expect(reply.headers['content-type'], where).toMatch(/^application\/json/);
      expectNoSecrets(reply.text, where);
      expect(leakIn(reply.text, [safeDecode(target.payload)]), where).toBeNull();
    }
    console.log(`path parameters: ${targets().length} requests, statuses ${JSON.stringify(Object.fromEntries(seen))}`);
  });

  it('raw ../ in an API path is no route (404 JSON), not a file', async () => {
    for (const p of ['/api/entities/../../package.json', '/api/documents/../../../etc/passwd', '/api/exports/../../server/app.ts', '/api/../package.json', '/api/..%2f..%2fpackage.json']) {
      const reply = await rawRequest(api.url, { path: p });
      expect([400, 404], `${p}: ${reply.status}`).toContain(reply.status);
      expect(isErrorBody(reply.text), p).toBe(true);
      expectNoSecrets(reply.text, p);
    }
  });
});

describe('ids in query strings', () => {
  it.each(['/api/provenance?doc=%s&start=0&end=1', '/api/path?from=%s&to=person%3Ag%C3%B6sta%20strand', '/api/involvement?group=%s', '/api/search?q=%s'])('%s', async (template) => {
    for (const payload of payloads) {
      const p = template.replace('%s', payload);
      const reply = await rawRequest(api.url, { path: p });
      const where = `${p.slice(0, 120)}: ${reply.status} ${reply.text.slice(0, 200)}`;
      // Search and involvement may answer 200 (no hits, no meetings); never with a file.
      expect([200, 400, 404], where).toContain(reply.status);
      if (reply.status !== 200) expect(isErrorBody(reply.text), where).toBe(true);
      expectNoSecrets(reply.text, where);
    }
  });
});

describe('static file serving', () => {
  // Each is either the explorer's own page (a path of the single-page app) or a JSON 404; never the file.
  const tries = [
    '/..%2f..%2fetc/passwd',
    '/..%2f..%2fpackage.json',
    '/assets/../../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/../../../../etc/passwd',
    '/..\\..\\package.json',
    '//etc/passwd',
    '/%2Fetc%2Fpasswd',
    '/package.json',
    '/server/app.ts',
    '/seeds/registry.yaml',
    '/.git/config',
    '/.env',
    '/.neo4j/default/password',
    '/node_modules/express/package.json',
    '/web/dist/index.html',
    '/assets/index.html%00.js',
    '/%00',
    '/index.html%00',
    `/assets/${'a'.repeat(300)}.js`,
    '/assets/%C0%AE%C0%AE%C0%AFpackage.json',
    '/%EF%BC%8E%EF%BC%8E%EF%BC%8Fpackage.json',
  ];
  it.each(tries)('%s', async (p) => {
    const reply = await rawRequest(api.url, { path: p });
    const where = `${p}: ${reply.status} ${reply.text.slice(0, 200)}`;
    expectNoSecrets(reply.text, where);
    expect(reply.status, where).not.toBeGreaterThanOrEqual(500);
    if (reply.status === 200) expect(reply.text, where).toBe(indexHtml);
    else {
      expect([400, 403, 404], where).toContain(reply.status);
      expect(isErrorBody(reply.text), where).toBe(true);
      expect(leakIn(reply.text, [safeDecode(p)]), where).toBeNull();
    }
  });

  it('a path that names a file (an extension) outside web/dist is a 404, not the page', async () => {
    for (const p of ['/package.json', '/server/app.ts', '/assets/../../package.json', '/..%2f..%2fpackage.json']) {
      const reply = await rawRequest(api.url, { path: p });
      expect(reply.status, p).toBe(404);
    }
  });
});

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
