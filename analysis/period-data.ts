// The data of a comparison of two periods, read through the gateway.
import type { Gateway } from '../cypher/gateway.ts';
import { compareAttendance, compareNetworks, type AttendanceChange, type NetworkChange } from './compare-periods.ts';
import { fetchNetwork, type NetworkKind, type Period } from './network-data.ts';

export interface GroupComparison extends AttendanceChange {
  readonly group: string;
  readonly a: Period & { readonly held: number };
  readonly b: Period & { readonly held: number };
}

/** Who joined and who left a group between period A and period B (present at its meetings). */
export async function compareGroupPeriods(gateway: Gateway, group: string, a: Period, b: Period): Promise<GroupComparison> {
  const [rowsA, rowsB] = await Promise.all([a, b].map((p) => gateway.read('list-group-attendees', { id: group, from: p.from, to: p.to })));
  // With no one present there are no rows, and so no count of meetings held: none are known.
  const held = (rows: typeof rowsA) => rows![0]?.held ?? 0;
  const attendees = (rows: typeof rowsA) => rows!.map(({ id, name, meetings }) => ({ id, name, meetings }));
  return { group, a: { ...a, held: held(rowsA!) }, b: { ...b, held: held(rowsB!) }, ...compareAttendance(attendees(rowsA), attendees(rowsB)) };
}

export interface NetworkComparison extends NetworkChange {
  readonly kind: NetworkKind;
  readonly a: Period;
  readonly b: Period;
}

/** Which ties of a derived network appeared, disappeared or persisted between A and B. */
export async function compareNetworkPeriods(gateway: Gateway, kind: NetworkKind, a: Period, b: Period): Promise<NetworkComparison> {
  const [netA, netB] = await Promise.all([fetchNetwork(gateway, kind, a), fetchNetwork(gateway, kind, b)]);
  return { kind, a, b, ...compareNetworks(netA, netB) };
}
