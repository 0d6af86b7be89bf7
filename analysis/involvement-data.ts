// Reading the involvement and tenure measures from the graph (named queries only).
import type { Gateway } from '../cypher/gateway.ts';
import { type MeetingInvolvement, meetingInvolvement } from './involvement.ts';
import { type TenureAttendance, tenureAttendance } from './tenure.ts';

export interface InvolvementFilter {
  readonly group: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export async function fetchInvolvement(gateway: Gateway, filter: InvolvementFilter): Promise<MeetingInvolvement[]> {
  return meetingInvolvement(await gateway.read('list-meeting-involvement', { group: filter.group, from: filter.from, to: filter.to }));
}

export async function fetchTenure(gateway: Gateway, groupId: string): Promise<TenureAttendance[]> {
  return tenureAttendance(await gateway.read('list-group-attendance', { id: groupId }));
}
