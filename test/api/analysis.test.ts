// The analysis routes on the seeds: measures agree with analysis/measureNetwork on the very
// elements GET /api/networks/:kind gives; comparisons list the joiners and leavers read from the
// minutes (as test/analysis/compare-periods.test.ts); every export downloads as a file that parses.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureNetwork } from '../../analysis/measures.ts';
import * as S from '../../server/api/shapes.ts';
import * as A from '../../server/api/shapes-analysis.ts';
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

async function badRequest(path: string): Promise<string> {
  const { status, body } = await api.get<S.ErrorBody>(path);
  expect(status, JSON.stringify(body)).toBe(400);
  return body.error.message;
}

describe('GET /api/networks/:kind/measures', () => {
  for (const [kind, query] of [['co-attendance', ''], ['co-attendance', '?from=2016-01-01&to=2016-12-31'], ['organisations', ''], ['person-project', '']] as const) {
    it(`${kind}${query}: the measures of measureNetwork on the network the API gives, for every node of it`, async () => {
      const network = await ok(`/api/networks/${kind}${query}`, S.Network);
      const measures = await ok(`/api/networks/${kind}/measures${query}`, A.NetworkMeasures);
      const expected = measureNetwork(network.elements, { seed: 1 });
      expect(network.truncated).toBe(false);
      expect(measures.nodes).toHaveLength(network.elements.nodes.length);
      expect(measures.nodes.length).toBeGreaterThan(3);
      expect(measures).toMatchObject({ kind, seed: 1, communities: expected.communities });
      expect(measures.modularity).toBeCloseTo(expected.modularity, 10);
      const byId = new Map(measures.nodes.map((n) => [n.id, n]));
      for (const n of expected.nodes) {
        const got = byId.get(n.id);
        expect(got, n.id).toMatchObject({ label: n.label, degree: n.degree, weightedDegree: n.weightedDegree, community: n.community });
        expect(got!.betweenness).toBeCloseTo(n.betweenness, 12);
      }
      // Highest betweenness first.
      const b = measures.nodes.map((n) => n.betweenness);
      expect(b).toEqual([...b].sort((x, y) => y - x));
    });
  }

  it('co-attendance: Bo Pettersson, at every meeting but one, ties to more people than anyone', async () => {
    const m = await ok('/api/networks/co-attendance/measures', A.NetworkMeasures);
    const bo = m.nodes.find((n) => n.id === 'person:bo pettersson')!;
    expect(bo.degree).toBe(Math.max(...m.nodes.map((n) => n.degree)));
    expect(m.communities).toBeGreaterThan(1);
  });

  it('the same seed gives the same communities', async () => {
    const one = await ok('/api/networks/co-attendance/measures?seed=7', A.NetworkMeasures);
    const two = await ok('/api/networks/co-attendance/measures?seed=7', A.NetworkMeasures);
    expect(two.nodes.map((n) => [n.id, n.community])).toEqual(one.nodes.map((n) => [n.id, n.community]));
    expect(one.seed).toBe(7);
  });

  it('rejects bad input with a 400 that names the field', async () => {
    expect(await badRequest('/api/networks/friends/measures')).toMatch(/'kind'/);
    expect(await badRequest('/api/networks/co-attendance/measures?from=2016-13')).toMatch(/'from'.*YYYY-MM-DD/);
    expect(await badRequest('/api/networks/co-attendance/measures?from=2017-01-01&to=2016-01-01')).toMatch(/'from'/);
    expect(await badRequest('/api/networks/co-attendance/measures?seed=-1')).toMatch(/'seed'/);
  });
});

const april2016 = 'aFrom=2016-04-01&aTo=2016-04-30';
const september2016 = 'bFrom=2016-09-01&bTo=2016-09-30';

