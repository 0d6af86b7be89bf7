// GET /api/exports/:format: one export file (analysis/export/render-export.ts) to save. CSV is
// three files (nodes, edges, metadata); `file` picks one, so no archive is needed.
import { defaultFileName, renderExport, type ExportFormat, type ExportRequest } from '../../../analysis/export/render-export.ts';
import type { NetworkKind } from '../../../analysis/network-data.ts';
import { ApiError } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import { csvFiles, exportFormatNames, type ExportFile } from '../shapes-analysis.ts';

// The contract's list and the renderer's must name the same formats.
const sameFormats: Record<ExportFormat, (typeof exportFormatNames)[number]> = { graphml: 'graphml', gexf: 'gexf', csv: 'csv', incidence: 'incidence', json: 'json' };
void sameFormats;

type CsvFile = (typeof csvFiles)[number];

const contentTypes: Record<Exclude<ExportFormat, 'csv'>, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  incidence: 'text/csv',
  json: 'application/json',
};
const csvParts = {
  nodes: { name: 'nodes.csv', type: 'text/csv' },
  edges: { name: 'edges.csv', type: 'text/csv' },
  metadata: { name: 'metadata.json', type: 'application/json' },
} as const satisfies Record<CsvFile, { name: string; type: string }>;

interface ExportInput {
  readonly params: { format: ExportFormat };
  readonly query: { network?: NetworkKind | undefined; from?: string | undefined; to?: string | undefined; pseudonymise: boolean; file?: CsvFile | undefined };
}

const bad = (field: string, message: string) => new ApiError(400, 'bad_request', `query parameter '${field}': ${message}`);

export async function exportFile({ gateway }: RouteContext, { params, query }: ExportInput): Promise<ExportFile> {
  const { format } = params;
  if (format !== 'incidence' && !query.network) throw bad('network', `the ${format} export needs a network: co-attendance, organisations or person-project`);
  if (format === 'csv' && !query.file) throw bad('file', `the csv export is three files; choose one of ${csvFiles.join(', ')}`);
  if (format !== 'csv' && query.file) throw bad('file', `only the csv export has several files`);
  const request: ExportRequest = {
    format,
    network: format === 'incidence' ? null : query.network!,
    period: { from: query.from ?? null, to: query.to ?? null },
    pseudonymise: query.pseudonymise,
  };
  const files = await renderExport(gateway, request);
  if (format === 'csv') {
    const part = csvParts[query.file!];
    return { fileName: `${defaultFileName(request)}-${part.name}`, contentType: part.type, content: files[part.name]! };
  }
  const name = defaultFileName(request);
  return { fileName: name, contentType: contentTypes[format], content: files[name]! };
}
