// Cytoscape.js elements from node cards and aggregated edges: shared by the neighbourhood, the
// derived networks and the shortest path.
import type { Gateway } from '../../../cypher/gateway.ts';
import type { EdgeRow, NodeCardRow } from '../../../cypher/registry.ts';
import type { CyEdge, CyNode, Elements, EntityType } from '../shapes.ts';

/** Stable across requests: the same pair and type always give the same id. */
export const edgeId = (e: Pick<EdgeRow, 'source' | 'target' | 'type'>): string => `${e.source}|${e.target}|${e.type}`;

const toNode = (c: NodeCardRow): CyNode => ({
  data: { id: c.id, label: c.label, type: c.type as EntityType, category: c.category ?? null, weight: c.weight, date: c.date ?? null },
});

const toEdge = (e: EdgeRow): CyEdge => ({
  data: { id: edgeId(e), source: e.source, target: e.target, type: e.type, weight: e.weight, first: e.first ?? null, last: e.last ?? null },
});

/** Nodes in the order of `ids`, and the edges given (only those whose both ends are there). */
export async function elementsFor(gateway: Gateway, ids: readonly string[], edges: readonly EdgeRow[]): Promise<Elements> {
  const cards = new Map((await gateway.read('list-node-cards', { ids: [...ids] })).map((c) => [c.id, c]));
  const nodes = ids.flatMap((id) => (cards.has(id) ? [toNode(cards.get(id)!)] : []));
  return { nodes, edges: edges.filter((e) => cards.has(e.source) && cards.has(e.target)).map(toEdge) };
}

/** The nodes and every fact among them, aggregated per (source, target, type). */
export async function subgraph(gateway: Gateway, ids: readonly string[]): Promise<Elements> {
  return elementsFor(gateway, ids, await gateway.read('list-edges-among', { ids: [...ids] }));
}
