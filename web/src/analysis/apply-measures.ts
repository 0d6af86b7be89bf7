// Puts a network's measures on the drawn nodes: size by the chosen measure (square-root scale,
// as cy-style.ts does for weight) and colour by Louvain community. Classes switch it on and off.
import type cytoscape from 'cytoscape';
import type { NetworkMeasures, NodeMeasures } from '../../../server/api/shapes-analysis.ts';
import { communityColours, otherCommunityColour } from '../network/analysis-style.ts';
import type { SizeMeasure } from '../state.ts';

export type Measure = Exclude<SizeMeasure, 'weight'>;

export const communityColour = (community: number): string => communityColours[community] ?? otherCommunityColour;

export function clearMeasures(cy: cytoscape.Core): void {
  cy.nodes().removeClass('measured community');
}

export function applyMeasures(cy: cytoscape.Core, measures: NetworkMeasures | null, size: SizeMeasure, communities: boolean): void {
  cy.batch(() => {
    clearMeasures(cy);
    if (!measures) return;
    const byId = new Map(measures.nodes.map((n) => [n.id, n]));
    const measure = size === 'weight' ? null : size;
    const max = measure ? Math.max(0, ...measures.nodes.map((n) => n[measure])) : 0;
    cy.nodes().forEach((node) => {
      const m: NodeMeasures | undefined = byId.get(node.id());
      if (!m) return;
      if (measure) {
        // Zero betweenness (a leaf) still draws a node that can be seen and clicked.
        node.data('msize', 14 + 46 * Math.sqrt(max > 0 ? m[measure] / max : 0));
        node.addClass('measured');
      }
      if (communities) {
        node.data('mcolour', communityColour(m.community));
        node.addClass('community');
      }
    });
  });
}
