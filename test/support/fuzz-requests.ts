// Random and malformed HTTP requests for the fuzz test, from a seeded PRNG so a failure
// reproduces (FUZZ_SEED=…). Each request is built from a route of the route list: its path
// parameters, query keys and body filled with valid values, garbage, or both.
import type { Route } from '../../server/api/route.ts';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
  };
}
export type Random = ReturnType<typeof createRandom>;

export interface FuzzRequest {
  /** The route of the list it was built from, or a label (unknown, static). */
  readonly target: string;
  readonly method: string;
  /** Sent verbatim. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
  /** Decoded inputs, which an error message may quote back. */
  readonly echoes: readonly string[];
}

/** Valid values the graph holds (ids of each kind) and valid values of the enums. */
export interface FuzzPools {
  readonly ids: readonly string[];
  readonly groupIds: readonly string[];
  readonly docIds: readonly string[];
  readonly kinds: readonly string[];
  readonly formats: readonly string[];
}

const hostile: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  'a'.repeat(10_000),
  'ö'.repeat(3_000),
  '💣🧨'.repeat(200),
  'Ånge ÄÖ ǅ ß ﬁ',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'e\u0301\u0301\u0301\u0301',
  '中文 العربية עברית',
  '\u0000',
  '\u0001\u0002\u001f\u007f',
  '*', '?', '~', '"', '\\', '(', ')', '[', ']', '{', '}', ':', '^', '+', '-', '!', '&&', '||', '/',
  'AND', 'OR NOT', 'a* AND b*', '"unterminated',
  "' OR 1=1 --",
  '") MATCH (n) DETACH DELETE n //',
  '$param',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '-1', '0', '1e309', 'NaN', 'Infinity', '0x10', '99999999999999999999', '1.5', '01',
  '2016-02-30', '9999-99-99', '0000-00-00', '2016-1-1', '2016-01-01T00:00:00Z',
  'true', 'false', 'null', 'undefined', '[]', '{}',
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty',
];

const validByKey: Record<string, (r: Random, pools: FuzzPools) => string> = {
  q: (r) => r.pick(['bo', 'gosta', 'ria', 'fritids', 'helsingborg', 'a', 'stad', 'förvaltning']),
  types: (r) => r.pick(['person', 'organisation,group', 'project,meeting,event,place']),
  limit: (r) => String(1 + r.int(100)),
  depth: (r) => String(1 + r.int(2)),
  minWeight: (r) => String(1 + r.int(3)),
  seed: (r) => String(r.int(1000)),
  start: (r) => String(r.int(500)),
  end: (r) => String(500 + r.int(500)),
  from: (r) => r.pick(['2016-01-01', '2016-06-30', 'person:gösta strand']),
  to: (r) => r.pick(['2017-12-31', '2016-12-31', 'person:bo pettersson']),
  aFrom: () => '2016-01-01',
  aTo: () => '2016-12-31',
  bFrom: () => '2017-01-01',
  bTo: () => '2017-12-31',
  network: (r, p) => r.pick(p.kinds),
  file: (r) => r.pick(['nodes', 'edges', 'metadata']),
  pseudonymise: (r) => r.pick(['true', 'false', '1', '0']),
  period: (r) => r.pick(['meeting', 'month', 'quarter', 'year']),
  format: (r) => r.pick(['json', 'csv']),
  group: (r, p) => r.pick(p.groupIds),
  doc: (r, p) => r.pick(p.docIds),
};

function randomText(r: Random): string {
  if (r.chance(0.5)) return r.pick(hostile);
  const length = r.pick([1, 3, 8, 40, 300, 2_000]);
  let s = '';
  for (let i = 0; i < length; i++) {
    const kind = r.int(5);
    // ASCII, Latin-1, any BMP code point (lone surrogates included), astral, and controls.
    s += kind === 0 ? String.fromCharCode(32 + r.int(95)) : kind === 1 ? String.fromCharCode(160 + r.int(96)) : kind === 2 ? String.fromCharCode(r.int(0xffff)) : kind === 3 ? String.fromCodePoint(0x10000 + r.int(0xfffff)) : String.fromCharCode(r.int(32));
  }
  return s;
}

/** A value as it goes on the wire: properly encoded, or broken on purpose. */
function encode(r: Random, value: string): string {
  const encoded = encodeOnce(r, value);
  // Mostly under Node's 16 KB header limit, so the request reaches the app; now and then beyond it (431).
  return encoded.length > 6_000 && r.chance(0.9) ? encoded.slice(0, 6_000) : encoded;
}

