// Building blocks of the profile panels: entity links, citation links, sections and lists.
import type { MeetingRef, Ref, Source } from '../../../server/api/shapes.ts';
import { el, type Child } from '../dom.ts';
import { formatDate, t, tOr } from '../i18n/index.ts';
import { sourcePatch } from '../source-link.ts';
import type { ViewContext } from '../view.ts';

/** A plain left click is handled in the page; modified clicks open the link as usual. */
function inPage(action: () => void) {
  return (e: Event) => {
    const m = e as MouseEvent;
    if (m.button !== 0 || m.ctrlKey || m.metaKey || m.shiftKey || m.altKey) return;
    e.preventDefault();
    action();
  };
}

/** An entity's name as a link that opens its profile. */
export function entityLink(ref: { id: string; name: string }, ctx: ViewContext): HTMLAnchorElement {
  return el('a', { class: 'entity-link', href: ctx.href({ selected: ref.id }), 'data-entity-id': ref.id, onclick: inPage(() => ctx.openProfile(ref.id)) }, ref.name);
}

/** A meeting (title and date) as a link to its profile. */
export function meetingLink(meeting: MeetingRef, ctx: ViewContext): HTMLElement {
  return el('span', { class: 'meeting-ref' },
    el('time', { datetime: meeting.date ?? undefined, class: 'meeting-date' }, formatDate(meeting.date)), ' ',
    entityLink({ id: meeting.id, name: meeting.title }, ctx));
}

/** A small link to the sentence a fact comes from; numbered when a fact has several. */
export function cite(source: Source, ctx: ViewContext, n?: number): HTMLAnchorElement {
  const span = source.start !== null && source.end !== null ? t('cite.span', { start: source.start, end: source.end }) : t('cite.whole');
  return el('a', {
    class: 'cite', 'data-testid': 'cite', href: ctx.href(sourcePatch(source)),
    title: span, 'aria-label': `${t('cite.label')}${n ? ' ' + n : ''}: ${span}`,
    onclick: inPage(() => ctx.openSource(source)),
  }, n ? `[${n}]` : `[${t('cite.short')}]`);
}

export function cites(sources: readonly Source[], ctx: ViewContext): Child[] {
  if (sources.length === 1 && sources[0]) return [' ', cite(sources[0], ctx)];
  return sources.map((s, i) => [' ', cite(s, ctx, i + 1)]);
}

/** "2016-04-04 – 2017-05-02", or one date when first = last, or nothing. */
export function seen(first: string | null, last: string | null): Child {
  if (!first && !last) return null;
  const text = first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
  return el('span', { class: 'seen' }, text);
}

/** A titled section with a list; an empty list says so instead of vanishing. */
export function section(titleKey: string, items: readonly Child[], testId?: string): HTMLElement {
  const count = items.length;
  return el('section', { class: 'profile-section' },
    el('h3', {}, t(titleKey), ' ', el('span', { class: 'count' }, `(${count})`)),
    count
      ? el('ul', { class: 'profile-list' }, items.map((item) => el('li', { 'data-testid': testId }, item)))
      : el('p', { class: 'empty' }, t('profile.none')));
}

/** Secondary details after a name: "· ordförande · 3 möten". */
export function details(...parts: Child[]): Child[] {
  return parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '').map((p) => [el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), p]);
}

export function refList(refs: readonly Ref[], ctx: ViewContext): Child {
  return refs.map((r, i) => [i ? ', ' : '', entityLink(r, ctx)]);
}

/** A definition list of label → value pairs, leaving out empty values. */
export function facts(rows: readonly [string, Child][]): HTMLElement {
  return el('dl', { class: 'facts' }, rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)]));
}

export function categoryLabel(category: string | null): string | null {
  return category ? tOr(`category.${category}`, category) : null;
}

/** Roles come from the minutes (chair, minute-taker, guest …); unknown ones are shown as they are. */
export function roleLabel(role: string): string {
  return tOr(`role.${role}`, role);
}
