// Filters: which entity types and organisation categories are shown, and a date range.
// An empty selection in the state means "all" so the URL stays short.
import { organisationCategories } from '../../../cypher/model.ts';
import { el, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { nodeTypes, type AppState } from '../state.ts';
import type { ViewContext } from '../view.ts';

function checkboxes<T extends string>(values: readonly T[], labelOf: (v: T) => string, testId: string, onChange: (checked: T[]) => void) {
  const boxes = values.map((value) => {
    const id = uid(testId);
    const box = el('input', { type: 'checkbox', id, value, 'data-testid': `${testId}-${value}` });
    box.addEventListener('change', () => {
      const checked = boxes.filter((b) => b.checked).map((b) => b.value as T);
      // At least one stays checked: an empty selection means "all" in the state.
      if (checked.length === 0) box.checked = true;
      else onChange(checked);
    });
    return { box, row: el('div', { class: 'check' }, box, el('label', { for: id }, labelOf(value))) };
  }).map(({ box, row }) => Object.assign(box, { row }));
  return {
    rows: boxes.map((b) => b.row),
    set(selected: readonly string[]) {
      for (const b of boxes) b.checked = selected.length === 0 || selected.includes(b.value);
    },
  };
}

/** All checked = no filter. */
const asFilter = <T extends string>(checked: T[], all: readonly T[]): T[] => (checked.length === all.length ? [] : checked);

export function createFilterControls(ctx: ViewContext) {
  const types = checkboxes(nodeTypes, (v) => t(`type.${v}`), 'filter-type', (c) => ctx.navigate({ types: asFilter(c, nodeTypes) }));
  const cats = checkboxes(organisationCategories, (v) => t(`category.${v}`), 'filter-category', (c) => ctx.navigate({ categories: asFilter(c, organisationCategories) }));
  const fromId = uid('from');
  const toId = uid('to');
  const error = el('p', { class: 'field-error', role: 'alert', hidden: true });
  const onDate = () => {
    const f = from.value || null;
    const to_ = to.value || null;
    error.hidden = !(f && to_ && f > to_);
    error.textContent = error.hidden ? '' : t('network.dateOrder');
    if (error.hidden) ctx.navigate({ from: f, to: to_ });
  };
  const from = el('input', { type: 'date', id: fromId, 'data-testid': 'filter-from', onchange: onDate });
  const to = el('input', { type: 'date', id: toId, 'data-testid': 'filter-to', onchange: onDate });

  const element = el('div', { class: 'filters' },
    el('fieldset', { class: 'control-group' }, el('legend', {}, t('network.dates')),
      el('div', { class: 'field' }, el('label', { for: fromId }, t('network.from')), from),
      el('div', { class: 'field' }, el('label', { for: toId }, t('network.to')), to),
      error),
    el('details', { class: 'control-group' }, el('summary', {}, t('network.types')), el('fieldset', {}, el('legend', { class: 'visually-hidden' }, t('network.types')), types.rows)),
    el('details', { class: 'control-group' }, el('summary', {}, t('network.categories')), el('fieldset', {}, el('legend', { class: 'visually-hidden' }, t('network.categories')), cats.rows)),
  );

  return {
    element,
    update(state: AppState) {
      types.set(state.types);
      cats.set(state.categories);
      from.value = state.from ?? '';
      to.value = state.to ?? '';
    },
  };
}
