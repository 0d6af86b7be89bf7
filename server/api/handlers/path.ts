// GET /api/path: a shortest chain of facts between two nodes.
import { notFound } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { ShortestPath } from '../shapes.ts';
import { subgraph } from './elements.ts';
import { findEntity } from './entity.ts';
import { ref } from './rows.ts';

const maxHops = 8;

export async function shortestPath({ gateway }: RouteContext, { query }: { query: { from: string; to: string } }): Promise<ShortestPath> {
  const [from, to] = await Promise.all([findEntity(gateway, query.from, 'from: entity'), findEntity(gateway, query.to, 'to: entity')]);
  // Neo4j's shortestPath refuses a path from a node to itself; that path is the node alone.
  const path = from.id === to.id ? [from.id] : (await gateway.read('find-shortest-path', { from: from.id, to: to.id }))[0]?.ids;
  if (!path) throw notFound(`a path of at most ${maxHops} steps between '${from.id}' and '${to.id}'`);
  return {
    from: ref(from.id, from.type, from.name),
    to: ref(to.id, to.type, to.name),
    length: path.length - 1,
    path,
    elements: await subgraph(gateway, path),
  };
}
