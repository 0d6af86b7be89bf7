// GET /api/timelines/:kind: one lane per group (meetings held) or project (meetings that
// discussed it); optionally only some lanes (by id), only a period's meetings, the busiest lanes.
import type { ReadQueryName } from '../../../cypher/registry.ts';
import { ApiError } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { Lane, Timeline } from '../shapes.ts';
import { byMeetingDate, meetingRef, ref, seen, source } from './rows.ts';

type TimelineKind = Exclude<Timeline['kind'], 'person'>;

// A period with no lanes named starts from the meetings in it (an index seek on sortDate);
// otherwise each lane reads its own meetings.
const lanes = {
  groups: { byLane: 'list-group-lanes', inPeriod: 'list-group-lanes-in-period', type: 'group' },
  projects: { byLane: 'list-project-lanes', inPeriod: 'list-project-lanes-in-period', type: 'project' },
} as const satisfies Record<TimelineKind, { byLane: ReadQueryName; inPeriod: ReadQueryName; type: Lane['type'] }>;

interface TimelineInput {
  readonly params: { kind: TimelineKind };
  readonly query: { id?: string[] | undefined; from?: string | undefined; to?: string | undefined; limit: number };
}

/** Lanes that start earlier come first; lanes without a dated meeting last; then by name. */
function byFirstDate(a: Lane, b: Lane): number {
  if (a.first !== b.first) {
    if (a.first === null) return 1;
    if (b.first === null) return -1;
    return a.first < b.first ? -1 : 1;
  }
  return a.name.localeCompare(b.name, 'sv');
}

export async function timeline({ gateway }: RouteContext, { params, query }: TimelineInput): Promise<Timeline> {
  const { byLane, inPeriod, type } = lanes[params.kind];
  const from = query.from ?? null;
  const to = query.to ?? null;
  const ids = query.id ? [...new Set(query.id)] : null;
  // Which type an id names depends on the path's kind, which the query's schema does not see.
  const stranger = ids?.find((id) => !id.startsWith(`${type}:`));
  if (stranger) throw new ApiError(400, 'bad_request', `query parameter 'id': '${stranger}' is not a ${type} id (${type}:…)`);
  // One more lane than asked for tells whether the list was cut; the busiest lanes come first.
  const limit = query.limit + 1;
  const rows = !ids && (from || to) ? await gateway.read(inPeriod, { from, to, limit }) : await gateway.read(byLane, { ids, from, to, limit });
  const result = rows.slice(0, query.limit).map((row): Lane => {
    const meetings = [...row.meetings].sort(byMeetingDate);
    return {
      ...ref(row.id, type, row.name),
      ...seen(meetings.map((m) => m.sortDate)),
      meetings: meetings.map((m) => ({ ...meetingRef(m), source: m.doc ? source(m) : null })),
    };
  });
  return { kind: params.kind, from, to, truncated: rows.length > query.limit, lanes: result.sort(byFirstDate) };
}
