// A co-attendance network of a given number of elements (nodes + edges), shaped like the real
// one: people in working groups of 6–20 tied to most of their group, a few ties across groups,
// about two edges per node. Seeded, so every run lays out the same graph.
import type { Elements } from '../../server/api/shapes.ts';
import { Prng } from '../generate/prng.ts';

export function coAttendanceElements(elements: number, seed: number): Elements {
  const rng = new Prng(seed);
  const nodeCount = Math.max(2, Math.round(elements / 3));
  const edgeCount = elements - nodeCount;
  const int = (n: number) => Math.floor(rng.next() * n);
  const nodes: Elements['nodes'] = Array.from({ length: nodeCount }, (_, i) => ({
    data: { id: `person:bench ${i}`, label: `Person ${i}`, type: 'person' as const, category: null, weight: 1 + int(40), date: null },
  }));
  const groups: number[][] = [];
  for (let i = 0; i < nodeCount;) {
    const size = Math.min(nodeCount - i, 6 + int(15));
    groups.push(Array.from({ length: size }, (_, k) => i + k));
    i += size;
  }
  const seen = new Set<string>();
  const edges: Elements['edges'] = [];
  const add = (a: number, b: number) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    const id = `e:${s}-${t}`;
    if (s === t || seen.has(id)) return;
    seen.add(id);
    edges.push({ data: { id, source: nodes[s]!.data.id, target: nodes[t]!.data.id, type: 'CO_ATTENDED', weight: 1 + int(12), first: null, last: null } });
  };
  // Nine in ten edges inside a group, the rest across; stops at the edge count asked for.
  for (let tries = 0; edges.length < edgeCount && tries < edgeCount * 20; tries += 1) {
    if (rng.next() < 0.9) {
      const g = groups[int(groups.length)]!;
      add(g[int(g.length)]!, g[int(g.length)]!);
    } else add(int(nodeCount), int(nodeCount));
  }
  return { nodes, edges };
}
