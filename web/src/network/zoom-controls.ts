// Fit, zoom in, zoom out, and export the view as PNG or SVG.
import type cytoscape from 'cytoscape';
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { exportPng, exportSvg } from './export.ts';

export function createZoomControls(cy: () => cytoscape.Core, fileName: () => string): HTMLElement {
  const zoomBy = (factor: number) => {
    const c = cy();
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  };
  const button = (key: string, testId: string, text: string, action: () => void) =>
    el('button', { type: 'button', class: 'icon-button', 'data-testid': testId, 'aria-label': t(key), title: t(key), onclick: action }, text);
  return el('div', { class: 'zoom-controls', role: 'group', 'aria-label': t('zoom.label') },
    button('zoom.fit', 'zoom-fit', '⤢', () => cy().fit(cy().elements(':visible'), 30)),
    button('zoom.in', 'zoom-in', '+', () => zoomBy(1.25)),
    button('zoom.out', 'zoom-out', '−', () => zoomBy(0.8)),
    el('button', { type: 'button', class: 'text-button', 'data-testid': 'export-png', onclick: () => exportPng(cy(), fileName()) }, t('export.png')),
    el('button', { type: 'button', class: 'text-button', 'data-testid': 'export-svg', onclick: () => exportSvg(cy(), fileName()) }, t('export.svg')),
  );
}
