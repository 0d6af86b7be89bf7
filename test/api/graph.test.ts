// Neighbourhood, networks, shortest path and timelines on the seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as S from '../../server/api/shapes.ts';
import { apiOnSeeds, enc, type ApiClient } from '../support/api.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await apiOnSeeds();
});
afterAll(() => api?.close());

async function ok<T>(path: string, schema: { parse(v: unknown): T }): Promise<T> {
  const { status, body } = await api.get(path);
  expect(status, JSON.stringify(body)).toBe(200);
  return schema.parse(body);
}

const nodeIds = (e: S.Elements) => e.nodes.map((n) => n.data.id);

function expectClosedEdges(e: S.Elements): void {
  const ids = new Set(nodeIds(e));
  for (const edge of e.edges) {
    expect(ids.has(edge.data.source) && ids.has(edge.data.target), edge.data.id).toBe(true);
    expect(edge.data.id).toBe(`${edge.data.source}|${edge.data.target}|${edge.data.type}`);
  }
  expect(new Set(e.edges.map((x) => x.data.id)).size).toBe(e.edges.length);
}

describe('GET /api/entities/:id/neighbourhood', () => {
  const bo = `/api/entities/${enc('person:bo pettersson')}/neighbourhood`;

  it("Bo Pettersson's neighbourhood holds Ria and G7 (\"Bo Pettersson, Ria/G7\") and his meetings", async () => {
    const n = await ok(bo, S.Neighbourhood);
    expect(n.center.id).toBe('person:bo pettersson');
    expect(n.truncated).toBe(false);
    expect(nodeIds(n.elements)[0]).toBe('person:bo pettersson');
    expect(nodeIds(n.elements)).toEqual(expect.arrayContaining(['organisation:ria', 'organisation:g7']));
    expect(n.elements.nodes.filter((x) => x.data.type === 'meeting')).toHaveLength(5);
    expect(n.elements.nodes.every((x) => x.data.type !== ('document' as string))).toBe(true);
    const ria = n.elements.edges.find((e) => e.data.id === 'person:bo pettersson|organisation:ria|MEMBER_OF');
    expect(ria?.data).toMatchObject({ type: 'MEMBER_OF', weight: 3 });
    expectClosedEdges(n.elements);
  });

  it('depth 2 reaches further; the limit cuts and says so', async () => {
    const one = await ok(`${bo}?depth=1`, S.Neighbourhood);
    const two = await ok(`${bo}?depth=2`, S.Neighbourhood);
    expect(two.elements.nodes.length).toBeGreaterThan(one.elements.nodes.length);
    const cut = await ok(`${bo}?depth=2&limit=4`, S.Neighbourhood);
    expect(cut.truncated).toBe(true);
    expect(cut.elements.nodes).toHaveLength(4);
    expectClosedEdges(cut.elements);
  });
});

describe('GET /api/networks/:kind', () => {
  it('co-attendance: Bo Pettersson and Gösta Strand shared four meetings', async () => {
    const n = await ok('/api/networks/co-attendance', S.Network);
    const edge = n.elements.edges.find((e) => e.data.id === 'person:bo pettersson|person:gösta strand|CO_ATTENDED');
    expect(edge?.data).toMatchObject({ weight: 4, first: '2016-04-04', last: '2017-12-07' });
    expectClosedEdges(n.elements);
  });

  it('a date range keeps only meetings in it; minWeight drops light edges and isolated nodes', async () => {
    const n = await ok('/api/networks/co-attendance?from=2017-01-01&to=2017-12-31&minWeight=2', S.Network);
    expect(n).toMatchObject({ from: '2017-01-01', to: '2017-12-31' });
    for (const e of n.elements.edges) {
      expect(e.data.weight).toBeGreaterThanOrEqual(2);
      expect(e.data.first! >= '2017-01-01' && e.data.last! <= '2017-12-31').toBe(true);
    }
    const linked = new Set(n.elements.edges.flatMap((e) => [e.data.source, e.data.target]));
    expect(nodeIds(n.elements).every((id) => linked.has(id))).toBe(true);
  });

  it('organisations: Ria and Bryggan were both represented in 2016', async () => {
    const n = await ok('/api/networks/organisations?from=2016-01-01&to=2016-12-31', S.Network);
    expect(n.elements.edges.find((e) => e.data.id === 'organisation:bryggan|organisation:ria|TIED')).toBeDefined();
    expect(n.elements.nodes.every((x) => x.data.type === 'organisation')).toBe(true);
  });

  it('person-project: a two-mode network with WORKS_ON and DISCUSSED_AT edges; limit truncates', async () => {
    const n = await ok('/api/networks/person-project', S.Network);
    expect(new Set(n.elements.edges.map((e) => e.data.type))).toEqual(new Set(['WORKS_ON', 'DISCUSSED_AT']));
    expect(n.elements.edges.find((e) => e.data.id === 'person:allan hedman|project:fritidsbanken|WORKS_ON')).toBeDefined();
    const cut = await ok('/api/networks/person-project?limit=2', S.Network);
    expect(cut.truncated).toBe(true);
    expect(cut.elements.edges).toHaveLength(2);
  });
});

describe('GET /api/path', () => {
  it('links Gösta Strand to Fritidsbanken through a meeting', async () => {
    const p = await ok(`/api/path?from=${enc('person:gösta strand')}&to=${enc('project:fritidsbanken')}`, S.ShortestPath);
    expect(p.length).toBe(2);
    expect(p.path[0]).toBe('person:gösta strand');
    expect(p.path.at(-1)).toBe('project:fritidsbanken');
    expect(p.path[1]).toMatch(/^meeting:/);
    expect(nodeIds(p.elements)).toEqual(p.path);
    expect(p.elements.edges.length).toBeGreaterThanOrEqual(2);
  });

  it('a node to itself is a path of length 0', async () => {
    const p = await ok(`/api/path?from=${enc('organisation:ria')}&to=${enc('organisation:ria')}`, S.ShortestPath);
    expect(p).toMatchObject({ length: 0, path: ['organisation:ria'] });
  });
});

describe('GET /api/timelines/:kind', () => {
  it('groups: one lane per group, meetings in date order, lanes by first date', async () => {
    const t = await ok('/api/timelines/groups', S.Timeline);
    expect(t.lanes.map((l) => l.name)).toEqual(['Gemensam utvecklingsgrupp', 'Ledningsgrupp för utveckling']);
    expect(t.lanes[0]!.meetings.map((m) => m.date)).toEqual(['2016-04-04', '2016-09-05']);
    // The undated 2016/17 minutes sit at the start of their window, before the 2017 meetings.
    expect(t.lanes[1]!.meetings.map((m) => m.date)).toEqual([null, '2017-10-02', '2017-12-07']);
  });

  it('projects: Fritidsbanken has its two meetings; lanes are sorted by first date', async () => {
    const t = await ok('/api/timelines/projects', S.Timeline);
    const lane = t.lanes.find((l) => l.id === 'project:fritidsbanken');
    expect(lane?.meetings.map((m) => m.title)).toEqual(['Gemensam utvecklingsgrupp 5 september', 'Gemensam ledningsgrupp utveckling']);
    const firsts = t.lanes.map((l) => l.first ?? '9999');
    expect(firsts).toEqual([...firsts].sort());
  });
});
