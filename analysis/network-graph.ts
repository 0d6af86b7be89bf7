// A Cytoscape network (the API's elements) as an undirected graphology graph for the measures.
import { UndirectedGraph } from 'graphology';
import type { Elements } from '../server/api/shapes.ts';

export interface TieAttributes {
  weight: number;
}

/**
 * Nodes are added in id order so that every measure sees the same graph whatever order the API
 * listed them in. The person–project network can join one pair twice (WORKS_ON and
 * DISCUSSED_AT): such edges become one tie whose weight is their sum, so degree counts
 * neighbours, not facts. Self-loops are dropped: no derived network has them, and a tie with
 * oneself says nothing about bridging.
 */
export function toUndirectedGraph(elements: Elements): UndirectedGraph<Record<string, unknown>, TieAttributes> {
  const graph = new UndirectedGraph<Record<string, unknown>, TieAttributes>({ allowSelfLoops: false });
  for (const node of [...elements.nodes].sort((a, b) => compare(a.data.id, b.data.id))) graph.addNode(node.data.id);
  for (const { data } of elements.edges) {
    if (data.source === data.target || !graph.hasNode(data.source) || !graph.hasNode(data.target)) continue;
    const existing = graph.edge(data.source, data.target);
    if (existing === undefined) graph.addEdge(data.source, data.target, { weight: data.weight });
    else graph.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + data.weight);
  }
  return graph;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
