// An event or a place: the meetings whose minutes mention it.
import type { MentionedProfile } from '../../../server/api/shapes.ts';
import type { ViewContext } from '../view.ts';
import { cites, meetingLink, section } from './parts.ts';

export function renderMentioned(p: MentionedProfile, ctx: ViewContext): HTMLElement[] {
  return [section('profile.mentionedAt', p.meetings.map((m) => [meetingLink(m, ctx), cites(m.sources, ctx)]), 'profile-meeting')];
}
