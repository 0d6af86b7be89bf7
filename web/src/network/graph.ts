// The Cytoscape instance of the network view: creation, loading elements, merging an
// expansion, running the fcose layout. Publishes window.__minutesGraph.cy and
// body[data-network-ready] for tests (false while loading, true after each layout stops).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Elements } from '../../../server/api/shapes.ts';
import { networkStyle, sizeScales } from './cy-style.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

declare module 'cytoscape' {
  interface Core {
    /** From cytoscape-svg: the graph as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

declare global {
  interface Window {
    __minutesGraph?: { cy: cytoscape.Core | null };
  }
}

/** From this many elements (nodes + edges) the network is drawn with WebGL (cytoscape ≥ 3.31) where the browser has WebGL 2. */
export const webglThreshold = 1500;
/** From this many visible elements fcose runs its `draft` quality (spectral placement, no force refinement): 5× faster. */
export const draftLayoutThreshold = 1500;

const hasWebgl2 = (() => {
  let known: boolean | null = null;
  return () => (known ??= !!document.createElement('canvas').getContext('webgl2'));
})();

export function setReady(ready: boolean): void {
  document.body.dataset.networkReady = String(ready);
}

export interface Graph {
  /** The current instance: `replace` makes a new one when the network crosses webglThreshold. */
  readonly cy: cytoscape.Core;
  /** Replaces all elements and lays them out afresh; `prepare` runs before the layout (filters). */
  replace(elements: Elements, prepare?: () => void): Promise<void>;
  /** Adds elements not yet shown, placed near `near`, and lays out again from the current positions. */
  merge(elements: Elements, near?: string, prepare?: () => void): Promise<void>;
  /** Lays out the visible elements again, starting from where they are. */
  relayout(): Promise<void>;
  destroy(): void;
}

/** Adds the nodes not yet in `cy` (at `at` when given), then the edges whose ends exist. */
function addMissing(cy: cytoscape.Core, elements: Elements, at?: cytoscape.Position): void {
  const missing = (id: string) => cy.getElementById(id).empty();
  cy.add(elements.nodes.filter((n) => missing(n.data.id)).map((n) => ({
    group: 'nodes' as const,
    data: { ...n.data },
    position: at ? { x: at.x + Math.random() * 40 - 20, y: at.y + Math.random() * 40 - 20 } : undefined,
  })));
  cy.add(elements.edges
    .filter((e) => missing(e.data.id) && !missing(e.data.source) && !missing(e.data.target))
    .map((e) => ({ group: 'edges' as const, data: { ...e.data } })));
}

/** `setup` runs on each new Cytoscape instance (event handlers): the renderer is chosen when one is made. */
export function createGraph(container: HTMLElement, setup: (cy: cytoscape.Core) => void = () => {}): Graph {
  let scales: ReturnType<typeof sizeScales> | null = null;
  let webgl = false;
  const create = (): cytoscape.Core => {
    const made: cytoscape.Core = cytoscape({
      container,
      style: networkStyle((): ReturnType<typeof sizeScales> => (scales ??= sizeScales(made))),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 6,
      selectionType: 'single',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    window.__minutesGraph = { cy: made };
    setup(made);
    return made;
  };
  let cy = create();
  /** A new instance when the renderer the network needs is not the one it has. */
  const fitRenderer = (elements: Elements) => {
    const want = elements.nodes.length + elements.edges.length >= webglThreshold && hasWebgl2();
    if (want === webgl) return;
    webgl = want;
    cy.destroy();
    cy = create();
  };

  const layout = (randomize: boolean) =>
    new Promise<void>((resolve) => {
      scales = null;
      cy.style().update();
      const visible = cy.elements(':visible');
      if (visible.nodes().length === 0) {
        setReady(true);
        resolve();
        return;
      }
      const big = visible.length >= draftLayoutThreshold;
      const run = visible.layout({
        name: 'fcose',
        randomize,
        animate: false,
        quality: big ? 'draft' : 'default',
        nodeDimensionsIncludeLabels: !big,
        packComponents: true,
        idealEdgeLength: 120,
        nodeRepulsion: 45000,
        edgeElasticity: 0.3,
        nodeSeparation: 90,
        padding: 30,
      } as cytoscape.LayoutOptions);
      run.one('layoutstop', () => {
        setReady(true);
        resolve();
      });
      try {
        run.run();
      } catch (error) {
        // A failed layout must not leave tests (and the status) waiting forever.
        console.error(error);
        setReady(true);
        resolve();
      }
    });

  return {
    get cy() {
      return cy;
    },
    async replace(elements, prepare) {
      setReady(false);
      fitRenderer(elements);
      cy.batch(() => {
        cy.elements().remove();
        addMissing(cy, elements);
      });
      prepare?.();
      await layout(true);
    },
    async merge(elements, near, prepare) {
      setReady(false);
      const center = near ? cy.getElementById(near) : null;
      const at = center && center.nonempty() ? center.position() : { x: 0, y: 0 };
      cy.batch(() => addMissing(cy, elements, at));
      prepare?.();
      await layout(false);
    },
    async relayout() {
      setReady(false);
      await layout(false);
    },
    destroy() {
      cy.destroy();
      if (window.__minutesGraph?.cy === cy) window.__minutesGraph = { cy: null };
    },
  };
}
