// Shows the shortest path between two entities: its elements are added if missing, marked
// `on-path`, everything else `dimmed`, and the view fits the path.
import type cytoscape from 'cytoscape';
import type { ViewContext } from '../view.ts';
import type { Graph } from './graph.ts';

export function clearPath(cy: cytoscape.Core): void {
  cy.elements().removeClass('on-path dimmed');
}

export async function showPath(
  ctx: ViewContext,
  graph: Graph,
  from: string,
  to: string,
  names: Map<string, string>,
  setStatus: (text: string) => void,
  prepare: () => void,
): Promise<void> {
  const { t } = ctx;
  setStatus(t('path.searching'));
  try {
    const result = await ctx.api.path(from, to);
    names.set(result.from.id, result.from.name);
    names.set(result.to.id, result.to.name);
    // The state may have moved on while the request ran.
    if (ctx.state.pathFrom !== from || ctx.state.pathTo !== to) return;
    await graph.merge(result.elements, from, prepare);
    const ids = new Set([...result.elements.nodes.map((n) => n.data.id), ...result.elements.edges.map((e) => e.data.id)]);
    const cy = graph.cy;
    cy.batch(() => {
      clearPath(cy);
      cy.elements().forEach((element) => void element.addClass(ids.has(element.id()) ? 'on-path' : 'dimmed'));
    });
    cy.fit(cy.elements('.on-path'), 60);
    setStatus(t('path.found', { from: result.from.name, to: result.to.name, n: result.length }));
  } catch (error) {
    clearPath(graph.cy);
    setStatus(`${t('path.none')} ${error instanceof Error ? error.message : String(error)}`);
  }
}
