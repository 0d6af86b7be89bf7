// GET /api/entities/:id/neighbourhood: the nodes within one or two hops, and the facts among them.
import { notFound } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { Neighbourhood } from '../shapes.ts';
import { subgraph } from './elements.ts';
import { findEntity } from './entity.ts';
import { ref } from './rows.ts';

export async function neighbourhood(
  { gateway }: RouteContext,
  { params, query }: { params: { id: string }; query: { depth: number; limit: number } },
): Promise<Neighbourhood> {
  const center = await findEntity(gateway, params.id);
  // One more than asked for tells whether the list was cut.
  const rows = await gateway.read('list-neighbourhood-nodes', { id: center.id, depth: query.depth, limit: query.limit + 1 });
  if (!rows.length) throw notFound(`entity '${params.id}'`);
  const ids = rows.slice(0, query.limit).map((r) => r.id);
  return {
    center: ref(center.id, center.type, center.name),
    depth: query.depth,
    truncated: rows.length > query.limit,
    elements: await subgraph(gateway, ids),
  };
}
