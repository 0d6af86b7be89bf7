// An organisation: its people, projects and the meetings its people attended for it.
import type { OrganisationProfile } from '../../../server/api/shapes.ts';
import { t } from '../i18n/index.ts';
import type { ViewContext } from '../view.ts';
import { cites, details, entityLink, meetingLink, refList, section, seen } from './parts.ts';

export function renderOrganisation(p: OrganisationProfile, ctx: ViewContext): HTMLElement[] {
  return [
    section('profile.people', p.people.map((r) => [entityLink(r, ctx), details(seen(r.first, r.last)), cites(r.sources, ctx)])),
    section('profile.projects', p.projects.map((r) => [entityLink(r, ctx), details(t('profile.meetingCount', { n: r.meetings }))])),
    section('profile.meetings', p.meetings.map((m) => [
      meetingLink(m, ctx),
      m.representatives.length ? details([t('profile.representatives'), ': ', refList(m.representatives, ctx)]) : null,
    ]), 'profile-meeting'),
  ];
}
