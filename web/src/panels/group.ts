// A group: the meetings it held, its members by attendance, the projects it discussed.
import type { GroupProfile } from '../../../server/api/shapes.ts';
import { t } from '../i18n/index.ts';
import type { ViewContext } from '../view.ts';
import { cites, details, entityLink, facts, meetingLink, section, seen } from './parts.ts';

export function renderGroup(p: GroupProfile, ctx: ViewContext): HTMLElement[] {
  return [
    facts([['profile.seen', seen(p.first, p.last)]]),
    section('profile.meetings', p.meetings.map((m) => [
      meetingLink(m, ctx),
      details(t('profile.attendeeCount', { n: m.attendees })),
      m.source ? cites([m.source], ctx) : null,
    ]), 'profile-meeting'),
    section('profile.members', p.members.map((r) => [entityLink(r, ctx), details(t('profile.attendedCount', { n: r.attended }), seen(r.first, r.last))])),
    section('profile.projects', p.projects.map((r) => [entityLink(r, ctx), details(t('profile.meetingCount', { n: r.meetings }))])),
  ];
}
