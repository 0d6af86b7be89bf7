// "Shortest path between": two search pickers; when both ends are chosen the state carries them
// and the network highlights the path.
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { createSearchPicker } from '../search-picker.ts';
import type { AppState } from '../state.ts';
import type { ViewContext } from '../view.ts';

export function createPathControls(ctx: ViewContext, nameOf: (id: string) => string) {
  const fromPicker = createSearchPicker({ label: t('path.from'), visibleLabel: true, testId: 'path-from', onPick: (hit) => ctx.navigate({ pathFrom: hit.id }) });
  const toPicker = createSearchPicker({ label: t('path.to'), visibleLabel: true, testId: 'path-to', onPick: (hit) => ctx.navigate({ pathTo: hit.id }) });
  const clear = el('button', { type: 'button', class: 'small', 'data-testid': 'path-clear', onclick: () => ctx.navigate({ pathFrom: null, pathTo: null }) }, t('path.clear'));
  const status = el('p', { class: 'path-status', 'aria-live': 'polite', 'data-testid': 'path-status' });
  const element = el('fieldset', { class: 'control-group path-controls' },
    el('legend', {}, t('path.title')), fromPicker.element, toPicker.element, clear, status);

  return {
    element,
    update(state: AppState) {
      fromPicker.setValue(state.pathFrom ? nameOf(state.pathFrom) : '');
      toPicker.setValue(state.pathTo ? nameOf(state.pathTo) : '');
      clear.hidden = !state.pathFrom && !state.pathTo;
    },
    setStatus(text: string) {
      status.textContent = text;
    },
    destroy() {
      fromPicker.destroy();
      toPicker.destroy();
    },
  };
}
