import { describe, expect, it } from 'vitest';
import { nodeLabels, relationshipTypes } from '../../cypher/model.ts';
import { expectedConstraints, expectedSchema, parseSchema, readSchemaStatements } from '../../cypher/schema.ts';
import { schemaNames } from '../../cypher/cypher-text.ts';

describe('cypher/schema.cypher', () => {
  const statements = readSchemaStatements();
  const items = parseSchema(statements);

  it('declares exactly the constraints and indexes that cypher/model.ts implies', () => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...items].sort(byName)).toEqual(expectedSchema().sort(byName));
  });

  it('has a uniqueness constraint on the key of every label', () => {
    const constrained = items.filter((item) => item.kind === 'unique').map((item) => item.label);
    expect(constrained.sort()).toEqual(Object.keys(nodeLabels).sort());
    expect(expectedConstraints().every((c) => c.property === 'id')).toBe(true);
  });

  it('names no label or relationship type outside the model', () => {
    const known = new Set<string>([...Object.keys(nodeLabels), ...Object.keys(relationshipTypes)]);
    const unknown = statements.flatMap(schemaNames).filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it('is idempotent: every statement says IF NOT EXISTS', () => {
    expect(statements.filter((s) => !/ IF NOT EXISTS /.test(s))).toEqual([]);
  });

  it('rejects a statement it cannot read, naming it', () => {
    expect(() => parseSchema(['CREATE INDEX x FOR (n:Person) ON (n.name)'])).toThrow(/CREATE INDEX x FOR/);
  });
});
