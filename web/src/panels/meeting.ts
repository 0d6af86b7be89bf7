// A meeting: when, which group, who was there (and who was not), who took the minutes,
// the agenda's headings, decisions and what was discussed, each pointing into the document.
import type { MeetingProfile } from '../../../server/api/shapes.ts';
import { el } from '../dom.ts';
import { formatDate, t } from '../i18n/index.ts';
import type { ViewContext } from '../view.ts';
import { cite, cites, details, entityLink, facts, refList, section, roleLabel } from './parts.ts';

type Person = MeetingProfile['attendees'][number];

export function renderMeeting(p: MeetingProfile, ctx: ViewContext): HTMLElement[] {
  const doc = p.document.id;
  const person = (a: Person) => [entityLink(a, ctx), details(a.role ? roleLabel(a.role) : null, a.organisations.length ? refList(a.organisations, ctx) : null), cites([a.source], ctx)];
  const range = p.dateFrom || p.dateTo ? `${formatDate(p.dateFrom)} – ${formatDate(p.dateTo)}` : null;
  return [
    facts([
      ['profile.date', p.date ? formatDate(p.date) : t('date.unknown')],
      ['profile.dateCertainty', p.dateCertainty ? t(`certainty.${p.dateCertainty}`) : null],
      ['profile.dateRange', range],
      ['profile.group', p.group ? entityLink(p.group, ctx) : null],
      ['profile.minuteTaker', p.minuteTaker ? [entityLink(p.minuteTaker, ctx), cites([p.minuteTaker.source], ctx)] : null],
      ['profile.document', el('a', {
        class: 'doc-link', href: ctx.href({ view: 'document', doc, start: null, end: null }),
        onclick: (e: Event) => { e.preventDefault(); ctx.openSource({ doc, start: null, end: null }); },
      }, p.document.path)],
    ]),
    section('profile.attendees', p.attendees.map(person)),
    section('profile.absentees', p.absentees.map(person)),
    section('profile.topics', p.topics.map((h) => [h.heading, ' ', cite({ doc, start: h.start, end: h.end }, ctx)])),
    section('profile.decisions', p.decisions.map((d) => [el('q', {}, d.text), ' ', cite({ doc, start: d.start, end: d.end }, ctx)])),
    section('profile.discussed', p.discussed.map((r) => [entityLink(r, ctx), cites(r.sources, ctx)])),
  ];
}
