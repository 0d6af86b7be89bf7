// The key to the network's colours and shapes.
import { el } from '../dom.ts';
import { typeStyles } from '../entity-style.ts';
import { t } from '../i18n/index.ts';
import { nodeTypes } from '../state.ts';

const symbol: Record<string, string> = {
  ellipse: '●', 'round-rectangle': '▬', hexagon: '⬢', diamond: '◆', star: '★', triangle: '▲', rectangle: '■',
};

export function createLegend(): HTMLElement {
  return el('ul', { class: 'legend', 'aria-label': t('network.legend') },
    nodeTypes.map((type) => {
      const mark = el('span', { class: 'legend-mark', 'aria-hidden': 'true' }, symbol[typeStyles[type].shape] ?? '●');
      mark.style.color = typeStyles[type].colour;
      return el('li', {}, mark, ' ', t(`type.${type}`));
    }));
}
