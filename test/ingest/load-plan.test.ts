import { describe, expect, it } from 'vitest';
import { findInconsistentNodes, planDocumentLoad } from '../../ingest/load-plan.ts';
import type { GraphDocument } from '../../ingest/types.ts';
import { bo, docA, docB, factsOf, graphDocument, karin } from './load-fixtures.ts';

describe('planDocumentLoad', () => {
  it('groups node rows by label and fact rows by type and end label, in sorted order', () => {
    const plan = planDocumentLoad(docA());
    expect(plan.nodes.map((group) => group.label)).toEqual(['Group', 'Meeting', 'Organisation', 'Person']);
    expect(plan.nodes.find((group) => group.label === 'Person')!.rows.map((row) => row.id)).toEqual([
      'person:anna svensson',
      'person:bo pettersson',
    ]);
    expect(plan.facts.map((group) => [group.type, group.toLabel, group.rows.length])).toEqual([
      ['ATTENDED', 'Meeting', 2], ['HELD', 'Meeting', 1], ['MEMBER_OF', 'Organisation', 1],
      ['MENTIONS', 'Organisation', 1], ['MENTIONS', 'Person', 2], ['RECORDED_IN', 'Document', 1],
    ]);
  });

  it('puts the id into every node row and the provenance into every fact row', () => {
    const plan = planDocumentLoad(docA());
    const person = plan.nodes.find((group) => group.label === 'Person')!.rows[1]!;
    expect(person.props).toEqual({ id: 'person:bo pettersson', name: 'Bo Pettersson', aliases: ['Bosse Pettersson'] });
    const mention = plan.facts.find((group) => group.type === 'MENTIONS' && group.toLabel === 'Person')!.rows[0]!;
    expect(mention).toEqual({
      from: 'doc:aaaa000000000001', to: 'person:bo pettersson',
      props: { text: 'Bo Pettersson', doc: 'doc:aaaa000000000001', start: 12, end: 25 },
    });
  });

  it('refuses a fact that joins a node the document does not define, naming it', () => {
    const a = docA();
    const broken: GraphDocument = { ...a, facts: [...a.facts, factsOf(a.document.id)('WORKS_ON', bo, { label: 'Project', id: 'project:x' })] };
    expect(() => planDocumentLoad(broken)).toThrow(/doc:aaaa000000000001.*WORKS_ON fact person:bo pettersson -> project:x joins Project project:x/);
  });

  it('refuses ends the model does not allow and facts of another document', () => {
    const a = docA();
    const f = factsOf(a.document.id);
    expect(() => planDocumentLoad({ ...a, facts: [f('ATTENDED', bo, bo)] })).toThrow(/ATTENDED .* ends at a Person/);
    expect(() => planDocumentLoad({ ...a, facts: [factsOf('doc:other')('MEMBER_OF', bo, a.nodes[2]!)] })).toThrow(/has doc 'doc:other'/);
  });

  it('refuses the same node twice with different props, and another document\'s node', () => {
    const a = docA();
    expect(() => planDocumentLoad({ ...a, nodes: [...a.nodes, { ...bo, props: { name: 'Bo P' } }] })).toThrow(/Person person:bo pettersson twice/);
    expect(() => planDocumentLoad({ ...a, nodes: [...a.nodes, { label: 'Document', id: 'doc:x', props: {} }] })).toThrow(/another document's node doc:x/);
  });
});

describe('findInconsistentNodes', () => {
  it('finds nodes that two documents define differently', () => {
    const b = docB();
    const renamed = { ...karin, props: { name: 'Karin Eek', aliases: [] } };
    const other = graphDocument('doc:dddd', 'd.txt', 'Karin', [renamed], []);
    expect(findInconsistentNodes([planDocumentLoad(docA()), planDocumentLoad(b)])).toEqual([]);
    expect(findInconsistentNodes([planDocumentLoad(b), planDocumentLoad(other)])).toEqual([
      { label: 'Person', id: 'person:karin ek', documents: ['doc:bbbb000000000002', 'doc:dddd'] },
    ]);
  });
});
