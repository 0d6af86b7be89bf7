// GET /api/health: is Neo4j reachable, and what is in the graph (counts, the days its meetings span).
import type { RouteContext } from '../route.ts';
import { isNeo4jUnavailable } from '../errors.ts';
import type { Health } from '../shapes.ts';

export async function health({ gateway }: RouteContext): Promise<Health> {
  try {
    const [labels, types, [span]] = await Promise.all([
      gateway.read('count-nodes-by-label', {}),
      gateway.read('count-relationships-by-type', {}),
      gateway.read('get-meeting-date-span', {}),
    ]);
    return {
      status: 'ok',
      neo4j: { connected: true, message: null },
      counts: {
        nodes: Object.fromEntries(labels.map((r) => [r.label, r.total])),
        relationships: Object.fromEntries(types.map((r) => [r.type, r.total])),
      },
      // No row when no meeting has a date.
      meetings: { first: span?.first ?? null, last: span?.last ?? null },
    };
  } catch (error) {
    if (!isNeo4jUnavailable(error)) throw error;
    // Health answers rather than fails: the route sends 503 with this body.
    return { status: 'unavailable', neo4j: { connected: false, message: 'Neo4j cannot be reached' }, counts: null, meetings: null };
  }
}
