// Picks the panel body for a profile by its `type`.
import type { Profile } from '../../../server/api/shapes.ts';
import type { ViewContext } from '../view.ts';
import { renderGroup } from './group.ts';
import { renderMeeting } from './meeting.ts';
import { renderMentioned } from './mentioned.ts';
import { renderOrganisation } from './organisation.ts';
import { renderPerson } from './person.ts';
import { renderProject } from './project.ts';

export function renderProfileBody(profile: Profile, ctx: ViewContext): HTMLElement[] {
  switch (profile.type) {
    case 'person': return renderPerson(profile, ctx);
    case 'organisation': return renderOrganisation(profile, ctx);
    case 'project': return renderProject(profile, ctx);
    case 'group': return renderGroup(profile, ctx);
    case 'meeting': return renderMeeting(profile, ctx);
    case 'event':
    case 'place': return renderMentioned(profile, ctx);
  }
}
