// A project's profile: who works on it, which organisations come up with it, where it was discussed.
import type { Gateway } from '../../../cypher/gateway.ts';
import type { Entity, ProjectProfile } from '../shapes.ts';
import { byMeetingDate, meetingRef, ref, seen, source } from './rows.ts';

export async function projectProfile(gateway: Gateway, entity: Entity): Promise<ProjectProfile> {
  const id = entity.id;
  const [people, organisations, meetings] = await Promise.all([
    gateway.read('list-project-people', { id }),
    gateway.read('list-project-organisations', { id }),
    gateway.read('list-project-meetings', { id }),
  ]);
  const sorted = [...meetings].sort(byMeetingDate);
  return {
    type: 'project',
    entity,
    people: people.map((p) => ({ ...ref(p.id, 'person', p.name), roles: p.roles, sources: p.sources.map(source) })),
    organisations: organisations.map((o) => ({ ...ref(o.id, 'organisation', o.name), category: o.category ?? null, sources: o.sources.map(source) })),
    meetings: sorted.map((m) => ({ ...meetingRef(m), sections: m.sections, sources: m.sources.map(source) })),
    ...seen(sorted.map((m) => m.sortDate)),
  };
}
