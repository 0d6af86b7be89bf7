// POST /api/entities/:id/forget over the seeds (a registry copy): the person and their name go
// from the graph and the stored texts; only a person can be forgotten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { loadRegistry, forgetKey } from '../../ingest/registry.ts';
import * as S from '../../server/api/shapes.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { type ApiClient, apiOnSeeds, enc } from '../support/api.ts';
import { testTarget } from '../support/neo4j.ts';

let api: ApiClient;
let driver: Driver;
let gateway: Gateway;
beforeAll(async () => {
  api = await apiOnSeeds();
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database: testTarget().database });
});
afterAll(async () => {
  await driver?.close();
  await api?.close();
});

describe('POST /api/entities/:id/forget', () => {
  it('forgets a person from the graph and from every stored text', async () => {
    const before = (await gateway.read('list-stored-documents', {})).filter((d) => d.text.includes('Skålén')).length;
    expect(before).toBeGreaterThan(0);
    const reply = await api.post<S.Forgotten>(`/api/entities/${enc('person:per skålén')}/forget`, {});
    expect(reply.status).toBe(200);
    expect(S.Forgotten.parse(reply.body).documentsRedacted).toBe(before);
    expect((await api.get(`/api/entities/${enc('person:per skålén')}`)).status).toBe(404);
    expect((await gateway.read('list-stored-documents', {})).filter((d) => d.text.includes('Skålén'))).toEqual([]);
    expect((await loadRegistry(api.registryPath)).file.forget).toContain(forgetKey('Per Skålén'));
  });

  it('forgets only people', async () => {
    const reply = await api.post<S.ErrorBody>(`/api/entities/${enc('organisation:socialförvaltningen')}/forget`, {});
    expect([reply.status, reply.body.error.message]).toEqual([400, 'only a person can be forgotten; organisation:socialförvaltningen is not a person']);
  });
});
