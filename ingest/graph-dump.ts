// Canonical views of the whole graph for tests and for checking that two ingests agree:
// a sorted dump that does not depend on load order, and counts per label and type.
import type { Gateway } from '../cypher/gateway.ts';
import { nodeLabels, relationshipTypes } from '../cypher/model.ts';
import type { PropertyMap } from '../cypher/registry.ts';
import { canonicalJson, compare } from './load-plan.ts';

export interface DumpedNode {
  readonly label: string;
  readonly id: string;
  readonly props: PropertyMap;
}

export interface DumpedRelationship {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: PropertyMap;
}

export interface GraphDump {
  readonly nodes: readonly DumpedNode[];
  readonly relationships: readonly DumpedRelationship[];
}

/** Properties that record when, not what: left out so that equal graphs dump equal. */
const volatileProps = new Set(['ingestedAt']);

/**
 * Every node (label, id, props but `id` and `ingestedAt`) and relationship, sorted, keys
 * sorted. `withIngestedAt` keeps the load time, to check that a re-load wrote nothing.
 */
export async function dumpGraph(gateway: Gateway, options: { readonly withIngestedAt?: boolean } = {}): Promise<GraphDump> {
  const skip = options.withIngestedAt ? new Set<string>() : volatileProps;
  const nodes = (await gateway.read('dump-nodes', {})).map((row) => {
    const { id, ...props } = row.props;
    return { label: [...row.labels].sort().join(':'), id: String(id), props: sortedProps(props, skip) };
  });
  const relationships = (await gateway.read('dump-relationships', {})).map((row) => ({
    type: row.type,
    from: row.fromId,
    to: row.toId,
    props: sortedProps(row.props, skip),
  }));
  nodes.sort((a, b) => compare(a.label, b.label) || compare(a.id, b.id));
  relationships.sort(
    (a, b) =>
      compare(a.type, b.type) || compare(a.from, b.from) || compare(a.to, b.to) || compare(canonicalJson(a.props), canonicalJson(b.props)),
  );
  return { nodes, relationships };
}

/** The dump as JSON lines, one node or relationship a line: small diffs, easy golden files. */
export function formatGraphDump(dump: GraphDump): string {
  const lines = [...dump.nodes, ...dump.relationships].map((item) => canonicalJson(item));
  return lines.join('\n') + '\n';
}

export interface GraphCounts {
  readonly nodes: Readonly<Record<string, number>>;
  readonly relationships: Readonly<Record<string, number>>;
}

/** Counts per label and per relationship type; every label and type of the model is present. */
export async function graphCounts(gateway: Gateway): Promise<GraphCounts> {
  const nodes: Record<string, number> = Object.fromEntries(Object.keys(nodeLabels).map((label) => [label, 0]));
  const relationships: Record<string, number> = Object.fromEntries(Object.keys(relationshipTypes).map((type) => [type, 0]));
  for (const row of await gateway.read('count-nodes-by-label', {})) nodes[row.label] = row.total;
  for (const row of await gateway.read('count-relationships-by-type', {})) relationships[row.type] = row.total;
  return { nodes, relationships };
}

function sortedProps(props: PropertyMap, skip: ReadonlySet<string>): PropertyMap {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([key]) => !skip.has(key))
      .sort(([a], [b]) => compare(a, b)),
  );
}