function encodeOnce(r: Random, value: string): string {
  const choice = r.int(10);
  if (choice === 0) return `${safeEncode(value).slice(0, 50)}%`;
  if (choice === 1) return `${r.pick(['%zz', '%E0%A4%A', '%C0%AE', '%ED%A0%80', '%FF%FE', '%%', '%0'])}${safeEncode(value)}`;
  if (choice === 2) return safeEncode(value).replace(/%2F/g, '/');
  return safeEncode(value);
}

function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be UTF-8: send its replacement.
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

function paramValue(r: Random, name: string, pools: FuzzPools): string {
  if (r.chance(0.4)) {
    if (name === 'id') return r.pick(pools.ids);
    if (name === 'kind') return r.pick(pools.kinds);
    if (name === 'format') return r.pick(pools.formats);
  }
  return randomText(r);
}

/** The keys of a route's query schema (z.object, refined or not). */
function queryKeys(route: Route): string[] {
  const shape = (route.query as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function queryString(r: Random, keys: readonly string[], pools: FuzzPools, echoes: string[]): string {
  if (keys.length && r.chance(0.3)) return nearValidQuery(r, keys, pools, echoes);
  const parts: string[] = [];
  const count = r.pick([0, 1, 2, 3, 5, 12]);
  for (let i = 0; i < count; i++) {
    const key = keys.length && r.chance(0.75) ? r.pick(keys) : r.chance(0.5) ? r.pick(['a[]', 'a[0]', 'q[x]', '__proto__', 'constructor[prototype][polluted]', '', '&', '=']) : randomText(r).slice(0, 40);
    const valid = Object.hasOwn(validByKey, key) ? validByKey[key] : undefined;
    const value = valid && r.chance(0.5) ? valid(r, pools) : randomText(r);
    echoes.push(key, value);
    const form = r.int(8);
    if (form === 0) parts.push(encode(r, key));
    else if (form === 1) parts.push(`${encode(r, key)}=${encode(r, value)}&${encode(r, key)}=${encode(r, randomText(r))}`);
    else parts.push(`${encode(r, key)}=${encode(r, value)}`);
  }
  if (r.chance(0.03)) parts.push(Array.from({ length: 1_500 }, (_, i) => `k${i}=${i}`).join('&'));
  if (r.chance(0.05)) parts.push('&&&;;==');
  return parts.length ? `?${parts.join('&')}` : r.chance(0.1) ? '?' : '';
}

/** Every key with a valid value but (mostly) one, so most requests get past validation to the handler and Neo4j. */
function nearValidQuery(r: Random, keys: readonly string[], pools: FuzzPools, echoes: string[]): string {
  const odd = r.chance(0.7) ? r.pick(keys) : null;
  const parts = keys
    .filter((key) => key === odd || r.chance(0.7))
    .map((key) => {
      const valid = Object.hasOwn(validByKey, key) ? validByKey[key] : undefined;
      const value = key === odd || !valid ? randomText(r) : valid(r, pools);
      echoes.push(value);
      return `${key}=${encode(r, value)}`;
    });
  return parts.length ? `?${parts.join('&')}` : '';
}

const wrongMethods = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE'];

const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/vnd.api+json',
  'application/xml',
  '',
];

function randomJson(r: Random, depth = 0): unknown {
  const kind = r.int(depth > 3 ? 4 : 7);
  if (kind === 0) return randomText(r);
  if (kind === 1) return r.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1]);
  if (kind === 2) return r.pick([true, false, null]);
  if (kind === 3) return r.pick(['', 'RETURN 1', 'person:gösta strand']);
  if (kind === 4) return Array.from({ length: r.int(5) }, () => randomJson(r, depth + 1));
  const keys = ['others', 'name', 'query', 'params', '__proto__', 'constructor', randomText(r).slice(0, 20)];
  return Object.fromEntries(Array.from({ length: r.int(4) }, () => [r.pick(keys), randomJson(r, depth + 1)]));
}

const consoleQueries = [
  'RETURN 1',
  'MATCH (n) RETURN n LIMIT 3',
  'MATCH (p:Person)-[r]-(x) RETURN p, r, x LIMIT 5',
  'CREATE (n:Hacked) RETURN n',
  'MATCH (n) DETACH DELETE n',
  'CALL db.labels()',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  'RETURN $x',
  'RETURN 1; RETURN 2',
  'MATCH (n',
  'SHOW USERS',
];

