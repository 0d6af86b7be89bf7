// Two periods' networks as one set of Cytoscape elements, each marked `diff`: added (only in B),
// removed (only in A) or kept (in both), so the explorer can draw the change in one picture.
import type { Elements } from '../shapes.ts';
import type { DiffElements, DiffState } from '../shapes-analysis.ts';

const stateOf = (inA: boolean, inB: boolean): DiffState => (inA && inB ? 'kept' : inB ? 'added' : 'removed');

/** Nodes and edges of B first (in its order), then those only in A; data of B where both have it. */
export function diffElements(a: Elements, b: Elements): DiffElements {
  const nodesA = new Map(a.nodes.map((n) => [n.data.id, n]));
  const nodesB = new Map(b.nodes.map((n) => [n.data.id, n]));
  const edgesA = new Map(a.edges.map((e) => [e.data.id, e]));
  const edgesB = new Map(b.edges.map((e) => [e.data.id, e]));
  const nodes = [...b.nodes, ...a.nodes.filter((n) => !nodesB.has(n.data.id))].map((n) => ({
    data: { ...n.data, diff: stateOf(nodesA.has(n.data.id), nodesB.has(n.data.id)) },
  }));
  const edges = [...b.edges, ...a.edges.filter((e) => !edgesB.has(e.data.id))].map((e) => {
    const id = e.data.id;
    // A kept tie spans both periods: from A's first meeting to B's last.
    const first = edgesA.get(id)?.data.first ?? e.data.first;
    return {
      data: {
        ...e.data,
        first,
        diff: stateOf(edgesA.has(id), edgesB.has(id)),
        weightA: edgesA.get(id)?.data.weight ?? null,
        weightB: edgesB.get(id)?.data.weight ?? null,
      },
    };
  });
  return { nodes, edges };
}
