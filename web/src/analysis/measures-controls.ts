// "Measures": size nodes by degree, weighted degree or betweenness, colour them by Louvain
// community (with a key), and a sortable table of the nodes. Measures are fetched for the whole
// network and period shown (not a neighbourhood or a comparison), only once the section is open.
import type cytoscape from 'cytoscape';
import type { NetworkMeasures } from '../../../server/api/shapes-analysis.ts';
import { isAbort } from '../api.ts';
import { el, setChildren, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { communityColours } from '../network/analysis-style.ts';
import { sizeMeasures, type AppState, type SizeMeasure } from '../state.ts';
import type { ViewContext } from '../view.ts';
import { applyMeasures, clearMeasures, communityColour } from './apply-measures.ts';
import { createMeasuresTable } from './measures-table.ts';

/** Whether the view shows a whole network, the only thing measures (and exports) describe. */
export const isWholeNetwork = (s: AppState): boolean => !s.focus && !s.aFrom && !s.aTo && !s.bFrom && !s.bTo;

const measuresKey = (s: AppState) => `${s.kind}|${s.from ?? ''}|${s.to ?? ''}`;

export function createMeasuresControls(ctx: ViewContext, cy: () => cytoscape.Core) {
  const sizeId = uid('size-by');
  const commId = uid('communities');
  const size = el('select', { id: sizeId, 'data-testid': 'measures-size', onchange: () => ctx.navigate({ size: size.value as SizeMeasure }) },
    sizeMeasures.map((m) => el('option', { value: m }, t(`analysis.size.${m}`))));
  const communities = el('input', { type: 'checkbox', id: commId, 'data-testid': 'measures-communities', onchange: () => ctx.navigate({ communities: communities.checked }) });
  const status = el('p', { class: 'analysis-status', 'aria-live': 'polite', 'data-testid': 'measures-status' });
  const key = el('ul', { class: 'community-key', 'aria-label': t('analysis.communityLegend'), 'data-testid': 'community-key' });
  const table = createMeasuresTable((id) => ctx.openProfile(id));
  const body = el('div', { class: 'analysis-body' },
    el('div', { class: 'field' }, el('label', { for: sizeId }, t('analysis.sizeBy')), size),
    el('div', { class: 'check' }, communities, el('label', { for: commId }, t('analysis.communities'))),
    status, key, el('p', { class: 'hint' }, t('analysis.tableHint')), el('div', { class: 'measures-scroll' }, table.element));
  const element = el('details', { class: 'control-group analysis-controls', 'data-testid': 'measures-controls', ontoggle: () => update(ctx.state) },
    el('summary', {}, t('analysis.title')), body);

  let loadedKey = '';
  let measures: NetworkMeasures | null = null;
  let controller: AbortController | null = null;
  let shownSize: SizeMeasure = ctx.state.size;

  const showKey = (m: NetworkMeasures, on: boolean) => {
    const counts = new Map<number, number>();
    for (const n of m.nodes) counts.set(n.community, (counts.get(n.community) ?? 0) + 1);
    const named = [...counts.keys()].filter((c) => c < communityColours.length).sort((a, b) => a - b);
    const others = [...counts.entries()].filter(([c]) => c >= communityColours.length).reduce((sum, [, n]) => sum + n, 0);
    const item = (colour: string, label: string, n: number) => {
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = colour;
      return el('li', {}, swatch, ' ', label, ` (${n})`);
    };
    key.hidden = !on;
    setChildren(key, named.map((c) => item(communityColour(c), t('analysis.community', { n: c + 1 }), counts.get(c)!)),
      others ? item(communityColour(communityColours.length), t('analysis.communityOther'), others) : null);
  };

  const show = (state: AppState) => {
    applyMeasures(cy(), measures, state.size, state.communities);
    if (!measures) return;
    status.textContent = t('analysis.summary', { n: measures.communities, q: measures.modularity.toFixed(3) });
    showKey(measures, state.communities);
    table.select(state.selected);
  };

  const load = async (state: AppState, k: string) => {
    controller?.abort();
    controller = new AbortController();
    loadedKey = k;
    measures = null;
    status.textContent = t('analysis.loading');
    try {
      const m = await ctx.api.measures(state.kind, { from: state.from, to: state.to, signal: controller.signal });
      if (loadedKey !== k) return;
      measures = m;
      table.show(m.nodes);
      show(ctx.state);
    } catch (error) {
      if (isAbort(error)) return;
      loadedKey = '';
      status.textContent = `${t('analysis.error')} ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  function update(state: AppState): void {
    size.value = state.size;
    communities.checked = state.communities;
    if (state.size !== shownSize) {
      shownSize = state.size;
      if (state.size !== 'weight') table.sortBy(state.size, true);
    }
    const whole = isWholeNetwork(state);
    size.disabled = communities.disabled = !whole;
    if (!whole) {
      clearMeasures(cy());
      status.textContent = t('analysis.wholeOnly');
      key.hidden = true;
      table.element.hidden = true;
      return;
    }
    table.element.hidden = false;
    if (state.size !== 'weight' || state.communities) element.open = true;
    if (!element.open) return;
    const k = measuresKey(state);
    if (k !== loadedKey) void load(state, k);
    else show(state);
  }

  if (ctx.state.size !== 'weight') table.sortBy(ctx.state.size, true);
  return { element, update };
}
