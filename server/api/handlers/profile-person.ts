// A person's profile: organisations, groups, meetings, projects and the people they meet most.
import type { Gateway } from '../../../cypher/gateway.ts';
import type { PersonMeetingRow } from '../../../cypher/registry.ts';
import { notFound } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { Entity, PersonProfile, PersonTimeline } from '../shapes.ts';
import { findEntity } from './entity.ts';
import { byMeetingDate, meetingRef, ref, seen, source } from './rows.ts';

type MeetingRows = readonly PersonMeetingRow[];

/** Every attendance of a person in date order (undated last). */
async function readMeetings(gateway: Gateway, id: string): Promise<MeetingRows> {
  return [...(await gateway.read('list-person-meetings', { id }))].sort(byMeetingDate);
}

function toMeetings(rows: MeetingRows): PersonProfile['meetings'] {
  return rows.map((m) => ({
    ...meetingRef(m),
    role: m.role ?? null,
    present: m.present !== false,
    group: m.groupId ? ref(m.groupId, 'group', m.groupName ?? m.groupId) : null,
    source: source(m.source),
  }));
}

/** The groups whose meetings a person was present at, with how many and when. */
function groupsOf(rows: MeetingRows): PersonProfile['groups'] {
  const byGroup = new Map<string, { name: string; dates: (string | null)[]; ids: Set<string> }>();
  for (const m of rows) {
    if (!m.groupId || m.present === false) continue;
    const entry = byGroup.get(m.groupId) ?? { name: m.groupName ?? m.groupId, dates: [], ids: new Set<string>() };
    entry.dates.push(m.sortDate);
    entry.ids.add(m.id);
    byGroup.set(m.groupId, entry);
  }
  return [...byGroup.entries()]
    .map(([id, { name, dates, ids }]) => ({ ...ref(id, 'group', name), meetings: ids.size, ...seen(dates) }))
    .sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name, 'sv'));
}

export async function personProfile(gateway: Gateway, entity: Entity): Promise<PersonProfile> {
  // One query for every part: under load each round trip queued for the database again.
  const [row] = await gateway.read('get-person-profile', { id: entity.id });
  if (!row) throw notFound(`person '${entity.id}'`);
  const { organisations, projects, coAttendees } = row;
  const meetings = [...row.meetings].sort(byMeetingDate);
  return {
    type: 'person',
    entity,
    organisations: organisations.map((o) => ({
      ...ref(o.id, o.type, o.name),
      category: o.category ?? null,
      first: o.first ?? null,
      last: o.last ?? null,
      sources: o.sources.map(source),
    })),
    groups: groupsOf(meetings),
    meetings: toMeetings(meetings),
    projects: projects.map((p) => ({ ...ref(p.id, 'project', p.name), roles: p.roles, sources: p.sources.map(source) })),
    coAttendees: coAttendees.map((c) => ({ ...ref(c.id, 'person', c.name), shared: c.shared })),
  };
}

/** GET /api/people/:id/timeline */
export async function personTimeline({ gateway }: RouteContext, { params }: { params: { id: string } }): Promise<PersonTimeline> {
  const entity = await findEntity(gateway, params.id, 'person');
  if (entity.type !== 'person') throw notFound(`person '${params.id}'`);
  return { person: ref(entity.id, entity.type, entity.name), meetings: toMeetings(await readMeetings(gateway, entity.id)) };
}
