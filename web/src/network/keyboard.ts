// Keyboard use of the graph canvas: arrow keys step through the visible nodes (by name),
// Enter opens the profile, Space expands the neighbourhood, + / − zoom, 0 fits.
import type cytoscape from 'cytoscape';
import { t } from '../i18n/index.ts';

export interface KeyboardActions {
  open(id: string): void;
  expand(id: string): void;
  announce(text: string): void;
}

export function enableKeyboard(canvas: HTMLElement, cy: () => cytoscape.Core, actions: KeyboardActions): void {
  let current: string | null = null;
  canvas.tabIndex = 0;
  canvas.addEventListener('keydown', (e) => {
    const c = cy();
    const nodes = c.nodes(':visible').sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label')), 'sv'));
    if (!nodes.length) return;
    const index = current ? nodes.toArray().findIndex((n) => n.id() === current) : -1;
    const step = (delta: number) => {
      const next = nodes[(index + delta + nodes.length) % nodes.length] ?? nodes[0]!;
      current = next.id();
      c.nodes('.keyboard').removeClass('keyboard');
      next.addClass('keyboard');
      c.animate({ center: { eles: next } }, { duration: 150 });
      actions.announce(t('network.keyboardAt', { name: String(next.data('label')), type: t(`type.${next.data('type')}`) }));
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') step(index < 0 ? 0 : -1);
    else if (e.key === 'Enter' && current) actions.open(current);
    else if (e.key === ' ' && current) actions.expand(current);
    else if (e.key === '+' || e.key === '=') c.zoom({ level: c.zoom() * 1.25, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
    else if (e.key === '-') c.zoom({ level: c.zoom() * 0.8, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
    else if (e.key === '0') c.fit(c.elements(':visible'), 30);
    else return;
    e.preventDefault();
  });
}