describe('GET /api/networks/:kind/compare', () => {
  it('organisation ties, April vs September 2016: IFS sat only at the April table; Olsgården came in September', async () => {
    const c = await ok(`/api/networks/organisations/compare?${april2016}&${september2016}`, A.NetworkComparison);
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(c.a).toEqual({ from: '2016-04-01', to: '2016-04-30' });
    expect(ids(c.disappeared)).toEqual(expect.arrayContaining([
      'organisation:arbetsmarknadsförvaltningen|organisation:ifs|TIED',
      'organisation:ifs|organisation:ria|TIED',
    ]));
    expect(ids(c.persisted)).toContain('organisation:bryggan|organisation:ria|TIED');
    expect(ids(c.appeared)).toContain('organisation:olsgården|organisation:ria|TIED');
    expect(ids(c.nodesLeft)).toContain('organisation:ifs');
    expect(ids(c.nodesJoined)).toContain('organisation:olsgården');

    // The same change as elements to draw: one per tie of either period, marked.
    const diff = new Map([...c.elements.nodes, ...c.elements.edges].map((e) => [e.data.id, e.data.diff]));
    expect(c.elements.edges).toHaveLength(c.appeared.length + c.disappeared.length + c.persisted.length);
    for (const t of c.appeared) expect(diff.get(t.id)).toBe('added');
    for (const t of c.disappeared) expect(diff.get(t.id)).toBe('removed');
    for (const t of c.persisted) expect(diff.get(t.id)).toBe('kept');
    expect(diff.get('organisation:ifs')).toBe('removed');
    expect(diff.get('organisation:olsgården')).toBe('added');
    expect(diff.get('organisation:ria')).toBe('kept');
    const kept = c.elements.edges.find((e) => e.data.id === 'organisation:bryggan|organisation:ria|TIED')!;
    expect(kept.data.weightA).toBeGreaterThan(0);
    expect(kept.data.weightB).toBeGreaterThan(0);
    const ends = new Set(c.elements.nodes.map((n) => n.data.id));
    for (const e of c.elements.edges) expect(ends.has(e.data.source) && ends.has(e.data.target), e.data.id).toBe(true);
  });

  it('rejects periods in the wrong order or none at all, naming the field', async () => {
    expect(await badRequest('/api/networks/organisations/compare?aFrom=2016-05-01&aTo=2016-04-01')).toMatch(/'aFrom'/);
    expect(await badRequest('/api/networks/organisations/compare?bFrom=2016-05-01&bTo=2016-04-01')).toMatch(/'bFrom'/);
    expect(await badRequest('/api/networks/organisations/compare')).toMatch(/'aFrom'.*at least one end/);
    expect(await badRequest('/api/networks/organisations/compare?aTo=yesterday')).toMatch(/'aTo'/);
  });
});

describe('GET /api/groups/:id/compare', () => {
  const names = (xs: { name: string }[]) => xs.map((x) => x.name).sort();

  it('Gemensam utvecklingsgrupp, 4 April vs 5 September 2016: joiners and leavers from the two Närvarande lists', async () => {
    const c = await ok(`/api/groups/${enc('group:gemensam utvecklingsgrupp')}/compare?${april2016}&${september2016}`, A.GroupComparison);
    expect(c.group).toEqual({ id: 'group:gemensam utvecklingsgrupp', name: expect.stringMatching(/gemensam utvecklingsgrupp/i) });
    expect(names(c.joined)).toEqual(['Allan Hedman', 'Carina Sörensen', 'Johnny Nyander', 'Lina Håkansson', 'Per Norbeck']);
    expect(names(c.left)).toEqual(['Bent S. Nilsen', 'Johan Larsson', 'Nicklas Wenkel', 'Åke Malmén'].sort());
    expect(names(c.stayed)).toEqual(['Anders Sandberg', 'Bo Pettersson', 'Gösta Strand', 'Herbert Tinz', 'Leif Redestig', 'Rebecka Glimsjö']);
    expect(c.joined.every((p) => p.meetings === 1)).toBe(true);
    expect([c.a.held, c.b.held]).toEqual([1, 1]);
  });

  it('Ledningsgrupp för utveckling, October vs December 2017: those "inte med" count as gone', async () => {
    const c = await ok(`/api/groups/${enc('group:ledningsgrupp för utveckling')}/compare?aFrom=2017-10-01&aTo=2017-10-31&bFrom=2017-12-01&bTo=2017-12-31`, A.GroupComparison);
    expect(names(c.joined)).toEqual(['Leif Redestig', 'Thomas Naujocks']);
    expect(names(c.left)).toEqual(['David Bergström', 'Pernilla Kvist']);
    expect(c.stayed).toHaveLength(8);
  });

  it('an unknown group is a 404; a person is not a group (400)', async () => {
    const missing = await api.get<S.ErrorBody>(`/api/groups/${enc('group:no such group')}/compare?${april2016}`);
    expect(missing.status).toBe(404);
    expect(await badRequest(`/api/groups/${enc('person:bo pettersson')}/compare?${april2016}`)).toMatch(/'id'.*not a group/);
  });
});

/** The raw download: status, headers and text (not JSON). */
async function download(path: string) {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', text: await response.text() };
}

/** The file name of `attachment; filename=…` (quoted only when it needs to be). */
function attachmentName(disposition: string): string | null {
  return /^attachment; filename="?([^";]+)"?$/.exec(disposition)?.[1] ?? null;
}

