// A real consumer reads the exports: Python's networkx loads the GraphML and GEXF written from
// the seeds' networks, and what it sees matches GET /api/networks/:kind.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderExport, type ExportFormat } from '../../analysis/export/render-export.ts';
import type { NetworkKind } from '../../analysis/network-data.ts';
import { projectRoot } from '../../server/config.ts';
import * as S from '../../server/api/shapes.ts';
import { apiOnSeeds, type ApiClient } from '../support/api.ts';
import { openTestGateway, type TestGateway } from './seeds-gateway.ts';

// networkx before 3.0 knows GEXF up to 1.2draft; the parts of 1.3 written here (attvalues,
// spells) are the same, so an older networkx is taught 1.3's namespace rather than skipped.
const reader = `
import json, sys
import networkx as nx
from networkx.readwrite import gexf
if '1.3' not in gexf.GEXF.versions:
    v = dict(gexf.GEXF.versions['1.2draft'])
    v.update(NS_GEXF='http://gexf.net/1.3', NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')
    gexf.GEXF.versions['1.3'] = v
fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if fmt == 'graphml' else nx.read_gexf(path, version='1.3')
edges = g.edges(keys=False, data=True) if g.is_multigraph() else g.edges(data=True)
print(json.dumps({
  'networkx': nx.__version__, 'directed': g.is_directed(),
  'graph': {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))},
  'nodes': {n: d for n, d in g.nodes(data=True)},
  'edges': [[u, v, d] for u, v, d in edges],
}, default=list))
`;

interface Read {
  networkx: string;
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

const python = process.env.PYTHON ?? 'python3';

function readWithNetworkx(format: 'graphml' | 'gexf', file: string): Read {
  return JSON.parse(execFileSync(python, ['-c', reader, format, file], { encoding: 'utf8', timeout: 60_000 })) as Read;
}

let api: ApiClient;
let db: TestGateway;
let dir: string;
beforeAll(async () => {
  api = await apiOnSeeds();
  db = await openTestGateway({ ingestSeeds: false });
  dir = mkdtempSync(path.join(tmpdir(), 'minutes-graph-export-'));
});
afterAll(async () => {
  await db?.close();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function exported(format: ExportFormat, network: NetworkKind, pseudonymise = false): Promise<string> {
  const files = await renderExport(db.gateway, { format, network, period: { from: null, to: null }, pseudonymise });
  const [name, content] = Object.entries(files)[0]!;
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function apiNetwork(kind: NetworkKind): Promise<S.Network> {
  const { status, body } = await api.get(`/api/networks/${kind}?limit=20000`);
  expect(status).toBe(200);
  return S.Network.parse(body);
}

// Undirected: networkx may give an edge's ends in either order.
const edgeKey = (a: string, b: string, type: unknown) => `${[a, b].sort().join('|')}|${String(type)}`;

describe.each(['co-attendance', 'organisations', 'person-project'] as const)('the %s network', (kind) => {
  it.each(['graphml', 'gexf'] as const)('read back from %s by networkx: same nodes, edges, labels and weights as the API', async (format) => {
    const net = await apiNetwork(kind);
    expect(net.truncated).toBe(false);
    const read = readWithNetworkx(format, await exported(format, kind));

    expect(read.directed).toBe(false);
    expect(Object.keys(read.nodes)).toHaveLength(net.elements.nodes.length);
    expect(read.edges).toHaveLength(net.elements.edges.length);
    for (const { data } of net.elements.nodes) {
      expect(read.nodes[data.id], data.id).toMatchObject({ label: data.label, type: data.type, weight: data.weight });
    }
    const relation = format === 'gexf' ? 'relation' : 'type';
    const seen = new Map(read.edges.map(([u, v, d]) => [edgeKey(u, v, d[relation]), d]));
    for (const { data } of net.elements.edges) {
      const d = seen.get(edgeKey(data.source, data.target, data.type));
      expect(d, data.id).toBeDefined();
      expect(d!.weight).toBe(data.weight);
      expect(d!.first ?? null).toBe(data.first);
      expect(d!.last ?? null).toBe(data.last);
      const documents = JSON.parse(String(d!.documents)) as string[];
      expect(documents.length, `${data.id} has provenance`).toBeGreaterThan(0);
      if (format === 'gexf' && data.first) expect(d!.spells).toEqual([[data.first, data.last]]);
    }
  });
});

describe('reproducibility and pseudonymisation, as networkx reads them', () => {
  it('GraphML names every seed file with the sha256 of its bytes, and the package version', async () => {
    const read = readWithNetworkx('graphml', await exported('graphml', 'co-attendance'));
    const corpus = JSON.parse(String(read.graph.corpus)) as { path: string; sha256: string }[];
    expect(corpus.map((d) => path.basename(d.path))).toEqual(['000_b11844386611b852.txt', '001_f9b29f4a5844bb89.txt', '002_55fdfe62f9737899.txt', '003_dd7287881a4aea6d.txt', '004_bace62ee3e1d3240.txt']);
    for (const d of corpus) {
      const bytes = readFileSync(path.resolve(projectRoot, d.path));
      expect(createHash('sha256').update(bytes).digest('hex'), d.path).toBe(d.sha256);
    }
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(read.graph).toMatchObject({ tool: 'minutes-graph', version: pkg.version, network: 'co-attendance', pseudonymised: false });
  });

  it('a pseudonymised GEXF has the same shape and no person\'s name in any node or edge', async () => {
    const plain = readWithNetworkx('gexf', await exported('gexf', 'co-attendance'));
    const masked = readWithNetworkx('gexf', await exported('gexf', 'co-attendance', true));
    expect(Object.keys(masked.nodes)).toHaveLength(Object.keys(plain.nodes).length);
    expect(masked.edges).toHaveLength(plain.edges.length);
    const text = JSON.stringify(masked).toLowerCase();
    for (const person of await db.gateway.read('list-person-names', {})) {
      for (const form of [person.name, ...person.aliases]) expect(text, form).not.toContain(form.toLowerCase());
    }
    // Who met whom, and how often, is kept under the pseudonyms.
    expect(masked.edges.map(([, , d]) => d.weight).sort()).toEqual(plain.edges.map(([, , d]) => d.weight).sort());
  });
});
