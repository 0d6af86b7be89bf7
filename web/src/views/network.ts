// The network view: controls on the left, the Cytoscape graph on the right. Click a node to
// open its profile; double-click to expand its neighbourhood; filters, path and selection
// follow the state.
import { createCompareControls, isComparing } from '../analysis/compare-controls.ts';
import { createDownloadLinks } from '../analysis/download-links.ts';
import { createMeasuresControls } from '../analysis/measures-controls.ts';
import { isAbort } from '../api.ts';
import { el, uid } from '../dom.ts';
import type { AppState } from '../state.ts';
import type { ViewContext, ViewHandle } from '../view.ts';
import { exportName } from '../network/export.ts';
import { applyFilters, filterKey } from '../network/filters.ts';
import { createFilterControls } from '../network/filter-controls.ts';
import { createGraph, setReady } from '../network/graph.ts';
import { enableKeyboard } from '../network/keyboard.ts';
import { createLegend } from '../network/legend.ts';
import { dataKey, loadElements } from '../network/load.ts';
import { createPathControls } from '../network/path-controls.ts';
import { clearPath, showPath } from '../network/path.ts';
import { createSourceControls } from '../network/source-controls.ts';
import { createZoomControls } from '../network/zoom-controls.ts';

export function mount(container: HTMLElement, ctx: ViewContext): ViewHandle {
  const { t } = ctx;
  const names = new Map<string, string>();
  const nameOf = (id: string) => names.get(id) ?? (graph.cy.getElementById(id).data('label') as string | undefined) ?? id.replace(/^[a-z]+:/, '');

  const hintId = uid('network-hint');
  const canvas = el('div', { class: 'network-canvas', 'data-testid': 'network', role: 'application', 'aria-roledescription': t('network.canvas'), 'aria-label': t('network.canvas'), 'aria-describedby': hintId });
  const keyboardStatus = el('p', { class: 'keyboard-node', 'aria-live': 'polite' });
  const status = el('p', { class: 'network-status', 'aria-live': 'polite', 'data-testid': 'network-status' });
  const source = createSourceControls(ctx, nameOf);
  const filters = createFilterControls(ctx);
  const path = createPathControls(ctx, nameOf);
  const measures = createMeasuresControls(ctx, () => graph.cy);
  const compare = createCompareControls(ctx);
  const downloads = createDownloadLinks(ctx);
  const zoom = createZoomControls(() => graph.cy, () => exportName([ctx.state.focus ? nameOf(ctx.state.focus) : ctx.state.kind, ctx.state.from, ctx.state.to]));

  container.append(el('div', { class: 'network-view' },
    el('div', { class: 'network-controls' }, source.element, filters.element, path.element,
      measures.element, compare.element, downloads.element,
      el('p', { class: 'hint', id: hintId }, t('network.hint'), ' ', t('network.keyboardHint'))),
    el('div', { class: 'network-stage' }, canvas, zoom, status, keyboardStatus, createLegend())));
  // Cytoscape measures its container when created, so the container must be in the page first.
  // The handlers go on every instance: a big network gets a new one with the WebGL renderer.
  const graph = createGraph(canvas, (cy) => {
    cy.on('tap', 'node', (e) => ctx.openProfile(e.target.id()));
    cy.on('dbltap', 'node', (e) => void expand(e.target.id() as string));
  });

  enableKeyboard(canvas, () => graph.cy, {
    open: (id) => ctx.openProfile(id),
    expand: (id) => void expand(id),
    announce: (text) => (keyboardStatus.textContent = text),
  });

  let shownData = '';
  let shownFilter = '';
  let shownPath = '';
  let controller: AbortController | null = null;

  const describe = () => {
    const v = graph.cy.elements(':visible');
    canvas.setAttribute('aria-label', t('network.canvasCount', { nodes: v.nodes().length, edges: v.edges().length }));
  };

  const select = (state: AppState) => {
    graph.cy.batch(() => {
      graph.cy.nodes(':selected').unselect();
      graph.cy.nodes('.focus').removeClass('focus');
      if (state.selected) graph.cy.getElementById(state.selected).select();
      if (state.focus) graph.cy.getElementById(state.focus).addClass('focus');
    });
  };

  const load = async (state: AppState) => {
    controller?.abort();
    controller = new AbortController();
    setReady(false);
    status.textContent = t('network.loading');
    if (isComparing(state)) compare.show(t('compare.loading'));
    try {
      const loaded = await loadElements(ctx.api, state, controller.signal);
      if (state.focus && loaded.centerName) names.set(state.focus, loaded.centerName);
      graph.cy.elements().remove();
      await graph.replace(loaded.elements, () => applyFilters(graph.cy, ctx.state));
      shownFilter = filterKey(ctx.state);
      const count = loaded.elements.nodes.length;
      status.textContent = count === 0 ? t('network.empty') : loaded.truncated ? t('network.truncated') : '';
      source.update(ctx.state);
      describe();
      after(ctx.state);
      if (loaded.comparison) compare.show(loaded.comparison);
      measures.update(ctx.state);
    } catch (error) {
      if (isAbort(error)) return;
      status.textContent = `${t('network.error')} ${error instanceof Error ? error.message : String(error)}`;
      setReady(true);
    }
  };

  const expand = async (id: string) => {
    status.textContent = t('network.expanding');
    try {
      const n = await ctx.api.neighbourhood(id, { depth: 1 });
      await graph.merge(n.elements, id, () => applyFilters(graph.cy, ctx.state));
      status.textContent = '';
      describe();
      select(ctx.state);
    } catch (error) {
      status.textContent = `${t('network.error')} ${error instanceof Error ? error.message : String(error)}`;
      setReady(true);
    }
  };

  /** Everything that follows the state without a new fetch: filters, selection, path. */
  const after = (state: AppState) => {
    const fk = filterKey(state);
    if (fk !== shownFilter) {
      shownFilter = fk;
      applyFilters(graph.cy, state);
      describe();
      void graph.relayout();
    }
    select(state);
    const pk = `${state.pathFrom ?? ''}|${state.pathTo ?? ''}`;
    if (pk !== shownPath) {
      shownPath = pk;
      if (state.pathFrom && state.pathTo) void showPath(ctx, graph, state.pathFrom, state.pathTo, names, path.setStatus, () => applyFilters(graph.cy, ctx.state));
      else {
        clearPath(graph.cy);
        path.setStatus('');
      }
    }
    path.update(state);
  };

  return {
    update(state) {
      source.update(state);
      filters.update(state);
      measures.update(state);
      compare.update(state);
      downloads.update(state);
      const key = dataKey(state);
      if (key !== shownData) {
        shownData = key;
        shownPath = '';
        void load(state);
      } else after(state);
    },
    destroy() {
      controller?.abort();
      path.destroy();
      graph.destroy();
    },
  };
}
