// Two periods side by side: who joined and who left a group, which ties of a network appeared
// or disappeared. Pure: the inputs are what the queries (period-data.ts) return for each period.
import type { Elements } from '../server/api/shapes.ts';
import { compare } from './network-graph.ts';

export interface Attendee {
  readonly id: string;
  readonly name: string;
  /** Meetings attended (present) in the period. */
  readonly meetings: number;
}

export interface AttendanceChange {
  /** Present in the second period, not in the first. */
  readonly joined: Attendee[];
  /** Present in the first period, not in the second. */
  readonly left: Attendee[];
  readonly stayed: { readonly id: string; readonly name: string; readonly meetingsA: number; readonly meetingsB: number }[];
}

export function compareAttendance(a: readonly Attendee[], b: readonly Attendee[]): AttendanceChange {
  const inA = new Map(a.map((x) => [x.id, x]));
  const inB = new Map(b.map((x) => [x.id, x]));
  const byName = <T extends { name: string; id: string }>(xs: T[]) => xs.sort((x, y) => compare(x.name, y.name) || compare(x.id, y.id));
  return {
    joined: byName(b.filter((x) => !inA.has(x.id))),
    left: byName(a.filter((x) => !inB.has(x.id))),
    stayed: byName(a.filter((x) => inB.has(x.id)).map((x) => ({ id: x.id, name: x.name, meetingsA: x.meetings, meetingsB: inB.get(x.id)!.meetings }))),
  };
}

export interface Tie {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly sourceLabel: string;
  readonly targetLabel: string;
  readonly type: string;
}

export interface NetworkChange {
  readonly appeared: (Tie & { readonly weight: number })[];
  readonly disappeared: (Tie & { readonly weight: number })[];
  readonly persisted: (Tie & { readonly weightA: number; readonly weightB: number })[];
  /** Nodes with a tie in the second period and none in the first, and the other way round. */
  readonly nodesJoined: { readonly id: string; readonly label: string }[];
  readonly nodesLeft: { readonly id: string; readonly label: string }[];
}

/** Ties are matched by edge id (source|target|type), which is stable across periods. */
export function compareNetworks(a: Elements, b: Elements): NetworkChange {
  const labels = new Map([...a.nodes, ...b.nodes].map((n) => [n.data.id, n.data.label]));
  const tie = (e: Elements['edges'][number]): Tie => ({
    id: e.data.id, source: e.data.source, target: e.data.target, type: e.data.type,
    sourceLabel: labels.get(e.data.source) ?? e.data.source, targetLabel: labels.get(e.data.target) ?? e.data.target,
  });
  const edgesA = new Map(a.edges.map((e) => [e.data.id, e]));
  const edgesB = new Map(b.edges.map((e) => [e.data.id, e]));
  const nodesA = new Set(a.nodes.map((n) => n.data.id));
  const nodesB = new Set(b.nodes.map((n) => n.data.id));
  const byId = <T extends { id: string }>(xs: T[]) => xs.sort((x, y) => compare(x.id, y.id));
  const node = (id: string) => ({ id, label: labels.get(id) ?? id });
  return {
    appeared: byId(b.edges.filter((e) => !edgesA.has(e.data.id)).map((e) => ({ ...tie(e), weight: e.data.weight }))),
    disappeared: byId(a.edges.filter((e) => !edgesB.has(e.data.id)).map((e) => ({ ...tie(e), weight: e.data.weight }))),
    persisted: byId(a.edges.filter((e) => edgesB.has(e.data.id)).map((e) => ({ ...tie(e), weightA: e.data.weight, weightB: edgesB.get(e.data.id)!.data.weight }))),
    nodesJoined: byId([...nodesB].filter((id) => !nodesA.has(id)).map(node)),
    nodesLeft: byId([...nodesA].filter((id) => !nodesB.has(id)).map(node)),
  };
}
