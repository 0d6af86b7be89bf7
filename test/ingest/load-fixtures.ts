// Hand-made GraphDocuments for the load tests: three tiny minutes that share a person (Bo),
// an organisation (Ria) and a group, so that loads and re-loads overlap.
import { createHash } from 'node:crypto';
import type { GraphDocument, GraphFact, GraphNode } from '../../ingest/types.ts';
import type { NodeLabel, RelationshipType } from '../../cypher/model.ts';
import { canonicalJson } from '../../ingest/load-plan.ts';

export const bo: GraphNode = { label: 'Person', id: 'person:bo pettersson', props: { name: 'Bo Pettersson', aliases: ['Bosse Pettersson'] } };
export const anna: GraphNode = { label: 'Person', id: 'person:anna svensson', props: { name: 'Anna Svensson', aliases: [] } };
export const karin: GraphNode = { label: 'Person', id: 'person:karin ek', props: { name: 'Karin Ek', aliases: [] } };
export const ria: GraphNode = { label: 'Organisation', id: 'organisation:ria', props: { name: 'Ria', aliases: [], category: 'user-organisation' } };
export const group: GraphNode = { label: 'Group', id: 'group:gemensam utvecklingsgrupp', props: { name: 'Gemensam utvecklingsgrupp', aliases: ['GUG'] } };
export const project: GraphNode = { label: 'Project', id: 'project:brukarrevision', props: { name: 'Brukarrevision', aliases: [] } };

const meeting = (id: string, date: string): GraphNode => ({
  label: 'Meeting',
  id,
  props: { title: `Gemensam utvecklingsgrupp ${date}`, date, dateCertainty: 'stated', dateFrom: null, dateTo: null, sortDate: date },
});

type End = Pick<GraphNode, 'label' | 'id'>;
const end = (node: End) => ({ label: node.label as NodeLabel, id: node.id });

/** Builds facts of one document, each with its provenance. */
export function factsOf(doc: string) {
  const fact = (type: RelationshipType, from: End, to: End, props: Record<string, string | number | boolean | null> = {}, span?: [number, number]): GraphFact => ({
    type,
    from: end(from),
    to: end(to),
    props: { ...props, doc, start: span?.[0] ?? null, end: span?.[1] ?? null },
  });
  return fact;
}

export function graphDocument(id: string, path: string, text: string, nodes: GraphNode[], facts: GraphFact[]): GraphDocument {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return {
    document: { id, path, format: 'text', sha256, text },
    nodes,
    facts,
    factsHash: createHash('sha256').update(canonicalJson({ nodes, facts })).digest('hex').slice(0, 16),
    extractionJson: JSON.stringify({ source: path, entities: nodes.map((n) => n.id) }),
    extractorVersion: 'test-1',
  };
}

const textA = 'Närvarande: Bo Pettersson (Ria), Anna Svensson (ordf). Vid pennan: Anna.';
const textB = 'Närvarande: Bo Pettersson, Karin Ek. Ria deltar i Brukarrevision.';
const textC = 'Gemensam utvecklingsgrupp. Bo Pettersson hälsade välkommen.';

export function docA(): GraphDocument {
  const id = 'doc:aaaa000000000001';
  const m = meeting('meeting:2016-04-04 gemensam utvecklingsgrupp', '2016-04-04');
  const self = { label: 'Document', id } as const;
  const f = factsOf(id);
  return graphDocument(id, 'seeds/a.txt', textA, [bo, anna, ria, group, m], [
    f('RECORDED_IN', m, self),
    f('HELD', group, m),
    f('ATTENDED', bo, m, { present: true, role: null }, [12, 25]),
    f('ATTENDED', anna, m, { present: true, role: 'chair' }, [33, 46]),
    f('MEMBER_OF', bo, ria, { role: null }, [12, 31]),
    f('MENTIONS', self, bo, { text: 'Bo Pettersson' }, [12, 25]),
    f('MENTIONS', self, ria, { text: 'Ria' }, [27, 30]),
    f('MENTIONS', self, anna, { text: 'Anna Svensson' }, [33, 46]),
  ]);
}

export function docB(): GraphDocument {
  const id = 'doc:bbbb000000000002';
  const m = meeting('meeting:2016-05-02 gemensam utvecklingsgrupp', '2016-05-02');
  const self = { label: 'Document', id } as const;
  const f = factsOf(id);
  return graphDocument(id, 'seeds/b.txt', textB, [bo, karin, ria, group, project, m], [
    f('RECORDED_IN', m, self),
    f('HELD', group, m),
    f('ATTENDED', bo, m, { present: true, role: null }, [12, 25]),
    f('ATTENDED', karin, m, { present: true, role: null }, [27, 35]),
    f('TAKES_PART_IN', ria, project, {}, [37, 65]),
    f('WORKS_ON', karin, project, { role: null }),
    f('DISCUSSED', m, project, { section: '3' }, [51, 65]),
    f('MENTIONS', self, bo, { text: 'Bo Pettersson' }, [12, 25]),
    f('MENTIONS', self, ria, { text: 'Ria' }, [37, 40]),
  ]);
}

export function docC(): GraphDocument {
  const id = 'doc:cccc000000000003';
  const self = { label: 'Document', id } as const;
  const f = factsOf(id);
  return graphDocument(id, 'seeds/c.txt', textC, [bo, group], [
    f('MENTIONS', self, group, { text: 'Gemensam utvecklingsgrupp' }, [0, 25]),
    f('MENTIONS', self, bo, { text: 'Bo Pettersson' }, [27, 40]),
  ]);
}

/** Document A again under the same id, re-resolved: Anna is gone and Bo is now the chair. */
export function docAChanged(): GraphDocument {
  const a = docA();
  const id = a.document.id;
  const m = a.nodes.find((n) => n.label === 'Meeting')!;
  const self = { label: 'Document', id } as const;
  const f = factsOf(id);
  return graphDocument(id, a.document.path, a.document.text, [bo, ria, group, m], [
    f('RECORDED_IN', m, self),
    f('HELD', group, m),
    f('ATTENDED', bo, m, { present: true, role: 'chair' }, [12, 25]),
    f('MEMBER_OF', bo, ria, { role: 'ordförande' }, [12, 31]),
    f('MENTIONS', self, bo, { text: 'Bo Pettersson' }, [12, 25]),
  ]);
}
