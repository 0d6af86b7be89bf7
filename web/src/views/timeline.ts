// Placeholder: the timeline view is written separately and replaces this file.
import { el, setChildren } from '../dom.ts';
import type { ViewContext, ViewHandle } from '../view.ts';

export function mount(container: HTMLElement, _ctx: ViewContext): ViewHandle {
  setChildren(container, el('p', { class: 'placeholder' }, 'kommer'));
  return { update() {}, destroy() { setChildren(container); } };
}
