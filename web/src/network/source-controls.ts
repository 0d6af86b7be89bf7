// What the network shows: a whole network of a kind, or one entity's neighbourhood (depth 1–2).
import { el, setChildren, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { networkKinds, type AppState } from '../state.ts';
import type { ViewContext } from '../view.ts';

export function createSourceControls(ctx: ViewContext, nameOf: (id: string) => string) {
  const kindId = uid('kind');
  const depthId = uid('depth');
  const kind = el('select', { id: kindId, 'data-testid': 'network-kind', onchange: () => ctx.navigate({ kind: kind.value as AppState['kind'], focus: null }) },
    networkKinds.map((k) => el('option', { value: k }, t(`network.kind.${k}`))));
  const depth = el('select', { id: depthId, 'data-testid': 'network-depth', onchange: () => ctx.navigate({ depth: depth.value === '2' ? 2 : 1 }) },
    el('option', { value: '1' }, t('network.depth.1')), el('option', { value: '2' }, t('network.depth.2')));
  const focusBox = el('div', { class: 'focus-box' });
  const element = el('fieldset', { class: 'control-group' },
    el('legend', {}, t('network.show')),
    el('div', { class: 'field' }, el('label', { for: kindId }, t('network.kind')), kind),
    focusBox);

  return {
    element,
    update(state: AppState) {
      kind.value = state.kind;
      depth.value = String(state.depth);
      if (!state.focus) {
        setChildren(focusBox);
        return;
      }
      const focus = state.focus;
      setChildren(focusBox,
        el('p', { class: 'focus-name' }, t('network.focus'), ': ', el('strong', {}, nameOf(focus)), ' ',
          el('button', { type: 'button', class: 'small', 'data-testid': 'clear-focus', onclick: () => ctx.navigate({ focus: null }) }, t('network.clearFocus'))),
        el('div', { class: 'field' }, el('label', { for: depthId }, t('network.depth')), depth));
    },
  };
}
