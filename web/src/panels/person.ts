// A person: organisations, groups, meetings attended, projects, people met most often.
import type { PersonProfile } from '../../../server/api/shapes.ts';
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { ViewContext } from '../view.ts';
import { renderPersonTimeline } from '../views/person-timeline.ts';
import { categoryLabel, cites, details, entityLink, meetingLink, section, seen, roleLabel } from './parts.ts';

export function renderPerson(p: PersonProfile, ctx: ViewContext): HTMLElement[] {
  const timeline = el('div', { class: 'profile-timeline' });
  void renderPersonTimeline(timeline, ctx, p.entity.id);
  return [
    el('section', { class: 'profile-section' }, el('h3', {}, t('profile.timeline')), timeline),
    section('profile.organisations', p.organisations.map((o) => [entityLink(o, ctx), details(categoryLabel(o.category), seen(o.first, o.last)), cites(o.sources, ctx)])),
    section('profile.groups', p.groups.map((g) => [entityLink(g, ctx), details(t('profile.meetingCount', { n: g.meetings }), seen(g.first, g.last))])),
    section('profile.meetings', p.meetings.map((m) => [
      meetingLink(m, ctx),
      details(m.group ? entityLink(m.group, ctx) : null, m.role ? roleLabel(m.role) : null, m.present ? null : el('em', {}, t('profile.absent'))),
      cites([m.source], ctx),
    ]), 'profile-meeting'),
    section('profile.projects', p.projects.map((pr) => [entityLink(pr, ctx), details(pr.roles.join(', ')), cites(pr.sources, ctx)])),
    section('profile.coAttendees', p.coAttendees.map((c) => [entityLink(c, ctx), details(t('profile.sharedMeetings', { n: c.shared }))])),
  ];
}
