// The console's result as a small graph: the nodes and relationships the rows contain, drawn by
// Cytoscape (its built-in cose layout) with the network's colours and shapes per entity type.
import cytoscape from 'cytoscape';
import type { ConsoleElements } from '../../../server/console/shapes.ts';
import { typeStyles } from '../entity-style.ts';

export interface ConsoleGraph {
  destroy(): void;
}

const byType = Object.entries(typeStyles).map(([type, s]) => ({
  selector: `node[type = "${type}"]`,
  style: { 'background-color': s.colour, shape: s.shape },
}));

export function drawConsoleGraph(container: HTMLElement, elements: ConsoleElements, onNode: (key: string) => void): ConsoleGraph {
  const cy = cytoscape({
    container,
    elements: [
      ...elements.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n.data } })),
      ...elements.edges.map((e) => ({ group: 'edges' as const, data: { ...e.data } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': '#8a949c',
          width: 22,
          height: 22,
          'font-size': 10,
          'font-family': 'system-ui, sans-serif',
          'text-valign': 'bottom',
          'text-margin-y': 2,
          'text-wrap': 'ellipsis',
          'text-max-width': '120px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
        },
      },
      ...byType,
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#9aa3ab',
          'target-arrow-color': '#9aa3ab',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 8,
          color: '#4a5560',
          'text-rotation': 'autorotate',
        },
      },
    ],
    layout: { name: elements.nodes.length > 1 ? 'cose' : 'grid', animate: false, padding: 20 } as cytoscape.LayoutOptions,
    minZoom: 0.1,
    maxZoom: 3,
  });
  cy.on('tap', 'node', (event) => {
    const key = event.target.data('key') as string | null;
    if (key && event.target.data('type') !== 'document') onNode(key);
  });
  return { destroy: () => cy.destroy() };
}
