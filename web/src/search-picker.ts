// A search box with suggestions (ARIA combobox): debounced /api/search, arrow keys + Enter to
// choose, Escape to close. Used in the header and for the two ends of a shortest path.
import type { EntityType, SearchResult } from '../../server/api/shapes.ts';
import { api, isAbort } from './api.ts';
import { debounce, el, setChildren, uid } from './dom.ts';
import { t } from './i18n/index.ts';
import { typeBadge } from './type-badge.ts';

export type SearchHit = SearchResult['results'][number];

export interface SearchPickerOptions {
  label: string;
  placeholder?: string;
  /** data-testid of the input; suggestions are always `search-suggestion`. */
  testId?: string;
  types?: readonly EntityType[];
  value?: string;
  /** Show the label to sighted users too (otherwise it is only for screen readers). */
  visibleLabel?: boolean;
  onPick(hit: SearchHit): void;
}

export interface SearchPicker {
  readonly element: HTMLElement;
  setValue(text: string): void;
  destroy(): void;
}

export function createSearchPicker(options: SearchPickerOptions): SearchPicker {
  const inputId = uid('search');
  const listId = uid('suggestions');
  const input = el('input', {
    id: inputId, type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    placeholder: options.placeholder, 'data-testid': options.testId, value: options.value,
  });
  const list = el('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': options.label });
  const status = el('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const label = el('label', { for: inputId, class: options.visibleLabel ? 'picker-label' : 'visually-hidden' }, options.label);
  const element = el('div', { class: 'search-picker' }, label, input, list, status);

  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = list.children[index];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    options.onPick(hit);
  };

  const render = () => {
    setChildren(list, hits.map((hit, i) =>
      el('li', {
        id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-testid': 'search-suggestion', 'data-entity-id': hit.id,
        onmousedown: (e: Event) => e.preventDefault(),
        onclick: () => pick(hit),
      }, typeBadge(hit.type), ' ', el('span', { class: 'suggestion-name' }, hit.name)),
    ));
    status.textContent = t('search.count', { n: hits.length });
    if (hits.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(-1);
    } else close();
  };

  const query = debounce(async (q: string) => {
    controller?.abort();
    if (!q.trim()) { hits = []; render(); return; }
    controller = new AbortController();
    try {
      const result = await api.search(q, { types: options.types, limit: 12, signal: controller.signal });
      hits = result.results;
      render();
    } catch (error) {
      if (isAbort(error)) return;
      hits = [];
      render();
      status.textContent = t('error.search');
    }
  }, 200);

  input.addEventListener('input', () => query(input.value));
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      if (list.hidden) render();
      highlight((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? (hits.length && !list.hidden ? hits[0] : undefined);
      if (hit) { e.preventDefault(); pick(hit); }
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });

  return {
    element,
    setValue(text) { input.value = text; },
    destroy() { query.cancel(); controller?.abort(); },
  };
}
