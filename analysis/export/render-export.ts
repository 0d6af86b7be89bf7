// One export, from request to file contents: gathers the data, pseudonymises it when asked,
// and serialises it in the chosen format. Writing the files is the caller's business.
import type { Gateway } from '../../cypher/gateway.ts';
import type { NetworkKind, Period } from '../network-data.ts';
import { toCsvFiles, toIncidenceCsv } from './csv.ts';
import { toCytoscapeJson } from './cytoscape-json.ts';
import { toGexf } from './gexf.ts';
import { gatherIncidenceExport, gatherNetworkExport } from './gather-export.ts';
import { toGraphml } from './graphml.ts';
import { pseudonymiseIncidence, pseudonymiseNetwork } from './pseudonymise.ts';

export const exportFormats = ['graphml', 'gexf', 'csv', 'incidence', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Required for every format but the incidence, which is people × meetings whatever the network. */
  readonly network: NetworkKind | null;
  readonly period: Period;
  readonly pseudonymise: boolean;
}

/** File name → content. `csv` gives three files; the other formats one. */
export type ExportFiles = Readonly<Record<string, string>>;

const extensions = { graphml: 'graphml', gexf: 'gexf', json: 'cyjs', incidence: 'csv', csv: null } as const;

export function defaultFileName(request: ExportRequest): string {
  const what = request.format === 'incidence' ? 'person-meeting-incidence' : request.network;
  const period = request.period.from || request.period.to ? `-${request.period.from ?? 'start'}_${request.period.to ?? 'end'}` : '';
  const ext = extensions[request.format];
  return `${what}${period}${request.pseudonymise ? '-pseudonymised' : ''}${ext ? `.${ext}` : ''}`;
}

export async function renderExport(gateway: Gateway, request: ExportRequest): Promise<ExportFiles> {
  const people = request.pseudonymise ? await gateway.read('list-person-names', {}) : [];
  if (request.format === 'incidence') {
    const data = await gatherIncidenceExport(gateway, request.period);
    return { [defaultFileName(request)]: toIncidenceCsv(request.pseudonymise ? pseudonymiseIncidence(data, people) : data) };
  }
  if (request.network === null) throw new Error(`the ${request.format} export needs a network`);
  const gathered = await gatherNetworkExport(gateway, request.network, request.period);
  const data = request.pseudonymise ? pseudonymiseNetwork(gathered, people) : gathered;
  switch (request.format) {
    case 'graphml': return { [defaultFileName(request)]: toGraphml(data) };
    case 'gexf': return { [defaultFileName(request)]: toGexf(data) };
    case 'json': return { [defaultFileName(request)]: toCytoscapeJson(data) };
    case 'csv': return { ...toCsvFiles(data) };
  }
}
