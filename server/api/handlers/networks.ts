// GET /api/networks/:kind: networks derived from the facts, over a date range.
import type { ReadQueryName } from '../../../cypher/registry.ts';
import type { RouteContext } from '../route.ts';
import type { Network } from '../shapes.ts';
import { elementsFor } from './elements.ts';

type NetworkKind = Network['kind'];

const networkQueries = {
  'co-attendance': 'list-co-attendance-network',
  organisations: 'list-organisation-network',
  'person-project': 'list-person-project-network',
} as const satisfies Record<NetworkKind, ReadQueryName>;

interface NetworkInput {
  readonly params: { kind: NetworkKind };
  readonly query: { from?: string | undefined; to?: string | undefined; minWeight: number; limit: number };
}

export async function network({ gateway }: RouteContext, { params, query }: NetworkInput): Promise<Network> {
  const from = query.from ?? null;
  const to = query.to ?? null;
  // One more edge than asked for tells whether the list was cut; heaviest edges come first.
  const rows = await gateway.read(networkQueries[params.kind], { from, to, minWeight: query.minWeight, limit: query.limit + 1 });
  const edges = rows.slice(0, query.limit);
  // Only nodes with an edge: an isolated node says nothing about ties.
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  return { kind: params.kind, from, to, truncated: rows.length > query.limit, elements: await elementsFor(gateway, ids, edges) };
}
