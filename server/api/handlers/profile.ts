// GET /api/entities/:id: a node's profile, built by the builder registered for its type.
import type { Gateway } from '../../../cypher/gateway.ts';
import type { RouteContext } from '../route.ts';
import type { Entity, EntityType, MentionedProfile, Profile } from '../shapes.ts';
import { findEntity } from './entity.ts';
import { groupProfile } from './profile-group.ts';
import { meetingProfile } from './profile-meeting.ts';
import { organisationProfile } from './profile-organisation.ts';
import { personProfile } from './profile-person.ts';
import { projectProfile } from './profile-project.ts';
import { byMeetingDate, meetingRef, source } from './rows.ts';

export type ProfileBuilder = (gateway: Gateway, entity: Entity) => Promise<Profile>;

/** Events and places are only named in passing: their profile is where they are mentioned. */
async function mentionedProfile(gateway: Gateway, entity: Entity): Promise<MentionedProfile> {
  const rows = await gateway.read('list-mentioning-meetings', { id: entity.id });
  return {
    type: entity.type === 'place' ? 'place' : 'event',
    entity,
    meetings: [...rows].sort(byMeetingDate).map((m) => ({ ...meetingRef(m), sources: m.sources.map(source) })),
  };
}

const builders: Record<EntityType, ProfileBuilder> = {
  person: personProfile,
  organisation: organisationProfile,
  project: projectProfile,
  group: groupProfile,
  meeting: meetingProfile,
  event: mentionedProfile,
  place: mentionedProfile,
};

export async function profile({ gateway }: RouteContext, { params }: { params: { id: string } }): Promise<Profile> {
  const entity = await findEntity(gateway, params.id);
  return builders[entity.type](gateway, entity);
}
