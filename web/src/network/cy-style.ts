// The network's Cytoscape stylesheet: shape and colour by entity type (entity-style.ts), node
// size by data.weight, edge width by weight, plus the selection, path and filter states.
import type cytoscape from 'cytoscape';
import { typeStyles } from '../entity-style.ts';
import { analysisStyle } from './analysis-style.ts';

/** Square-root scales, so a node with four times the weight has twice the size. */
export function sizeScales(cy: cytoscape.Core) {
  const maxNode = Math.max(1, ...cy.nodes().map((n) => Number(n.data('weight')) || 0));
  const maxEdge = Math.max(1, ...cy.edges().map((e) => Number(e.data('weight')) || 0));
  return {
    node: (w: number) => 18 + 42 * Math.sqrt(Math.max(0, w) / maxNode),
    edge: (w: number) => 1 + 7 * Math.sqrt(Math.max(0, w) / maxEdge),
  };
}

export function networkStyle(scales: () => ReturnType<typeof sizeScales>): cytoscape.StylesheetJson {
  const byType = Object.entries(typeStyles).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': s.colour, shape: s.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: (n: cytoscape.NodeSingular) => scales().node(Number(n.data('weight')) || 0),
        height: (n: cytoscape.NodeSingular) => scales().node(Number(n.data('weight')) || 0),
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...byType,
    {
      selector: 'edge',
      style: {
        width: (e: cytoscape.EdgeSingular) => scales().edge(Number(e.data('weight')) || 0),
        'line-color': '#8a939c',
        opacity: 0.7,
        'curve-style': 'bezier',
      },
    },
    ...analysisStyle,
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705', 'z-index': 10 } },
    { selector: 'node.keyboard', style: { 'overlay-color': '#f2b705', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1b1b1b' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.15 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#d4351c', 'z-index': 20 } },
    { selector: 'edge.on-path', style: { 'line-color': '#d4351c', opacity: 1, width: 5, 'z-index': 20 } },
  ];
}
