// Looking up a node by id: the start of every route that takes one, and its 404.
import type { Gateway } from '../../../cypher/gateway.ts';
import { notFound } from '../errors.ts';
import type { Entity, EntityType } from '../shapes.ts';

/** The entity or meeting with this id, or a 404 that names `what` was looked for. */
export async function findEntity(gateway: Gateway, id: string, what = 'entity'): Promise<Entity> {
  const [row] = await gateway.read('get-entity', { id });
  if (!row) throw notFound(`${what} '${id}'`);
  return { id: row.id, type: row.type as EntityType, name: row.name, aliases: row.aliases, category: row.category ?? null, categoryInferred: row.categoryInferred ?? false };
}
