// The schema as cypher/model.ts implies it, and a reader for cypher/schema.cypher, so that a
// test can hold the hand-written Cypher to the model and the gateway can apply it.
import { readFileSync } from 'node:fs';
import { nodeLabels, rangeIndexes, relationshipTypes } from './model.ts';
import type { NodeLabel, RelationshipType } from './model.ts';
import { splitStatements } from './cypher-text.ts';

export const schemaPath = new URL('./schema.cypher', import.meta.url);

export interface UniqueConstraint {
  readonly kind: 'unique';
  readonly name: string;
  readonly label: string;
  readonly property: string;
}

export interface RelationshipIndex {
  readonly kind: 'relationship-index';
  readonly name: string;
  readonly type: string;
  readonly property: string;
}

export interface NodeIndex {
  readonly kind: 'node-index';
  readonly name: string;
  readonly label: string;
  readonly property: string;
}

export interface FulltextIndex {
  readonly kind: 'fulltext';
  readonly name: string;
  readonly labels: readonly string[];
  readonly properties: readonly string[];
  readonly analyzer: string;
}

export type SchemaItem = UniqueConstraint | RelationshipIndex | NodeIndex | FulltextIndex;

/**
 * The search index: names, aliases (a list of strings) and meeting titles, through Lucene's
 * `standard-folding` analyzer, which lower-cases and folds diacritics (å, ä, ö → a, a, o), so
 * "asa" finds "Åsa". Swedish readers type names without their diacritics often enough that
 * folding beats the `swedish` analyzer's stemming, which keeps å, ä and ö apart.
 */
export const searchIndex: FulltextIndex = {
  kind: 'fulltext',
  name: 'entity_search',
  labels: ['Person', 'Organisation', 'Group', 'Project', 'Event', 'Place', 'Meeting'],
  properties: ['name', 'aliases', 'title'],
  analyzer: 'standard-folding',
};

/** One uniqueness constraint per node label, on the label's key. */
export function expectedConstraints(): UniqueConstraint[] {
  return (Object.keys(nodeLabels) as NodeLabel[]).map((label) => ({
    kind: 'unique',
    name: `${snakeCase(label)}_${nodeLabels[label].key}`,
    label,
    property: nodeLabels[label].key,
  }));
}

/** One index on `doc` per relationship type: re-loading a document deletes its facts by `doc`. */
export function expectedRelationshipIndexes(): RelationshipIndex[] {
  return (Object.keys(relationshipTypes) as RelationshipType[]).map((type) => ({
    kind: 'relationship-index',
    name: `${snakeCase(type)}_doc`,
    type,
    property: 'doc',
  }));
}

/** One range index per property that model.ts lists in rangeIndexes. */
export function expectedNodeIndexes(): NodeIndex[] {
  return Object.entries(rangeIndexes).flatMap(([label, properties]) =>
    properties.map((property) => ({ kind: 'node-index' as const, name: `${snakeCase(label)}_${snakeCase(property)}`, label, property })),
  );
}

export function expectedSchema(): SchemaItem[] {
  return [...expectedConstraints(), ...expectedRelationshipIndexes(), ...expectedNodeIndexes(), searchIndex];
}

/** The statements of schema.cypher, in file order, ready to run one by one. */
export function readSchemaStatements(): string[] {
  return splitStatements(readFileSync(schemaPath, 'utf8'));
}

const constraintPattern =
  /^CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \(\w+:(\w+)\) REQUIRE \w+\.(\w+) IS UNIQUE$/i;
const relationshipIndexPattern =
  /^CREATE INDEX (\w+) IF NOT EXISTS FOR \(\)-\[\w+:(\w+)\]-\(\) ON \(\w+\.(\w+)\)$/i;
const nodeIndexPattern =
  /^CREATE INDEX (\w+) IF NOT EXISTS FOR \(\w+:(\w+)\) ON \(\w+\.(\w+)\)$/i;

const fulltextPattern =
  /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(\w+:([\w| ]+)\) ON EACH \[([\w., ]+)\] OPTIONS \{ ?indexConfig: \{ ?`fulltext\.analyzer`: '([\w-]+)' ?\} ?\}$/i;

/** Reads schema statements back into items; a statement of any other shape throws, naming it. */
export function parseSchema(statements: readonly string[]): SchemaItem[] {
  return statements.map((statement) => {
    const constraint = constraintPattern.exec(statement);
    if (constraint) {
      const [, name, label, property] = constraint as unknown as [string, string, string, string];
      return { kind: 'unique', name, label, property };
    }
    const index = relationshipIndexPattern.exec(statement);
    if (index) {
      const [, name, type, property] = index as unknown as [string, string, string, string];
      return { kind: 'relationship-index', name, type, property };
    }
    const nodeIndex = nodeIndexPattern.exec(statement);
    if (nodeIndex) {
      const [, name, label, property] = nodeIndex as unknown as [string, string, string, string];
      return { kind: 'node-index', name, label, property };
    }
    const fulltext = fulltextPattern.exec(statement);
    if (fulltext) {
      const [, name, labels, properties, analyzer] = fulltext as unknown as [string, string, string, string, string];
      return {
        kind: 'fulltext',
        name,
        labels: labels.split('|').map((l) => l.trim()),
        properties: properties.split(',').map((p) => p.trim().replace(/^\w+\./, '')),
        analyzer,
      };
    }
    throw new Error(`schema.cypher: unrecognised statement (expected a CREATE … IF NOT EXISTS): ${statement}`);
  });
}

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
