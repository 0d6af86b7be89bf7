// Neo4j values as JSON for the console's table, and the nodes and relationships among them
// as Cytoscape elements for its graph. Integers become numbers (strings beyond 2^53), temporal
// values ISO strings, nodes/relationships/paths tagged objects with their properties.
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { nodeLabels, type NodeLabel } from '../../cypher/model.ts';
import type { ConsoleEdge, ConsoleElements, ConsoleNode } from './shapes.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Collects every node and relationship met while converting, once each. */
export interface ElementCollector {
  readonly nodes: Map<string, Node>;
  readonly relationships: Map<string, Relationship>;
}

export const newCollector = (): ElementCollector => ({ nodes: new Map(), relationships: new Map() });

const isTemporal = (v: unknown): boolean =>
  neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isLocalTime(v) || neo4j.isTime(v) || neo4j.isDuration(v);

function nodeJson(node: Node, seen: ElementCollector): Json {
  seen.nodes.set(node.elementId, node);
  return { kind: 'node', id: node.elementId, labels: node.labels, properties: propertiesJson(node.properties, seen) };
}

function relationshipJson(rel: Relationship, seen: ElementCollector): Json {
  seen.relationships.set(rel.elementId, rel);
  return { kind: 'relationship', id: rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, properties: propertiesJson(rel.properties, seen) };
}

function pathJson(path: Path, seen: ElementCollector): Json {
  const nodes = [path.start, ...path.segments.map((s) => s.end)].map((n) => nodeJson(n, seen));
  return { kind: 'path', nodes, relationships: path.segments.map((s) => relationshipJson(s.relationship, seen)) };
}

function propertiesJson(properties: Record<string, unknown>, seen: ElementCollector): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toJson(v, seen)]));
}

export function toJson(value: unknown, seen: ElementCollector): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  // NaN and ±Infinity have no JSON number.
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return nodeJson(value, seen);
  if (neo4j.isRelationship(value)) return relationshipJson(value, seen);
  if (neo4j.isPath(value)) return pathJson(value, seen);
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) return { srid: toJson(value.srid, seen), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map((v) => toJson(v, seen));
  if (typeof value === 'object') return propertiesJson(value as Record<string, unknown>, seen);
  return String(value);
}

/** A node's caption: the model's display field for its label (name, title, path), else its id. */
function caption(node: Node): { label: string; type: string | null } {
  const known = node.labels.find((l): l is NodeLabel => l in nodeLabels);
  const field = known ? nodeLabels[known].display : 'name';
  const text = node.properties[field] ?? node.properties.name ?? node.properties.id ?? node.labels.join(':');
  return { label: String(text), type: known ? (nodeLabels[known].entityType ?? known.toLowerCase()) : null };
}

/** The nodes met, and the relationships whose both ends were met (Cytoscape needs both). */
export function toElements(seen: ElementCollector): ConsoleElements {
  const nodes: ConsoleNode[] = [...seen.nodes.values()].map((n) => ({
    data: { id: n.elementId, ...caption(n), labels: n.labels, key: typeof n.properties.id === 'string' ? n.properties.id : null },
  }));
  const edges: ConsoleEdge[] = [...seen.relationships.values()]
    .filter((r) => seen.nodes.has(r.startNodeElementId) && seen.nodes.has(r.endNodeElementId))
    .map((r) => ({ data: { id: r.elementId, source: r.startNodeElementId, target: r.endNodeElementId, type: r.type } }));
  return { nodes, edges };
}
