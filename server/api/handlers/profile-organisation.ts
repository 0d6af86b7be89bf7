// An organisation's profile: its people, the projects it is linked to, the meetings it sat at.
import type { Gateway } from '../../../cypher/gateway.ts';
import type { Entity, OrganisationProfile } from '../shapes.ts';
import { byMeetingDate, meetingRef, ref, source } from './rows.ts';

export async function organisationProfile(gateway: Gateway, entity: Entity): Promise<OrganisationProfile> {
  const id = entity.id;
  const [people, projects, meetings] = await Promise.all([
    gateway.read('list-organisation-people', { id }),
    gateway.read('list-organisation-projects', { id }),
    gateway.read('list-organisation-meetings', { id }),
  ]);
  return {
    type: 'organisation',
    entity,
    people: people.map((p) => ({ ...ref(p.id, 'person', p.name), first: p.first ?? null, last: p.last ?? null, sources: p.sources.map(source) })),
    projects: projects.map((p) => ({ ...ref(p.id, 'project', p.name), meetings: p.meetings })),
    meetings: [...meetings]
      .sort(byMeetingDate)
      .map((m) => ({ ...meetingRef(m), representatives: m.representatives.map((r) => ref(r.id, r.type, r.name)) })),
  };
}
