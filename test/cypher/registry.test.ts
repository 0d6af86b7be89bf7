import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeLabels, relationshipTypes } from '../../cypher/model.ts';
import type { NodeLabel, RelationshipType } from '../../cypher/model.ts';
import { factCreateQueries, nodeMergeQueries, queries, queryFile, queryText } from '../../cypher/registry.ts';
import type { QueryName } from '../../cypher/registry.ts';
import { parameterNames, schemaNames } from '../../cypher/cypher-text.ts';

const names = Object.keys(queries) as QueryName[];
const cypherDir = new URL('../../cypher/', import.meta.url);
const filesIn = (folder: string) =>
  readdirSync(new URL(`${folder}/`, cypherDir)).filter((file) => file.endsWith('.cypher')).map((file) => `${folder}/${file}`);

describe('cypher/registry.ts', () => {
  it('registers every .cypher file under read/ and write/, and nothing else', () => {
    const files = [...filesIn('read'), ...filesIn('write')].sort();
    const registered = names.map((name) => queryFile(name).href.slice(cypherDir.href.length)).sort();
    expect(registered).toEqual(files);
  });

  it.each(names)('%s uses exactly its registered $params', (name) => {
    expect(parameterNames(queryText(name))).toEqual([...queries[name].params].sort());
  });

  it.each(names)('%s names labels and relationship types only from the model', (name) => {
    const known = new Set<string>([...Object.keys(nodeLabels), ...Object.keys(relationshipTypes)]);
    expect(schemaNames(queryText(name)).filter((label) => !known.has(label))).toEqual([]);
  });

  it('has verb-noun kebab-case names', () => {
    expect(names.filter((name) => !/^[a-z]+(-[a-z]+)+$/.test(name))).toEqual([]);
  });

  it('merges each label with a file that spells exactly that label', () => {
    for (const [label, name] of Object.entries(nodeMergeQueries)) {
      expect(schemaNames(queryText(name)), name).toEqual([label]);
    }
  });

  it('creates each relationship type to each end label the model allows, with a file that spells exactly those', () => {
    for (const type of Object.keys(relationshipTypes) as RelationshipType[]) {
      const { from, to } = relationshipTypes[type];
      const byLabel = factCreateQueries[type] as Record<string, QueryName>;
      expect(Object.keys(byLabel).sort(), type).toEqual([...to].sort());
      for (const [label, name] of Object.entries(byLabel)) {
        expect(schemaNames(queryText(name)), name).toEqual([...new Set<string>([type, ...from, label])].sort());
      }
    }
  });

  it('deletes a document\'s facts of every relationship type', () => {
    expect(schemaNames(queryText('delete-documents-facts'))).toEqual(Object.keys(relationshipTypes).sort());
  });

  it('cleans up orphans of every label except Document', () => {
    const labels = (Object.keys(nodeLabels) as NodeLabel[]).filter((label) => label !== 'Document');
    expect(schemaNames(queryText('delete-orphan-nodes'))).toEqual(labels.sort());
  });

  it('puts values only in parameters: no string or number literals in write queries', () => {
    for (const name of names.filter((n) => queries[n].mode === 'WRITE')) {
      const code = readFileSync(queryFile(name), 'utf8').replace(/\/\/[^\n]*/g, '');
      expect(code, name).not.toMatch(/'[^']*'|"[^"]*"|[^\w$.]\d+\b/);
    }
  });
});
