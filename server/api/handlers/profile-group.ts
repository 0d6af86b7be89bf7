// A group's profile: the meetings it held, the people present at them, the projects discussed.
import type { Gateway } from '../../../cypher/gateway.ts';
import type { Entity, GroupProfile } from '../shapes.ts';
import { byMeetingDate, meetingRef, ref, seen, source } from './rows.ts';

export async function groupProfile(gateway: Gateway, entity: Entity): Promise<GroupProfile> {
  const id = entity.id;
  const [meetings, members, projects] = await Promise.all([
    gateway.read('list-group-meetings', { id }),
    gateway.read('list-group-members', { id }),
    gateway.read('list-group-projects', { id }),
  ]);
  const sorted = [...meetings].sort(byMeetingDate);
  return {
    type: 'group',
    entity,
    meetings: sorted.map((m) => ({ ...meetingRef(m), attendees: m.attendees, source: m.source.doc ? source(m.source) : null })),
    members: members.map((p) => ({ ...ref(p.id, 'person', p.name), attended: p.attended, first: p.first ?? null, last: p.last ?? null })),
    projects: projects.map((p) => ({ ...ref(p.id, 'project', p.name), meetings: p.meetings })),
    ...seen(sorted.map((m) => m.sortDate)),
  };
}
