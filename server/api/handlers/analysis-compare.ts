// GET /api/networks/:kind/compare and /api/groups/:id/compare: two periods side by side
// (analysis/compare-periods.ts), the network's change also as elements to draw.
import { compareNetworks } from '../../../analysis/compare-periods.ts';
import { fetchNetwork, type NetworkKind, type Period } from '../../../analysis/network-data.ts';
import { compareGroupPeriods } from '../../../analysis/period-data.ts';
import { ApiError } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { GroupComparison, NetworkComparison } from '../shapes-analysis.ts';
import { diffElements } from './analysis-diff.ts';
import { findEntity } from './entity.ts';

interface PeriodsQuery {
  readonly aFrom?: string | undefined;
  readonly aTo?: string | undefined;
  readonly bFrom?: string | undefined;
  readonly bTo?: string | undefined;
}

const periods = (q: PeriodsQuery): [Period, Period] => [
  { from: q.aFrom ?? null, to: q.aTo ?? null },
  { from: q.bFrom ?? null, to: q.bTo ?? null },
];

export async function compareNetwork(
  { gateway }: RouteContext,
  { params, query }: { params: { kind: NetworkKind }; query: PeriodsQuery },
): Promise<NetworkComparison> {
  const [a, b] = periods(query);
  const [netA, netB] = await Promise.all([fetchNetwork(gateway, params.kind, a), fetchNetwork(gateway, params.kind, b)]);
  return { kind: params.kind, a, b, ...compareNetworks(netA, netB), elements: diffElements(netA, netB) };
}

export async function compareGroup(
  { gateway }: RouteContext,
  { params, query }: { params: { id: string }; query: PeriodsQuery },
): Promise<GroupComparison> {
  const group = await findEntity(gateway, params.id, 'group');
  if (group.type !== 'group') throw new ApiError(400, 'bad_request', `path parameter 'id': '${params.id}' is a ${group.type}, not a group`);
  const [a, b] = periods(query);
  const { group: _id, ...change } = await compareGroupPeriods(gateway, group.id, a, b);
  return { group: { id: group.id, name: group.name }, ...change };
}
