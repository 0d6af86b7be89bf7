// Cytoscape JSON (the .cyjs of Cytoscape desktop, and cy.json() elements for Cytoscape.js):
// the elements as the API gives them, with provenance in each element's data and the metadata
// in the network's data.
import { metadataJson } from './csv.ts';
import type { NetworkExport } from './export-model.ts';

export function toCytoscapeJson(x: NetworkExport): string {
  const doc = {
    format_version: '1.0',
    generated_by: `${x.meta.tool}-${x.meta.version}`,
    target_cytoscapejs_version: '~3',
    data: { name: `${x.meta.tool} ${x.meta.network ?? ''}`.trim(), ...JSON.parse(metadataJson(x.meta)) },
    elements: {
      nodes: x.nodes.map((n) => ({ data: { ...n } })),
      edges: x.edges.map(({ evidence, ...e }) => ({ data: { ...e, evidence } })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
