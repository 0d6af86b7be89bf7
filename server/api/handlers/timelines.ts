// GET /api/timelines/:kind: one lane per group (meetings held) or project (meetings that discussed it).
import type { ReadQueryName } from '../../../cypher/registry.ts';
import type { RouteContext } from '../route.ts';
import type { Lane, Timeline } from '../shapes.ts';
import { byMeetingDate, meetingRef, ref, seen, source } from './rows.ts';

type TimelineKind = Exclude<Timeline['kind'], 'person'>;

const lanes = {
  groups: { query: 'list-group-lanes', type: 'group' },
  projects: { query: 'list-project-lanes', type: 'project' },
} as const satisfies Record<TimelineKind, { query: ReadQueryName; type: Lane['type'] }>;

/** Lanes that start earlier come first; lanes without a dated meeting last; then by name. */
function byFirstDate(a: Lane, b: Lane): number {
  if (a.first !== b.first) {
    if (a.first === null) return 1;
    if (b.first === null) return -1;
    return a.first < b.first ? -1 : 1;
  }
  return a.name.localeCompare(b.name, 'sv');
}

export async function timeline({ gateway }: RouteContext, { params }: { params: { kind: TimelineKind } }): Promise<Timeline> {
  const { query, type } = lanes[params.kind];
  const rows = await gateway.read(query, {});
  const result = rows.map((row): Lane => {
    const meetings = [...row.meetings].sort(byMeetingDate);
    return {
      ...ref(row.id, type, row.name),
      ...seen(meetings.map((m) => m.sortDate)),
      meetings: meetings.map((m) => ({ ...meetingRef(m), source: m.doc ? source(m) : null })),
    };
  });
  return { kind: params.kind, lanes: result.sort(byFirstDate) };
}
