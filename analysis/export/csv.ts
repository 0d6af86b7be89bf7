// CSV exports: nodes and edges tables (with metadata.json beside them), and the two-mode
// person × meeting incidence matrix with its metadata as `#` lines above the header.
import { describeMeta, edgeFields, metaFields, nodeFields } from './export-fields.ts';
import type { ExportMeta, IncidenceExport, NetworkExport } from './export-model.ts';
import { evidencePlace } from './export-model.ts';

/** RFC 4180, CRLF line ends; also quoted when it holds `#`, which a reader told comment="#" would cut at. */
function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n#]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const row = (cells: readonly (string | number | boolean | null)[]) => cells.map(cell).join(',');
const table = (rows: string[]) => `${rows.join('\r\n')}\r\n`;

/** A CSV text from rows of cells (the first row the header), as every export writes it. */
export const csvText = (rows: readonly (readonly (string | number | boolean | null)[])[]): string => table(rows.map(row));

export interface CsvFiles {
  readonly 'nodes.csv': string;
  readonly 'edges.csv': string;
  readonly 'metadata.json': string;
}

export function toCsvFiles(x: NetworkExport): CsvFiles {
  return {
    'nodes.csv': table([
      row(['id', ...nodeFields.map((f) => f.name)]),
      ...x.nodes.map((n) => row([n.id, ...nodeFields.map((f) => f.value(n))])),
    ]),
    'edges.csv': table([
      row(['id', 'source', 'target', ...edgeFields.map((f) => f.name)]),
      ...x.edges.map((e) => row([e.id, e.source, e.target, ...edgeFields.map((f) => f.value(e))])),
    ]),
    'metadata.json': metadataJson(x.meta),
  };
}

export function metadataJson(meta: ExportMeta): string {
  return `${JSON.stringify(Object.fromEntries(metaFields.map((f) => [f.name, f.name === 'corpus' ? meta.corpus : f.value(meta)])), null, 2)}\n`;
}

/**
 * Rows are people, columns meetings: 1 = recorded present, 0 = not (absent, or not listed).
 * The `#` lines say what made the file and where each meeting was recorded; read it with
 * pandas.read_csv(f, comment='#') or read.csv(f, comment.char = '#').
 */
export function toIncidenceCsv(x: IncidenceExport): string {
  const header = [
    ...describeMeta(x.meta),
    'cells: 1 = recorded present, 0 = not recorded present (recorded_absent lists recorded absences)',
    ...x.meetings.map((m) => `meeting ${m.id}: ${m.date ?? 'undated'} | ${m.title} | ${m.document ?? 'no document'}`),
  ].map((l) => `# ${l.replace(/[\r\n]+/g, ' ')}`);
  return table([
    ...header,
    row(['person_id', 'person_label', ...x.meetings.map((m) => m.id), 'recorded_absent', 'sources', 'quotes']),
    ...x.people.map((p) => row([
      p.id, p.label,
      ...x.meetings.map((m) => (p.present.includes(m.id) ? 1 : 0)),
      JSON.stringify(p.absent),
      JSON.stringify(p.evidence.map(evidencePlace)),
      JSON.stringify(p.evidence.map((e) => e.text)),
    ])),
  ]);
}
