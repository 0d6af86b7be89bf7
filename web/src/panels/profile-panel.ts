// The side panel: loads the selected entity's profile and shows it, with actions to see the
// entity in the network or (people) on a timeline. aria-live so screen readers hear the change.
import type { Profile } from '../../../server/api/shapes.ts';
import { isAbort } from '../api.ts';
import { el, setChildren } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { AppState } from '../state.ts';
import { typeBadge } from '../type-badge.ts';
import type { ViewContext } from '../view.ts';
import { curateSection } from './curate.ts';
import { categoryLabel } from './parts.ts';
import { renderProfileBody } from './render.ts';

export interface ProfilePanel {
  readonly element: HTMLElement;
  update(state: AppState): void;
  /** Loads the shown profile again (the graph changed under it), with a note on what changed. */
  reload(note?: string): void;
  destroy(): void;
}

export function createProfilePanel(ctx: ViewContext): ProfilePanel {
  const content = el('div', { class: 'profile-content' });
  const element = el('aside', {
    class: 'profile-panel', 'data-testid': 'profile-panel', 'aria-live': 'polite', 'aria-busy': 'false',
    'aria-label': t('profile.label'), hidden: true,
  }, content);
  let shown: string | null = null;
  let controller: AbortController | null = null;

  const header = (p: Profile) => {
    const e = p.entity;
    return el('header', { class: 'profile-header' },
      el('div', { class: 'profile-title-row' },
        typeBadge(e.type),
        el('button', { type: 'button', class: 'icon-button close', 'aria-label': t('profile.close'), title: t('profile.close'), onclick: () => ctx.navigate({ selected: null }) }, '×')),
      el('h2', { class: 'profile-name', tabindex: '-1' }, e.name),
      e.category ? el('p', { class: 'category', 'data-testid': 'profile-category' }, t('profile.category'), ': ', categoryLabel(e.category), e.categoryInferred ? ` (${t('profile.categoryInferred')})` : '') : null,
      e.aliases.length ? el('p', { class: 'aliases' }, t('profile.aliases'), ': ', e.aliases.join(', ')) : null,
      el('div', { class: 'profile-actions' },
        el('button', { type: 'button', onclick: () => ctx.navigate({ view: 'network', focus: e.id, pathFrom: null, pathTo: null }) }, t('profile.showNetwork')),
        e.type === 'person' ? el('button', { type: 'button', onclick: () => ctx.navigate({ view: 'timeline', person: e.id, lane: null }) }, t('profile.showTimeline')) : null,
        // A project's or group's history: its own lane, every meeting (not the busiest few).
        e.type === 'project' || e.type === 'group'
          ? el('button', { type: 'button', 'data-testid': 'show-lane-timeline', onclick: () => ctx.navigate({ view: 'timeline', lane: e.id, person: null }) }, t('profile.showTimeline'))
          : null),
      curateSection(e, ctx),
    );
  };

  const load = async (id: string, note?: string) => {
    controller?.abort();
    controller = new AbortController();
    element.dataset.entityId = id;
    element.setAttribute('aria-busy', 'true');
    setChildren(content, el('p', { class: 'loading' }, t('profile.loading')));
    try {
      const profile = await ctx.api.entity(id, { signal: controller.signal });
      const notice = note ? el('p', { class: 'curate-status', role: 'status', 'data-testid': 'curate-status' }, note) : null;
      setChildren(content, notice, header(profile), renderProfileBody(profile, ctx));
    } catch (error) {
      if (isAbort(error)) return;
      setChildren(content,
        el('div', { class: 'profile-title-row' }, el('span'), el('button', { type: 'button', class: 'icon-button close', 'aria-label': t('profile.close'), onclick: () => ctx.navigate({ selected: null }) }, '×')),
        el('p', { class: 'error', role: 'alert' }, t('profile.error'), ' ', error instanceof Error ? error.message : String(error)));
    }
    element.setAttribute('aria-busy', 'false');
  };

  return {
    element,
    update(state) {
      if (state.selected === shown) return;
      shown = state.selected;
      element.hidden = !shown;
      if (shown) void load(shown);
      else {
        controller?.abort();
        delete element.dataset.entityId;
        setChildren(content);
      }
    },
    reload(note) {
      if (shown) void load(shown, note);
    },
    destroy() { controller?.abort(); },
  };
}