/** Parsed by a strict XML parser (Python's ElementTree): the number of node and edge elements. */
function countXml(xml: string): { nodes: number; edges: number } {
  const script = `
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
local = lambda e: e.tag.rsplit('}', 1)[-1]
print(json.dumps({'nodes': sum(1 for e in root.iter() if local(e) == 'node'), 'edges': sum(1 for e in root.iter() if local(e) == 'edge')}))`;
  return JSON.parse(execFileSync(process.env.PYTHON ?? 'python3', ['-c', script], { input: xml, encoding: 'utf8' })) as { nodes: number; edges: number };
}

describe('GET /api/exports/:format', () => {
  const period = 'from=2016-01-01&to=2016-12-31';
  let network: S.Network;
  beforeAll(async () => {
    network = await ok(`/api/networks/co-attendance?${period}`, S.Network);
  });
  const counts = () => ({ nodes: network.elements.nodes.length, edges: network.elements.edges.length });
  const base = 'co-attendance-2016-01-01_2016-12-31';

  it('GraphML and GEXF: attachments whose XML holds the network\'s nodes and edges', async () => {
    for (const [format, type] of [['graphml', 'application/graphml+xml'], ['gexf', 'application/gexf+xml']] as const) {
      const d = await download(`/api/exports/${format}?network=co-attendance&${period}`);
      expect(d.status, d.text.slice(0, 300)).toBe(200);
      expect(d.type).toBe(`${type}; charset=utf-8`);
      expect(attachmentName(d.disposition)).toBe(`${base}.${format}`);
      expect(countXml(d.text)).toEqual(counts());
    }
  });

  it('Cytoscape JSON: the elements with the corpus in its data', async () => {
    const d = await download(`/api/exports/json?network=co-attendance&${period}`);
    expect(d.type).toBe('application/json; charset=utf-8');
    expect(attachmentName(d.disposition)).toBe(`${base}.cyjs`);
    const doc = JSON.parse(d.text) as { data: { corpus: unknown[] }; elements: { nodes: unknown[]; edges: unknown[] } };
    expect({ nodes: doc.elements.nodes.length, edges: doc.elements.edges.length }).toEqual(counts());
    expect(doc.data.corpus).toHaveLength(5);
  });

  it('CSV: nodes, edges and metadata, one file each', async () => {
    const nodes = await download(`/api/exports/csv?network=co-attendance&${period}&file=nodes`);
    expect(nodes.type).toBe('text/csv; charset=utf-8');
    expect(attachmentName(nodes.disposition)).toBe(`${base}-nodes.csv`);
    expect(nodes.text.trimEnd().split('\r\n')).toHaveLength(counts().nodes + 1);
    const edges = await download(`/api/exports/csv?network=co-attendance&${period}&file=edges`);
    expect(edges.text.startsWith('id,source,target,')).toBe(true);
    expect(edges.text.trimEnd().split('\r\n')).toHaveLength(counts().edges + 1);
    const meta = await download(`/api/exports/csv?network=co-attendance&${period}&file=metadata`);
    expect(attachmentName(meta.disposition)).toBe(`${base}-metadata.json`);
    expect(JSON.parse(meta.text)).toMatchObject({ network: 'co-attendance', from: '2016-01-01', to: '2016-12-31' });
  });

  it('incidence: people × meetings, no network needed; pseudonymised without names', async () => {
    const d = await download('/api/exports/incidence?pseudonymise=true');
    expect(d.status, d.text.slice(0, 300)).toBe(200);
    expect(d.type).toBe('text/csv; charset=utf-8');
    expect(attachmentName(d.disposition)).toBe('person-meeting-incidence-pseudonymised.csv');
    const header = d.text.split('\r\n').find((l) => l.startsWith('person_id,'))!;
    expect(header.split(',').filter((c) => c.startsWith('meeting:'))).toHaveLength(5);
    expect(d.text).not.toContain('Bo Pettersson');
    expect(d.text).toMatch(/\r\nperson:P-[0-9a-f]+,P-[0-9a-f]+,/);
  });

  it('rejects what cannot be exported, naming the field', async () => {
    expect(await badRequest('/api/exports/pdf?network=co-attendance')).toMatch(/'format'/);
    expect(await badRequest('/api/exports/graphml')).toMatch(/'network'/);
    expect(await badRequest('/api/exports/csv?network=organisations')).toMatch(/'file'.*nodes, edges, metadata/);
    expect(await badRequest('/api/exports/gexf?network=organisations&file=nodes')).toMatch(/'file'/);
    expect(await badRequest('/api/exports/gexf?network=organisations&pseudonymise=yes')).toMatch(/'pseudonymise'/);
    expect(await badRequest('/api/exports/gexf?network=organisations&from=2017-01-01&to=2016-01-01')).toMatch(/'from'/);
  });
});
