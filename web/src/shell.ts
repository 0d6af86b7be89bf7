// The page: a header (title, search, view tabs, language), the main area where one view is
// mounted, and the side panel with the selected entity's profile.
import type { Source } from '../../server/api/shapes.ts';
import { api } from './api.ts';
import { el, setChildren } from './dom.ts';
import { setLang, t } from './i18n/index.ts';
import { createProfilePanel, type ProfilePanel } from './panels/profile-panel.ts';
import { sourcePatch } from './source-link.ts';
import { createSearchPicker, type SearchPicker } from './search-picker.ts';
import { getState, hrefFor, langs, navigate, subscribe, viewNames, type AppState, type ViewName } from './state.ts';
import type { ViewContext, ViewHandle } from './view.ts';
import { views } from './views/index.ts';

export function startShell(root: HTMLElement): void {
  const ctx: ViewContext = {
    get state() { return getState(); },
    navigate,
    api,
    t,
    openProfile: (id) => navigate({ selected: id }),
    openSource: (source: Source) => navigate(sourcePatch(source)),
    href: (patch) => hrefFor(getState(), patch),
    refresh(note) {
      mounted?.handle.destroy();
      mounted = null;
      show(getState());
      panel?.reload(note);
    },
  };

  let mounted: { name: ViewName; handle: ViewHandle } | null = null;
  let panel: ProfilePanel | null = null;
  let search: SearchPicker | null = null;
  let viewArea: HTMLElement;
  let tabs: Partial<Record<ViewName, HTMLButtonElement>> = {};

  const build = (state: AppState) => {
    mounted?.handle.destroy();
    mounted = null;
    panel?.destroy();
    search?.destroy();
    setLang(state.lang);
    document.title = t('app.title');

    search = createSearchPicker({
      label: t('search.label'),
      placeholder: t('search.placeholder'),
      testId: 'search-input',
      onPick: (hit) => navigate({ view: 'network', focus: hit.id, selected: hit.id, pathFrom: null, pathTo: null }),
    });
    tabs = {};
    const tabButtons = viewNames.map((name) => {
      const button = el('button', { type: 'button', class: 'tab', 'data-testid': `tab-${name}`, onclick: () => navigate({ view: name }) }, t(`tab.${name}`));
      tabs[name] = button;
      return button;
    });
    const langSelect = el('select', { id: 'lang-select', onchange: (e: Event) => navigate({ lang: (e.target as HTMLSelectElement).value as AppState['lang'] }) },
      langs.map((l) => el('option', { value: l, selected: l === state.lang }, t(`lang.${l}`))));

    const header = el('header', { class: 'app-header' },
      el('h1', { class: 'app-title' }, el('a', { href: '/' }, t('app.title'))),
      el('div', { class: 'header-search' }, search.element),
      el('nav', { class: 'tabs', 'aria-label': t('tabs.label') }, tabButtons),
      el('div', { class: 'lang' }, el('label', { for: 'lang-select' }, t('lang.label')), ' ', langSelect),
    );
    viewArea = el('main', { class: 'view-area', id: 'main' });
    panel = createProfilePanel(ctx);
    setChildren(root,
      el('a', { class: 'skip-link', href: '#main' }, t('skip.main')),
      header,
      el('div', { class: 'app-body' }, viewArea, panel.element),
    );
    show(state);
  };

  const show = (state: AppState) => {
    if (mounted?.name !== state.view) {
      mounted?.handle.destroy();
      setChildren(viewArea);
      viewArea.dataset.view = state.view;
      mounted = { name: state.view, handle: views[state.view](viewArea, ctx) };
    }
    mounted.handle.update(state);
    for (const [name, button] of Object.entries(tabs)) button.setAttribute('aria-current', String(name === state.view ? 'page' : false));
    panel?.update(state);
  };

  subscribe((state, previous) => (state.lang !== previous.lang ? build(state) : show(state)));
  build(getState());
}