function randomBody(r: Random, route: Route | null, pools: FuzzPools): string | Buffer {
  const kind = r.int(12);
  if (kind === 0) return '';
  if (kind === 1) return Buffer.from(Array.from({ length: 1 + r.int(300) }, () => r.int(256)));
  if (kind === 2) return '{"others": [' + '['.repeat(3_000) + ']'.repeat(3_000) + ']}';
  if (kind === 3) return `{"others": ${JSON.stringify(Array.from({ length: 25 }, () => r.pick(pools.ids)))}}`;
  if (kind === 4) return `{"name": ${JSON.stringify(randomText(r))}}`;
  if (kind === 5) return `{"others": [${JSON.stringify(r.pick(pools.ids))}]}`;
  if (kind === 6) return JSON.stringify({ query: r.pick(consoleQueries), params: r.chance(0.5) ? { x: randomJson(r), 'bad name': 1 } : { x: 1 } });
  if (kind === 7) return `{"query": ${JSON.stringify(randomText(r))}}`;
  if (kind === 8) return JSON.stringify(randomJson(r)).slice(0, r.chance(0.3) ? r.int(40) : undefined);
  if (kind === 9) return `{"${'k'.repeat(50)}": "${'v'.repeat(150_000)}"}`;
  if (kind === 10) return route?.path.endsWith('/split') ? JSON.stringify({ name: r.pick(['Nobody', '', ' ', 'x'.repeat(400)]) }) : JSON.stringify({ others: [] });
  return JSON.stringify(randomJson(r));
}

/** One request for `route` (null: an unknown route or the static files). */
export function fuzzRequest(r: Random, route: Route | null, pools: FuzzPools): FuzzRequest {
  const echoes: string[] = [];
  let target: string;
  let pathname: string;
  let method: string;
  if (route) {
    target = `${(route.method ?? 'get').toUpperCase()} ${route.path}`;
    method = r.chance(0.1) ? r.pick(wrongMethods.concat(route.method === 'post' ? ['GET'] : ['POST'])) : (route.method ?? 'get').toUpperCase();
    pathname = route.path.replace(/:(\w+)/g, (_, name: string) => {
      const value = paramValue(r, name, pools);
      echoes.push(value);
      return encode(r, value);
    });
    // Extra or missing segments, a trailing slash, doubled slashes.
    const mangle = r.int(20);
    if (mangle === 0) pathname += `/${encode(r, randomText(r))}`;
    else if (mangle === 1) pathname += '/';
    else if (mangle === 2) pathname = pathname.replace('/api/', '/api//');
    else if (mangle === 3) pathname = pathname.toUpperCase();
    pathname += queryString(r, queryKeys(route), pools, echoes);
  } else if (r.chance(0.5)) {
    target = 'unknown API route';
    method = r.pick(['GET', 'GET', 'POST', ...wrongMethods]);
    const segment = randomText(r);
    echoes.push(segment);
    pathname = `/api/${encode(r, segment)}${queryString(r, [], pools, echoes)}`;
  } else {
    target = 'static';
    method = r.pick(['GET', 'GET', 'GET', 'HEAD', 'POST', ...wrongMethods]);
    const segment = randomText(r);
    echoes.push(segment);
    pathname = r.pick(['/', '/assets/', '/index.html', '/favicon.ico', '/assets/x.js', '/', '/?view=document&doc=']) + encode(r, segment);
  }
  const headers: Record<string, string> = {};
  let body: string | Buffer | undefined;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH' || r.chance(0.05)) {
    const type = r.chance(0.75) ? 'application/json' : r.pick(contentTypes);
    if (type) headers['content-type'] = type;
    body = randomBody(r, route, pools);
    if (typeof body === 'string') echoes.push(body);
  }
  if (r.chance(0.05)) headers.origin = r.pick(['http://evil.example', 'null', 'file://']);
  if (r.chance(0.05)) headers.authorization = r.pick(['Bearer ', 'Bearer x', 'Basic Zm9vOmJhcg==', 'garbage']);
  if (r.chance(0.03)) headers['content-encoding'] = r.pick(['gzip', 'deflate', 'br', 'x-unknown']);
  return { target, method, path: pathname, headers, body, echoes };
}
