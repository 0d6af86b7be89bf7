// Gathers an export's data through the gateway: the network as the API gives it, each edge's
// provenance, each node's documents, and the corpus the graph was built from.
import { readFileSync } from 'node:fs';
import type { Gateway } from '../../cypher/gateway.ts';
import type { QuotedSourceRow, ReadQueryName } from '../../cypher/registry.ts';
import { edgeId } from '../../server/api/handlers/elements.ts';
import { compare } from '../network-graph.ts';
import { fetchNetwork, type NetworkKind, type Period } from '../network-data.ts';
import type { Evidence, ExportMeta, ExportNode, IncidenceExport, NetworkExport } from './export-model.ts';

const provenanceQueries = {
  'co-attendance': 'list-co-attendance-provenance',
  organisations: 'list-organisation-provenance',
  'person-project': 'list-person-project-provenance',
} as const satisfies Record<NetworkKind, ReadQueryName>;

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

async function exportMeta(gateway: Gateway, network: NetworkKind | null, period: Period): Promise<ExportMeta> {
  const corpus = (await gateway.read('list-corpus-documents', {})).map(({ path, sha256 }) => ({ path, sha256 }));
  return { tool: packageJson.name, version: packageJson.version, network, from: period.from, to: period.to, pseudonymised: false, corpus };
}

const sorted = (xs: readonly string[]) => [...new Set(xs)].sort(compare);

/** Spans with text, in document order; facts without a span have no quote to give. */
function evidenceOf(sources: readonly QuotedSourceRow[]): Evidence[] {
  return sources
    .filter((s): s is Evidence => s.path !== null && s.start !== null && s.end !== null && s.text !== null)
    .map(({ path, start, end, text }) => ({ path, start, end, text }))
    .sort((a, b) => compare(a.path, b.path) || a.start - b.start || a.end - b.end);
}

export async function gatherNetworkExport(gateway: Gateway, kind: NetworkKind, period: Period): Promise<NetworkExport> {
  const elements = await fetchNetwork(gateway, kind, period);
  const ids = elements.nodes.map((n) => n.data.id);
  const [provenance, nodeDocs, meta] = await Promise.all([
    gateway.read(provenanceQueries[kind], { from: period.from, to: period.to }),
    gateway.read('list-node-documents', { ids, from: period.from, to: period.to }),
    exportMeta(gateway, kind, period),
  ]);
  const byEdge = new Map(provenance.map((p) => [edgeId(p), p]));
  const docsOf = new Map(nodeDocs.map((d) => [d.id, d.documents]));
  const edges = elements.edges.map(({ data: e }) => {
    const p = byEdge.get(e.id);
    return {
      ...e,
      meetings: sorted(p?.meetings ?? []),
      projects: sorted(p && 'projects' in p ? (p.projects as string[]) : []),
      documents: sorted(p?.documents ?? []),
      evidence: evidenceOf(p?.sources ?? []),
    };
  });
  // A node's spell runs from the first to the last date of its ties in this network.
  const spell = new Map<string, { first: string | null; last: string | null }>();
  for (const e of edges) for (const id of [e.source, e.target]) {
    const s = spell.get(id) ?? { first: null, last: null };
    if (e.first !== null && (s.first === null || e.first < s.first)) s.first = e.first;
    if (e.last !== null && (s.last === null || e.last > s.last)) s.last = e.last;
    spell.set(id, s);
  }
  const nodes = elements.nodes.map(({ data: n }): ExportNode => ({
    id: n.id, label: n.label, type: n.type, category: n.category, weight: n.weight,
    first: spell.get(n.id)?.first ?? null, last: spell.get(n.id)?.last ?? null,
    documents: sorted(docsOf.get(n.id) ?? []),
  }));
  return { meta, nodes, edges };
}

export async function gatherIncidenceExport(gateway: Gateway, period: Period): Promise<IncidenceExport> {
  const [rows, meta] = await Promise.all([
    gateway.read('list-attendance-incidence', { from: period.from, to: period.to }),
    exportMeta(gateway, null, period),
  ]);
  const meetings = new Map<string, IncidenceExport['meetings'][number]>();
  const people = new Map<string, { id: string; label: string; present: string[]; absent: string[]; sources: QuotedSourceRow[] }>();
  for (const r of rows) {
    meetings.set(r.meeting, { id: r.meeting, title: r.title ?? '', date: r.date, document: r.source.path });
    const p = people.get(r.person) ?? { id: r.person, label: r.name, present: [], absent: [], sources: [] };
    (r.present ? p.present : p.absent).push(r.meeting);
    p.sources.push(r.source);
    people.set(r.person, p);
  }
  return {
    meta,
    // Undated meetings last; rows come ordered by date already, which Map keeps.
    meetings: [...meetings.values()],
    people: [...people.values()]
      .sort((a, b) => compare(a.id, b.id))
      .map(({ sources, present, absent, ...p }) => ({ ...p, present: sorted(present), absent: sorted(absent), evidence: evidenceOf(sources) })),
  };
}
