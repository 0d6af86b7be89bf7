// GET /api/involvement and /api/groups/:id/attendance: analysis/involvement.ts and tenure.ts
// over the graph.
import { fetchInvolvement, fetchTenure } from '../../../analysis/involvement-data.ts';
import { involvementByPeriod, involvementKeys, meetingInvolvementCsv, periodInvolvementCsv, type PeriodUnit } from '../../../analysis/involvement.ts';
import { ApiError } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { Involvement, Tenure } from '../shapes-involvement.ts';
import { findEntity } from './entity.ts';

interface InvolvementInput {
  readonly query: { group?: string | undefined; from?: string | undefined; to?: string | undefined; period: PeriodUnit; format: 'json' | 'csv' };
}

export async function involvement({ gateway }: RouteContext, { query }: InvolvementInput): Promise<Involvement> {
  if (query.group) {
    const group = await findEntity(gateway, query.group, 'group');
    if (group.type !== 'group') throw new ApiError(400, 'bad_request', `query parameter 'group': ${query.group} is a ${group.type}, not a group`);
  }
  const meetings = await fetchInvolvement(gateway, { group: query.group ?? null, from: query.from ?? null, to: query.to ?? null });
  const periods = query.period === 'meeting' ? [] : involvementByPeriod(meetings, query.period);
  const result: Involvement = { period: query.period, keys: [...involvementKeys], meetings: meetings.map((m) => ({ ...m, attendees: m.attendees.map((a) => ({ ...a, organisations: [...a.organisations], categories: [...a.categories] })) })), periods: periods.map((p) => ({ ...p, meetings: [...p.meetings] })) };
  if (query.format === 'csv') result.csv = query.period === 'meeting' ? meetingInvolvementCsv(meetings) : periodInvolvementCsv(periods);
  return result;
}

export async function groupAttendance({ gateway }: RouteContext, { params }: { params: { id: string } }): Promise<Tenure> {
  const group = await findEntity(gateway, params.id, 'group');
  if (group.type !== 'group') throw new ApiError(400, 'bad_request', `path parameter 'id': ${params.id} is a ${group.type}, not a group`);
  const members = await fetchTenure(gateway, params.id);
  return { group: { id: group.id, name: group.name }, members: members.map((m) => ({ ...m, meetings: [...m.meetings] })) };
}
