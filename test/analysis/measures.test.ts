// Measures on small graphs whose answers are worked out by hand below, not read off the library.
import { describe, expect, it } from 'vitest';
import { measureNetwork, type NodeMeasures } from '../../analysis/measures.ts';
import type { Elements } from '../../server/api/shapes.ts';

/** Elements from 'a-b' or 'a-b:3' (weight 3) strings; node labels are upper-case ids. */
function net(...ties: string[]): Elements {
  const edges = ties.map((t) => {
    const [pair, w] = t.split(':');
    const [source, target] = pair!.split('-') as [string, string];
    return { data: { id: `${source}|${target}|T`, source, target, type: 'T', weight: Number(w ?? 1), first: null, last: null } };
  });
  const ids = [...new Set(edges.flatMap((e) => [e.data.source, e.data.target]))];
  return {
    nodes: ids.map((id) => ({ data: { id, label: id.toUpperCase(), type: 'person' as const, category: null, weight: 0, date: null } })),
    edges,
  };
}

const byId = (nodes: NodeMeasures[]) => Object.fromEntries(nodes.map((n) => [n.id, n]));

describe('measureNetwork', () => {
  it('a star: the centre has every tie and lies on every path between leaves', () => {
    // Centre c, leaves 1..4 with weights 1..4. Degree: c 4, leaves 1. Weighted: c 1+2+3+4 = 10.
    // Pairs not involving a given node: (n-1)(n-2)/2 = 4·3/2 = 6. All 6 leaf pairs go through c,
    // each by one shortest path: c = 6/6 = 1; a leaf lies on no path between others: 0.
    const m = byId(measureNetwork(net('c-l1:1', 'c-l2:2', 'c-l3:3', 'c-l4:4')).nodes);
    expect(m.c).toMatchObject({ degree: 4, weightedDegree: 10, betweenness: 1, label: 'C' });
    for (const leaf of ['l1', 'l2', 'l3', 'l4']) expect(m[leaf]).toMatchObject({ degree: 1, betweenness: 0 });
    expect(m.l3!.weightedDegree).toBe(3);
  });

  it('a path a-b-c-d-e: the middle bridges most', () => {
    // 6 pairs exclude any one node. b is inside a–c, a–d, a–e: 3/6 = 0.5; d likewise (c–e, b–e,
    // a–e): 0.5; c is inside a–d, a–e, b–d, b–e: 4/6 = 2/3; the ends are inside nothing.
    const m = byId(measureNetwork(net('a-b', 'b-c', 'c-d', 'd-e')).nodes);
    expect(m.a!.betweenness).toBe(0);
    expect(m.b!.betweenness).toBeCloseTo(0.5, 12);
    expect(m.c!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(m.d!.betweenness).toBeCloseTo(0.5, 12);
    expect(m.e!.betweenness).toBe(0);
    expect([m.a!.degree, m.b!.degree, m.c!.degree]).toEqual([1, 2, 2]);
  });

  it('two cliques joined by one edge: two communities, and the bridge ends carry the betweenness', () => {
    // K4 {a1..a4} and K4 {b1..b4}, joined by a4–b1. n = 8, so 7·6/2 = 21 pairs exclude a node.
    // Every path from a1,a2,a3 to any b passes a4 (3·4 = 12 pairs, one shortest path each):
    // a4 = 12/21 = 4/7; b1 likewise; the others are inside no shortest path: 0.
    // Louvain's best split is the two cliques. Modularity, m = 13 edges: each clique holds 6
    // edges and its degrees sum to 3+3+3+4 = 13, so Q = 2·(6/13 − (13/26)²) = 12/13 − 1/2 = 11/26.
    const k4 = (p: string) => ['1-2', '1-3', '1-4', '2-3', '2-4', '3-4'].map((t) => t.replace(/\d/g, (d) => p + d));
    const result = measureNetwork(net(...k4('a'), ...k4('b'), 'a4-b1'));
    const m = byId(result.nodes);
    expect(m.a4!.betweenness).toBeCloseTo(4 / 7, 12);
    expect(m.b1!.betweenness).toBeCloseTo(4 / 7, 12);
    expect(m.a1!.betweenness).toBe(0);
    expect(m.a4!.degree).toBe(4);
    expect(result.communities).toBe(2);
    expect(result.modularity).toBeCloseTo(11 / 26, 12);
    // Equal sizes: community 0 is the one holding the smallest id, a1.
    expect(['a1', 'a2', 'a3', 'a4'].map((id) => m[id]!.community)).toEqual([0, 0, 0, 0]);
    expect(['b1', 'b2', 'b3', 'b4'].map((id) => m[id]!.community)).toEqual([1, 1, 1, 1]);
  });

  it('is deterministic: the same seed gives the same communities, whatever the element order', () => {
    // A ring of six triangles: many near-equal partitions, where the visiting order matters.
    const ties = [0, 1, 2, 3, 4, 5].flatMap((i) => [`t${i}x-t${i}y`, `t${i}y-t${i}z`, `t${i}x-t${i}z`, `t${i}z-t${(i + 1) % 6}x`]);
    const one = measureNetwork(net(...ties), { seed: 7 });
    const reversed = net(...ties);
    const two = measureNetwork({ nodes: [...reversed.nodes].reverse(), edges: [...reversed.edges].reverse() }, { seed: 7 });
    expect(two).toEqual(one);
    expect(measureNetwork(net(...ties), { seed: 7 })).toEqual(one);
  });

  it('merges parallel edges (WORKS_ON and DISCUSSED_AT between one pair) into one tie', () => {
    // p–j twice (2 + 3) and p–k once: p has 2 neighbours and weight 2 + 3 + 1 = 6.
    const e = net('p-j:2', 'p-k:1');
    e.edges.push({ data: { id: 'p|j|U', source: 'p', target: 'j', type: 'U', weight: 3, first: null, last: null } });
    expect(byId(measureNetwork(e).nodes).p).toMatchObject({ degree: 2, weightedDegree: 6 });
  });

  it('handles an empty network and nodes without ties', () => {
    expect(measureNetwork({ nodes: [], edges: [] })).toMatchObject({ nodes: [], communities: 0, modularity: 0 });
    const lone = net('a-b');
    lone.nodes.push({ data: { id: 'z', label: 'Z', type: 'person', category: null, weight: 0, date: null } });
    lone.edges.length = 0;
    expect(measureNetwork(lone).nodes.map((n) => n.community)).toEqual([0, 1, 2]);
  });
});
