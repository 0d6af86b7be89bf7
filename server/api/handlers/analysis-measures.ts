// GET /api/networks/:kind/measures: degree, weighted degree, betweenness and Louvain communities
// of the whole network over a period (analysis/measures.ts on analysis/network-data.ts).
import { measureNetwork } from '../../../analysis/measures.ts';
import { fetchNetwork, type NetworkKind } from '../../../analysis/network-data.ts';
import type { RouteContext } from '../route.ts';
import type { NetworkMeasures } from '../shapes-analysis.ts';

interface MeasuresInput {
  readonly params: { kind: NetworkKind };
  readonly query: { from?: string | undefined; to?: string | undefined; seed: number };
}

export async function networkMeasures({ gateway }: RouteContext, { params, query }: MeasuresInput): Promise<NetworkMeasures> {
  const period = { from: query.from ?? null, to: query.to ?? null };
  const elements = await fetchNetwork(gateway, params.kind, period);
  const measured = measureNetwork(elements, { seed: query.seed });
  const types = new Map(elements.nodes.map((n) => [n.data.id, n.data.type]));
  // The most central first: the order a reader of the table looks for.
  const nodes = measured.nodes
    .map((n) => ({ ...n, type: types.get(n.id) ?? 'unknown' }))
    .sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kind: params.kind, ...period, seed: measured.seed, communities: measured.communities, modularity: measured.modularity, nodes };
}
