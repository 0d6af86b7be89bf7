// Merge and split as registry edits: comments survive, the registry stays valid, and a split
// undoes a merge.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdit, type CurationEdit } from '../../ingest/curation.ts';
import { parseRegistry } from '../../ingest/registry.ts';

const base = `# curated by hand
persons: []
organisations:
  - name: Kulturnämnden   # the board
    aliases: [KN]
    category: political-body
keepApart:
  - ["Lars Berg", "Lasse Berg"]
`;

function edit(text: string, e: CurationEdit): { text: string; changes: string[] } {
  const doc = parseDocument(text);
  const changes = applyEdit(doc, e);
  return { text: doc.toString({ flowCollectionPadding: false }), changes };
}

describe('merge', () => {
  it('adds an entry with the other names as aliases, keeping comments and the file valid', () => {
    const { text, changes } = edit(base, { op: 'merge', kind: 'persons', into: 'Anna Ek', names: ['Anna Eek', 'A. Eek'] });
    expect(text).toContain('# curated by hand');
    expect(text).toContain('# the board');
    const reg = parseRegistry(text, 'r.yaml');
    expect(reg.file.persons).toEqual([{ name: 'Anna Ek', aliases: ['Anna Eek', 'A. Eek'] }]);
    expect(reg.personAliases.get('anna eek')).toBe('Anna Ek');
    expect(changes).toEqual(['persons: added Anna Ek', 'persons: Anna Eek → Anna Ek', 'persons: A. Eek → Anna Ek']);
  });

  it('folds a whole entry in, aliases and category too, and moves an alias out of a third entry', () => {
    const start = `organisations:
  - name: Fritidsnämnden
    aliases: [FN]
  - name: Fritidsförvaltningen
    aliases: [FF, Fritid]
    category: municipal-administration
  - name: Kulturen
    aliases: [Fritidskontoret]
`;
    const { text } = edit(start, { op: 'merge', kind: 'organisations', into: 'Fritidsförvaltningen', names: ['Fritidsnämnden', 'Fritidskontoret'] });
    const reg = parseRegistry(text, 'r.yaml');
    expect(reg.file.organisations).toEqual([
      { name: 'Fritidsförvaltningen', aliases: ['FF', 'Fritid', 'Fritidsnämnden', 'FN', 'Fritidskontoret'], category: 'municipal-administration' },
      { name: 'Kulturen', aliases: [] },
    ]);
  });

  it('drops a keepApart pair between the names it merges', () => {
    const { text, changes } = edit(base, { op: 'merge', kind: 'persons', into: 'Lars Berg', names: ['Lasse Berg'] });
    expect(parseRegistry(text, 'r.yaml').file.keepApart).toEqual([]);
    expect(changes[0]).toBe('keepApart: removed ["Lars Berg", "Lasse Berg"]');
  });

  it('changes nothing when the registry already says so', () => {
    const { changes } = edit(base, { op: 'merge', kind: 'organisations', into: 'Kulturnämnden', names: ['kn'] });
    expect(changes).toEqual([]);
  });
});

describe('split', () => {
  it('undoes a merge: the registry is as it was', () => {
    const merged = edit(base, { op: 'merge', kind: 'persons', into: 'Anna Ek', names: ['Anna Eek'] }).text;
    const { text, changes } = edit(merged, { op: 'split', kind: 'persons', entity: 'Anna Ek', name: 'Anna Eek' });
    expect(parseRegistry(text, 'r.yaml').file).toEqual(parseRegistry(base, 'r.yaml').file);
    expect(changes).toEqual(['persons: Anna Eek is no longer Anna Ek']);
  });

  it('keeps apart what the rules joined, once', () => {
    const once = edit(base, { op: 'split', kind: 'persons', entity: 'Ulf Holm', name: 'Ulf T. Holm' });
    expect(parseRegistry(once.text, 'r.yaml').file.keepApart).toContainEqual(['Ulf Holm', 'Ulf T. Holm']);
    expect(edit(once.text, { op: 'split', kind: 'persons', entity: 'Ulf T. Holm', name: 'ulf holm' }).changes).toEqual([]);
  });

  it('refuses to split an entity from its own name', () => {
    expect(() => edit(base, { op: 'split', kind: 'organisations', entity: 'KN', name: 'Kulturnämnden' })).toThrow(/registry name/);
    expect(() => edit(base, { op: 'split', kind: 'persons', entity: 'Anna Ek', name: 'anna ek' })).toThrow(/own name/);
  });
});
