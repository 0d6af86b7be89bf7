// The columns of every export, declared once: GraphML keys, GEXF attributes, CSV headers and
// the Cytoscape JSON all come from these lists, so no format drops a provenance field.
import type { ExportEdge, ExportMeta, ExportNode } from './export-model.ts';
import { evidencePlace } from './export-model.ts';

export type FieldType = 'string' | 'double' | 'boolean';
type Value = string | number | boolean | null;

export interface Field<T> {
  readonly name: string;
  readonly type: FieldType;
  readonly value: (item: T) => Value;
}

// Lists (documents, meetings, quotes) are JSON arrays in one column: unambiguous whatever the
// text holds, and one json.loads / jsonlite::fromJSON away in Python or R.
const list = (xs: readonly string[]): string => JSON.stringify(xs);

export const nodeFields: readonly Field<ExportNode>[] = [
  { name: 'label', type: 'string', value: (n) => n.label },
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'category', type: 'string', value: (n) => n.category },
  { name: 'weight', type: 'double', value: (n) => n.weight },
  { name: 'first', type: 'string', value: (n) => n.first },
  { name: 'last', type: 'string', value: (n) => n.last },
  { name: 'documents', type: 'string', value: (n) => list(n.documents) },
];

export const edgeFields: readonly Field<ExportEdge>[] = [
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'weight', type: 'double', value: (e) => e.weight },
  { name: 'first', type: 'string', value: (e) => e.first },
  { name: 'last', type: 'string', value: (e) => e.last },
  { name: 'meetings', type: 'string', value: (e) => list(e.meetings) },
  { name: 'projects', type: 'string', value: (e) => list(e.projects) },
  { name: 'documents', type: 'string', value: (e) => list(e.documents) },
  { name: 'sources', type: 'string', value: (e) => list(e.evidence.map(evidencePlace)) },
  { name: 'quotes', type: 'string', value: (e) => list(e.evidence.map((x) => x.text)) },
];

export const metaFields: readonly Field<ExportMeta>[] = [
  { name: 'tool', type: 'string', value: (m) => m.tool },
  { name: 'version', type: 'string', value: (m) => m.version },
  { name: 'network', type: 'string', value: (m) => m.network },
  { name: 'from', type: 'string', value: (m) => m.from },
  { name: 'to', type: 'string', value: (m) => m.to },
  { name: 'pseudonymised', type: 'boolean', value: (m) => m.pseudonymised },
  { name: 'corpus', type: 'string', value: (m) => JSON.stringify(m.corpus) },
];

/** The header lines every format shows a human reader: what made the file, from which corpus. */
export function describeMeta(m: ExportMeta): string[] {
  const period = m.from || m.to ? `${m.from ?? '…'} to ${m.to ?? '…'}` : 'all dates';
  return [
    `${m.tool} ${m.version}: ${m.network ?? 'person × meeting incidence'}, ${period}${m.pseudonymised ? ', people pseudonymised' : ''}`,
    `corpus: ${m.corpus.length} document(s)`,
    ...m.corpus.map((d) => `${d.sha256}  ${d.path}`),
  ];
}
