// A derived network exactly as GET /api/networks/:kind gives it (same named query, same
// elements), so measures, comparisons and exports describe what the explorer shows.
import type { Gateway } from '../cypher/gateway.ts';
import type { ReadQueryName } from '../cypher/registry.ts';
import { elementsFor } from '../server/api/handlers/elements.ts';
import { networkKinds, type Elements } from '../server/api/shapes.ts';

export type NetworkKind = (typeof networkKinds)[number];
export { networkKinds };

export const networkQueries = {
  'co-attendance': 'list-co-attendance-network',
  organisations: 'list-organisation-network',
  'person-project': 'list-person-project-network',
} as const satisfies Record<NetworkKind, ReadQueryName>;

/** A period of meeting dates, both ends inclusive (YYYY-MM-DD); null leaves that end open. */
export interface Period {
  readonly from: string | null;
  readonly to: string | null;
}

// A network for analysis must be whole: a cut one would change every measure silently.
const edgeCap = 1_000_000;

export async function fetchNetwork(gateway: Gateway, kind: NetworkKind, period: Period): Promise<Elements> {
  const rows = await gateway.read(networkQueries[kind], { from: period.from, to: period.to, minWeight: 1, limit: edgeCap + 1 });
  if (rows.length > edgeCap) throw new Error(`the ${kind} network has more than ${edgeCap} edges; choose a shorter period`);
  const ids = [...new Set(rows.flatMap((e) => [e.source, e.target]))];
  return elementsFor(gateway, ids, rows);
}

export function isNetworkKind(value: string): value is NetworkKind {
  return (networkKinds as readonly string[]).includes(value);
}
