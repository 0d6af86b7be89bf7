import { describe, expect, it } from 'vitest';
import { parameterNames, schemaNames, splitStatements, stripCommentsAndStrings } from '../../cypher/cypher-text.ts';

describe('cypher-text', () => {
  it('finds parameters, ignoring comments and strings', () => {
    const text = "// uses $notMe\nMATCH (n:Person {id: $id}) WHERE n.name <> '$alsoNotMe' RETURN $id, $rows";
    expect(parameterNames(text)).toEqual(['id', 'rows']);
  });

  it('finds labels, label expressions and relationship types but not map keys', () => {
    const text = 'MATCH (a:Person {id: row.from})-[r:MEMBER_OF]->(b:Organisation|Group {id: $to}) WHERE b:Group';
    expect(schemaNames(text)).toEqual(['Group', 'MEMBER_OF', 'Organisation', 'Person']);
  });

  it('splits statements on semicolons and drops comments', () => {
    expect(splitStatements('// a\nRETURN 1;\n/* b */ RETURN\n 2;\n')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('keeps offsets when blanking comments', () => {
    expect(stripCommentsAndStrings('RETURN 1 // x').length).toBe('RETURN 1 // x'.length);
  });
});
