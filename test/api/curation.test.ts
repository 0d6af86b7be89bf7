// POST /api/entities/:id/merge and /split over the seeds: the registry copy changes, the graph
// follows, a re-ingest keeps the decision, a split gives the graph back; and the guards hold.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { createApp } from '../../server/app.ts';
import * as S from '../../server/api/shapes.ts';
import { loadConfig } from '../../server/config.ts';
import { listen } from '../../server/http.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { type ApiClient, apiOnSeeds, clientFor, enc } from '../support/api.ts';
import { testTarget } from '../support/neo4j.ts';

let api: ApiClient;
let driver: Driver;
let gateway: Gateway;
const seeds = () => {
  const dir = loadConfig().seedsDir;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
};
const dump = async () => formatGraphDump(await dumpGraph(gateway));
const profile = async (id: string) => api.get<S.Profile>(`/api/entities/${enc(id)}`);

beforeAll(async () => {
  api = await apiOnSeeds();
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database: testTarget().database });
});
afterAll(async () => {
  await driver?.close();
  await api?.close();
});

describe('merge and split from the API', () => {
  it('merges one person into another, keeps it through a re-ingest, and a split restores the graph', async () => {
    const before = await dump();
    const norbeck = await profile('person:per norbeck');
    const skalen = await profile('person:per skålén');
    expect([norbeck.status, skalen.status]).toEqual([200, 200]);

    const merged = await api.post<S.Curation>(`/api/entities/${enc('person:per norbeck')}/merge`, { others: ['person:per skålén'] });
    expect(merged.status).toBe(200);
    expect(S.Curation.parse(merged.body)).toEqual({ changes: ['persons: added Per Norbeck', 'persons: Per Skålén → Per Norbeck'], entity: { id: 'person:per norbeck', type: 'person', name: 'Per Norbeck' } });
    expect((await profile('person:per skålén')).status).toBe(404);
    const after = S.Profile.parse((await profile('person:per norbeck')).body);
    expect(after.entity.aliases).toContain('Per Skålén');
    expect((await loadRegistry(api.registryPath)).file.persons).toEqual([{ name: 'Per Norbeck', aliases: ['Per Skålén'] }]);

    await ingestFiles(gateway, seeds(), await loadRegistry(api.registryPath), { stage: () => {}, warn: () => {} });
    expect((await profile('person:per skålén')).status).toBe(404);

    const split = await api.post<S.Curation>(`/api/entities/${enc('person:per norbeck')}/split`, { name: 'per skålén' });
    expect(split.status).toBe(200);
    expect(split.body.changes).toEqual(['persons: Per Skålén is no longer Per Norbeck']);
    expect(await dump()).toBe(before);
  });

  it('splits a nickname the rules joined and merges it back', async () => {
    const before = await dump();
    const split = await api.post<S.Curation>(`/api/entities/${enc('person:bo pettersson')}/split`, { name: 'Bosse Pettersson' });
    expect(split.body.changes).toEqual(['keepApart: added ["Bo Pettersson", "Bosse Pettersson"]']);
    expect((await profile('person:bosse pettersson')).status).toBe(200);
    const merged = await api.post<S.Curation>(`/api/entities/${enc('person:bo pettersson')}/merge`, { others: ['person:bosse pettersson'] });
    expect(merged.status).toBe(200);
    expect(merged.body.changes[0]).toBe('keepApart: removed ["Bo Pettersson", "Bosse Pettersson"]');
    expect((await profile('person:bosse pettersson')).status).toBe(404);
    expect(S.Profile.parse((await profile('person:bo pettersson')).body).entity.aliases).toContain('Bosse Pettersson');
    // The graph is the same; the registry now says in so many words what the rules had found.
    expect(await dump()).toBe(before);
  });

  it('answers bad requests with a clear 4xx and changes nothing', async () => {
    const registry = readFileSync(api.registryPath, 'utf8');
    const cases: [string, unknown, Record<string, string>, number, RegExp][] = [
      ['/api/entities/person:per%20norbeck/merge', { others: ['person:per norbeck'] }, {}, 400, /with itself/],
      ['/api/entities/person:per%20norbeck/merge', { others: ['organisation:socialförvaltningen'] }, {}, 400, /cannot merge the organisation/],
      ['/api/entities/person:per%20norbeck/merge', { others: [] }, {}, 400, /body field 'others'/],
      ['/api/entities/person:nobody/merge', { others: ['person:per norbeck'] }, {}, 404, /person:nobody/],
      ['/api/entities/person:per%20norbeck/split', { name: 'Someone Else' }, {}, 400, /not a spelling of Per Norbeck/],
      ['/api/entities/person:per%20norbeck/split', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }, 415, /application\/json/],
      ['/api/entities/person:per%20norbeck/split', { name: 'x' }, { origin: 'http://evil.example' }, 403, /evil\.example/],
      ['/api/entities/person:per%20norbeck/split', '{"name":', {}, 400, /JSON/],
    ];
    for (const [p, body, headers, status, message] of cases) {
      const reply = await api.post<S.ErrorBody>(p, body, headers);
      expect([p, reply.status]).toEqual([p, status]);
      expect(reply.body.error.message).toMatch(message);
    }
    expect(readFileSync(api.registryPath, 'utf8')).toBe(registry);
  });

  it('needs the token when the server has one, and is off when the server does not curate', async () => {
    const withToken = clientFor(await listen(createApp({ gateway, version: 'test', write: { registryPath: api.registryPath, token: 's3cret' } }), '127.0.0.1', 0));
    const off = clientFor(await listen(createApp({ gateway, version: 'test' }), '127.0.0.1', 0));
    try {
      const p = `/api/entities/${enc('person:bo pettersson')}/split`;
      expect((await withToken.post(p, { name: 'Bosse Pettersson' })).status).toBe(401);
      expect((await withToken.post(p, { name: 'Bosse Pettersson' }, { authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await off.post(p, { name: 'Bosse Pettersson' })).status).toBe(403);
      const ok = await withToken.post<S.Curation>(p, { name: 'Nobody' }, { authorization: 'Bearer s3cret' });
      expect(ok.status).toBe(400);
    } finally {
      await withToken.close();
      await off.close();
    }
  });

  it('describes both routes in the OpenAPI document with their bodies', async () => {
    const doc = (await api.get<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>('/api/openapi.json')).body;
    expect(doc.paths['/api/entities/{id}/merge']!.post!.requestBody).toBeDefined();
    expect(doc.paths['/api/entities/{id}/split']!.post!.requestBody).toBeDefined();
  });
});
