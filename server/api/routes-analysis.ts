// The researchers' routes: network measures, two periods compared, and exports to save.
import { compareGroup, compareNetwork } from './handlers/analysis-compare.ts';
import { exportFile } from './handlers/analysis-export.ts';
import { networkMeasures } from './handlers/analysis-measures.ts';
import { defineRoute, type Route } from './route.ts';
import { IdParams } from './shapes.ts';
import * as A from './shapes-analysis.ts';

export const analysisRoutes: readonly Route[] = [
  defineRoute({
    path: '/api/networks/:kind/measures',
    tag: 'analysis',
    summary: 'Degree, weighted degree, betweenness and (seeded) Louvain community of every node of a network over a period; the number of communities and the modularity',
    params: A.AnalysisNetworkParams,
    query: A.MeasuresQuery,
    response: A.NetworkMeasures,
    handle: (ctx, input) => networkMeasures(ctx, input),
  }),
  defineRoute({
    path: '/api/networks/:kind/compare',
    tag: 'analysis',
    summary: 'Two periods of a network (A: aFrom–aTo, B: bFrom–bTo): nodes joined and left, ties appeared, disappeared and persisted, and the union as Cytoscape elements marked diff = added | removed | kept',
    params: A.AnalysisNetworkParams,
    query: A.CompareQuery,
    response: A.NetworkComparison,
    handle: (ctx, input) => compareNetwork(ctx, input),
  }),
  defineRoute({
    path: '/api/groups/:id/compare',
    tag: 'analysis',
    summary: "Two periods of a group's meetings: who joined, who left and who stayed (recorded present), with meetings attended in each",
    params: IdParams,
    query: A.CompareQuery,
    response: A.GroupComparison,
    handle: (ctx, input) => compareGroup(ctx, input),
  }),
  defineRoute({
    path: '/api/exports/:format',
    tag: 'analysis',
    summary: 'A network (or the person × meeting incidence) as a file to save: GraphML, GEXF, CSV (one of nodes, edges, metadata), incidence CSV or Cytoscape JSON, with provenance and the corpus',
    params: A.ExportParams,
    query: A.ExportQuery,
    response: A.ExportFile,
    handle: (ctx, input) => exportFile(ctx, input),
    // Sent as the file itself (Content-Disposition: attachment), not as JSON.
    file: (body) => ({ name: body.fileName, type: body.contentType, content: body.content }),
  }),
] as Route[];
