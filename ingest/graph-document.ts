// From a resolved document to the nodes and facts it contributes to the graph, with provenance.
import { createHash } from 'node:crypto';
import { entityId, entityLabels, meetingId, meetingSortDate, type EntityType, type NodeLabel } from '../cypher/model.ts';
import type { DocumentExtraction } from './extract/context.ts';
import { extractorVersion } from './extract/extract-document.ts';
import type { ResolvedDocument } from './resolve/resolved.ts';
import type { GraphDocument, GraphFact, GraphNode, SourceDocument, Span } from './types.ts';

type Ref = { label: NodeLabel; id: string };

export function buildGraphDocument(source: SourceDocument, extraction: DocumentExtraction, resolved: ResolvedDocument): GraphDocument {
  const nodes = new Map<string, GraphNode>();
  const facts: GraphFact[] = [];
  const doc = source.id;
  const byName = new Map(resolved.entities.map((e) => [`${e.type}|${e.name}`, e]));
  const entity = (type: EntityType, name: string): Ref => {
    const ref = { label: entityLabels[type], id: entityId(type, name) };
    if (!nodes.has(ref.id)) {
      const known = byName.get(`${type}|${name}`);
      const props: Record<string, string | boolean | readonly string[] | null> = { name, aliases: [...(known?.aliases ?? [])] };
      if (type === 'organisation') {
        props.category = known?.category ?? null;
        props.categoryInferred = known?.categoryInferred ?? false;
      }
      nodes.set(ref.id, { ...ref, props });
    }
    return ref;
  };
  const fact = (type: GraphFact['type'], from: Ref, to: Ref, span: Span | null, props: Record<string, string | boolean | null> = {}) =>
    facts.push({ type, from, to, props: { ...props, doc, start: span?.start ?? null, end: span?.end ?? null } });

  const m = resolved.meeting;
  const meeting: Ref = { label: 'Meeting', id: meetingId(doc) };
  nodes.set(meeting.id, { ...meeting, props: { title: m.title, date: m.date, dateCertainty: m.dateCertainty, dateFrom: m.dateFrom, dateTo: m.dateTo, sortDate: meetingSortDate(m) } });
  fact('RECORDED_IN', meeting, { label: 'Document', id: doc }, null);
  if (m.group) fact('HELD', entity('group', m.group), meeting, m.groupSpan);

  for (const a of resolved.attendees) {
    const role = a.name === resolved.minuteTaker ? 'minute-taker' : a.role;
    fact('ATTENDED', entity('person', a.name), meeting, a, { present: a.present, role });
  }
  for (const e of resolved.entities) {
    const ref = entity(e.type, e.name);
    for (const mention of e.mentions) fact('MENTIONS', { label: 'Document', id: doc }, ref, mention, { text: mention.text });
  }
  for (const ms of resolved.memberships) fact('MEMBER_OF', entity('person', ms.person), entity('organisation', ms.organisation), ms, { role: ms.role, cue: ms.cue });
  for (const r of resolved.projectRoles) fact('WORKS_ON', entity('person', r.person), entity('project', r.project), r, { role: r.role });
  for (const d of resolved.discussed) fact('DISCUSSED', meeting, entity(d.type, d.name), d, { section: d.section });

  const sortedNodes = [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
  const factsHash = createHash('sha256')
    .update(JSON.stringify({ extractorVersion, path: source.path, nodes: sortedNodes, facts }))
    .digest('hex');
  return { document: source, nodes: sortedNodes, facts, factsHash, extractionJson: JSON.stringify(extraction), extractorVersion };
}
