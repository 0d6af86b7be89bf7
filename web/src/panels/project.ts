// A project: who works on it, which organisations take part, which meetings discussed it.
import type { ProjectProfile } from '../../../server/api/shapes.ts';
import type { ViewContext } from '../view.ts';
import { categoryLabel, cites, details, entityLink, facts, meetingLink, section, seen } from './parts.ts';

export function renderProject(p: ProjectProfile, ctx: ViewContext): HTMLElement[] {
  return [
    facts([['profile.seen', seen(p.first, p.last)]]),
    section('profile.people', p.people.map((r) => [entityLink(r, ctx), details(r.roles.join(', ')), cites(r.sources, ctx)])),
    section('profile.organisations', p.organisations.map((r) => [entityLink(r, ctx), details(categoryLabel(r.category)), cites(r.sources, ctx)])),
    section('profile.discussedAt', p.meetings.map((m) => [meetingLink(m, ctx), details(m.sections.join(', ')), cites(m.sources, ctx)]), 'profile-meeting'),
  ];
}
