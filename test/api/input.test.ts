// The boundary: malformed input is a 400 that names the field, unknown ids a 404, and the
// OpenAPI document describes every route the app serves under /api.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openApiPath } from '../../server/api/openapi.ts';
import { routes } from '../../server/api/routes.ts';
import { ErrorBody } from '../../server/api/shapes.ts';
import { apiOnSeeds, enc, type ApiClient } from '../support/api.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await apiOnSeeds();
});
afterAll(() => api?.close());

const person = enc('person:gösta strand');
const doc = enc('doc:45fcb04d6ec50db1');

async function expectError(path: string, status: number, code: string, message?: RegExp): Promise<void> {
  const reply = await api.get(path);
  expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(status);
  const body = ErrorBody.parse(reply.body);
  expect(body.error.code).toBe(code);
  if (message) expect(body.error.message).toMatch(message);
}

describe('400 on malformed input', () => {
  it.each([
    ['/api/search?q=', /q/],
    ['/api/search?q=%20%20', /q/],
    ['/api/search?q=bo&types=person,robot', /unknown type 'robot'/],
    ['/api/search?q=bo&limit=0', /limit/],
    ['/api/search?q=bo&limit=many', /limit/],
    [`/api/entities/${enc('x')}`, /id/],
    [`/api/entities/${person}/neighbourhood?depth=3`, /depth/],
    [`/api/entities/${person}/neighbourhood?depth=one`, /depth/],
    [`/api/entities/${person}/neighbourhood?limit=0`, /limit/],
    ['/api/networks/friends', /kind/],
    ['/api/networks/co-attendance?from=2016-13', /from/],
    ['/api/networks/co-attendance?from=2017-01-01&to=2016-01-01', /from must not be after to/],
    ['/api/networks/organisations?minWeight=0', /minWeight/],
    ['/api/networks/person-project?limit=-1', /limit/],
    ['/api/path?from=person%3Abo%20pettersson', /to/],
    ['/api/path?to=person%3Abo%20pettersson', /from/],
    ['/api/timelines/years', /kind/],
    [`/api/people/${enc('p')}/timeline`, /id/],
    [`/api/provenance?doc=${doc}&start=10`, /end/],
    [`/api/provenance?doc=${doc}&start=10&end=5`, /end must not be before start/],
    [`/api/provenance?doc=${doc}&start=-1&end=5`, /start/],
    [`/api/provenance?doc=${doc}&start=0&end=999999`, /beyond the end/],
    [`/api/documents/${enc('d')}`, /id/],
  ])('%s', async (path, message) => {
    await expectError(path, 400, 'bad_request', message);
  });
});

describe('404 on unknown ids', () => {
  it.each([
    [`/api/entities/${enc('person:nobody at all')}`, /person:nobody at all/],
    [`/api/entities/${enc('person:nobody at all')}/neighbourhood`, /person:nobody at all/],
    [`/api/path?from=${enc('person:nobody')}&to=${person}`, /from: entity 'person:nobody'/],
    [`/api/path?from=${person}&to=${enc('project:nothing')}`, /to: entity 'project:nothing'/],
    [`/api/people/${enc('person:nobody')}/timeline`, /person 'person:nobody'/],
    [`/api/provenance?doc=${enc('doc:0000')}&start=0&end=1`, /document 'doc:0000'/],
    [`/api/documents/${enc('doc:0000')}`, /document 'doc:0000'/],
    ['/api/no-such-route', /no such API route/],
  ])('%s', async (path, message) => {
    await expectError(path, 404, 'not_found', message);
  });
});

describe('GET /api/openapi.json', () => {
  it('has a path for every route and method, each with 200, 400 and 503 responses', async () => {
    const { status, body } = await api.get('/api/openapi.json');
    expect(status).toBe(200);
    const paths = (body as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }).paths;
    for (const route of routes) {
      const operation = paths[openApiPath(route.path)]?.[route.method ?? 'get'];
      expect(operation, route.path).toBeDefined();
      expect(Object.keys(operation!.responses)).toEqual(expect.arrayContaining(['200', '400', '503']));
    }
  });

  it('lists every route the app registers under /api (besides itself), with its method', async () => {
    const app = createApp({ gateway: {} as never, webRoot: null, version: 'test' });
    // Express 5 keeps its routes on app.router.stack; each route layer has its path and methods.
    const stack = (app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
    const registered = stack
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m} ${layer.route!.path}`) : []))
      .filter((p) => p.includes(' /api/') && !p.endsWith('/api/openapi.json'));
    expect(registered.sort()).toEqual(routes.map((r) => `${r.method ?? 'get'} ${r.path}`).sort());
    const { body } = await api.get('/api/openapi.json');
    const documented = Object.entries((body as { paths: Record<string, object> }).paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(registered.map((r) => r.replace(/ (.*)$/, (_, p: string) => ` ${openApiPath(p)}`)).sort()).toEqual(documented.sort());
  });
});
