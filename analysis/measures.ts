// Network measures researchers can cite: degree, weighted degree, betweenness and Louvain
// communities, computed on a network as the API gives it (Cytoscape elements).
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { Elements } from '../server/api/shapes.ts';
import { compare, toUndirectedGraph } from './network-graph.ts';
import { seededRandom } from './seeded-random.ts';

// Both packages are CommonJS (`module.exports = fn`) with types that declare an ES default
// export, so under NodeNext the default import is typed as the module, yet is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

export interface NodeMeasures {
  readonly id: string;
  readonly label: string;
  /** Distinct neighbours. */
  readonly degree: number;
  /** Sum of the weights of the node's ties (shared meetings, shared facts …). */
  readonly weightedDegree: number;
  /**
   * Share of the shortest paths between other pairs that pass through the node, counted in hops
   * (weights are tie strengths, not distances) and divided by the number of such pairs,
   * (n−1)(n−2)/2: 0 … 1, as networkx's betweenness_centrality(normalized=True) on an undirected graph.
   */
  readonly betweenness: number;
  /** Louvain community, numbered 0, 1, … from the largest (ties: the one with the smallest id). */
  readonly community: number;
}

export interface NetworkMeasures {
  readonly nodes: NodeMeasures[];
  readonly communities: number;
  /** Modularity of the Louvain partition (weighted). */
  readonly modularity: number;
  readonly seed: number;
}

export interface MeasureOptions {
  /** Seed of Louvain's random visiting order; the same seed gives the same communities. */
  readonly seed?: number;
  /** Louvain resolution: above 1 favours smaller communities. */
  readonly resolution?: number;
}

export const measureDefaults = { seed: 1, resolution: 1 } as const;

export function measureNetwork(elements: Elements, options: MeasureOptions = {}): NetworkMeasures {
  const { seed, resolution } = { ...measureDefaults, ...options };
  const graph = toUndirectedGraph(elements);
  const labels = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const betweenness = graph.order > 0 ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
  // Louvain needs at least one edge; without any, every node is its own community.
  const detailed = graph.size > 0
    ? louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed), randomWalk: true })
    : null;
  const raw = detailed?.communities ?? Object.fromEntries(graph.nodes().map((id, i) => [id, i]));
  const community = renumber(raw);
  const nodes = graph.nodes().map((id): NodeMeasures => ({
    id,
    label: labels.get(id) ?? id,
    degree: graph.degree(id),
    weightedDegree: graph.reduceEdges(id, (sum, _e, attrs) => sum + attrs.weight, 0),
    betweenness: betweenness[id] ?? 0,
    community: community.get(id)!,
  }));
  return { nodes, communities: new Set(community.values()).size, modularity: detailed?.modularity ?? 0, seed };
}

/** Louvain's numbers depend on visiting order; number by size instead, so they read the same. */
function renumber(raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) members.set(c, [...(members.get(c) ?? []), id]);
  const groups = [...members.values()].map((ids) => ids.sort(compare));
  groups.sort((a, b) => b.length - a.length || compare(a[0]!, b[0]!));
  return new Map(groups.flatMap((ids, i) => ids.map((id) => [id, i] as const)));
}
