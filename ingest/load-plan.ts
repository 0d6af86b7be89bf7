// Turns one GraphDocument into the rows its load writes, grouped by label and relationship
// type, after checking it against the model. Pure: the loader (load.ts) runs the plan.
import { createHash } from 'node:crypto';
import { nodeLabels, relationshipTypes } from '../cypher/model.ts';
import type { NodeLabel, RelationshipType } from '../cypher/model.ts';
import type { DocumentParams, FactRow, NodeRow, NodeRowLabel, PropertyMap } from '../cypher/registry.ts';
import { codeUnitCompare } from './resolve/key-cache.ts';
import type { GraphDocument } from './types.ts';

export interface DocumentPlan {
  readonly id: string;
  readonly factsHash: string;
  readonly document: Omit<DocumentParams, 'ingestedAt'>;
  /** Node rows per label, labels and ids in sorted order. */
  readonly nodes: readonly { readonly label: NodeRowLabel; readonly rows: readonly NodeRow[] }[];
  /** Fact rows per relationship type and end label (each pair has a query of its own), in sorted order; facts in document order. */
  readonly facts: readonly FactGroup[];
}

export interface FactGroup {
  readonly type: RelationshipType;
  readonly toLabel: NodeLabel;
  readonly rows: readonly FactRow[];
}

/**
 * The write plan of one document. A document must define every node its facts join (its own
 * Document node aside): a fact that leans on a node only another document defines would make
 * the graph depend on load order. Breaking that, or the model, is a programmer error: it throws.
 */
export function planDocumentLoad(graphDocument: GraphDocument): DocumentPlan {
  const { document } = graphDocument;
  const fail = (reason: string): never => {
    throw new Error(`load: document ${document.id} (${document.path}): ${reason}`);
  };
  if (!document.id) fail('has no id');

  const nodes = new Map<string, { label: NodeRowLabel; row: NodeRow }>();
  for (const node of graphDocument.nodes) {
    if (!Object.hasOwn(nodeLabels, node.label)) fail(`node ${node.id} has unknown label '${node.label}'`);
    // The document's own node is written from `document`; no other Document may appear.
    if (node.label === 'Document') {
      if (node.id !== document.id) fail(`defines another document's node ${node.id}`);
      continue;
    }
    if ('id' in node.props && node.props.id !== node.id) fail(`node ${node.id} has props.id '${node.props.id}'`);
    const row: NodeRow = { id: node.id, props: { ...node.props, id: node.id } };
    const key = nodeKey(node.label, node.id);
    const earlier = nodes.get(key);
    if (earlier && canonicalJson(earlier.row.props) !== canonicalJson(row.props)) {
      fail(`defines ${node.label} ${node.id} twice with different props`);
    }
    nodes.set(key, { label: node.label, row });
  }

  const facts = new FactGroups();
  for (const fact of graphDocument.facts) {
    const spec = relationshipTypes[fact.type];
    const what = `${fact.type} fact ${fact.from.id} -> ${fact.to.id}`;
    if (!spec) fail(`${what} has unknown relationship type`);
    if (!(spec.from as readonly NodeLabel[]).includes(fact.from.label)) fail(`${what} starts at a ${fact.from.label}`);
    if (!(spec.to as readonly NodeLabel[]).includes(fact.to.label)) fail(`${what} ends at a ${fact.to.label}`);
    if (fact.props.doc !== document.id) fail(`${what} has doc '${fact.props.doc}'`);
    for (const end of [fact.from, fact.to]) {
      const own = end.label === 'Document' && end.id === document.id;
      if (!own && !nodes.has(nodeKey(end.label, end.id))) fail(`${what} joins ${end.label} ${end.id}, which the document does not define`);
    }
    facts.add(fact.type, fact.to.label, [{ from: fact.from.id, to: fact.to.id, props: { ...fact.props } }]);
  }

  const byLabel = new Map<NodeRowLabel, NodeRow[]>();
  for (const key of [...nodes.keys()].sort()) {
    const { label, row } = nodes.get(key)!;
    byLabel.set(label, [...(byLabel.get(label) ?? []), row]);
  }
  return {
    id: document.id,
    factsHash: graphDocument.factsHash,
    document: {
      id: document.id,
      path: document.path,
      sha256: document.sha256,
      format: document.format,
      text: document.text,
      extraction: graphDocument.extractionJson,
      extractorVersion: graphDocument.extractorVersion,
      factsHash: graphDocument.factsHash,
    },
    nodes: [...byLabel].sort(([a], [b]) => compare(a, b)).map(([label, rows]) => ({ label, rows })),
    facts: facts.list(),
  };
}

export interface InconsistentNode {
  readonly label: NodeLabel;
  readonly id: string;
  /** Documents that define it, a few per version (`more` counts the rest). */
  readonly documents: readonly string[];
  readonly more?: number;
}

/** Documents named per version of a node: a person in half of 100k minutes must not cost a list of 50k ids. */
const documentsPerVersion = 10;

interface Version {
  readonly documents: string[];
  more: number;
}

/** A node as the plans so far define it: its first version inline, any other only when one comes. */
interface SeenNode extends Version {
  readonly label: NodeLabel;
  /** The first version's props, as a digest of their canonical JSON. */
  readonly props: string;
  others?: Map<string, Version>;
}

/**
 * Tracks, plan by plan, the nodes that two documents define with different props. Resolution
 * across the corpus should make them agree; when it does not, the document loaded last decides,
 * so the graph would depend on which documents changed. Every node of the corpus has an entry
 * (~300k at 100k documents), so each keeps a digest of its props, not their JSON, and a map of
 * versions only for a node that has more than one.
 */
export class NodeVersions {
  private readonly seen = new Map<string, SeenNode>();

  add(plan: DocumentPlan): void {
    for (const { label, rows } of plan.nodes) {
      for (const row of rows) {
        const key = nodeKey(label, row.id);
        const props = createHash('sha1').update(canonicalJson(row.props)).digest('base64');
        const entry = this.seen.get(key);
        if (!entry) {
          this.seen.set(key, { label, props, documents: [plan.id], more: 0 });
          continue;
        }
        let version: Version | undefined = entry;
        if (props !== entry.props) {
          entry.others ??= new Map();
          version = entry.others.get(props);
          if (!version) entry.others.set(props, (version = { documents: [], more: 0 }));
        }
        if (version.documents.length < documentsPerVersion) version.documents.push(plan.id);
        else version.more += 1;
      }
    }
  }

  inconsistent(): InconsistentNode[] {
    return [...this.seen]
      .filter(([, entry]) => entry.others)
      .map(([key, entry]) => {
        const all = [entry, ...entry.others!.values()];
        const more = all.reduce((n, v) => n + v.more, 0);
        return { label: entry.label, id: key.slice(key.indexOf('\u0000') + 1), documents: all.flatMap((v) => v.documents).sort(), ...(more ? { more } : {}) };
      });
  }
}

export function findInconsistentNodes(plans: readonly DocumentPlan[]): InconsistentNode[] {
  const versions = new NodeVersions();
  for (const plan of plans) versions.add(plan);
  return versions.inconsistent();
}

/** JSON with object keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as PropertyMap).sort(([a], [b]) => compare(a, b)))
      : v,
  );
}

export const compare = codeUnitCompare;

/** Fact rows gathered per relationship type and end label, each pair's rows in the order added. */
export class FactGroups {
  private readonly groups = new Map<string, { type: RelationshipType; toLabel: NodeLabel; rows: FactRow[] }>();

  add(type: RelationshipType, toLabel: NodeLabel, rows: readonly FactRow[]): void {
    const key = `${type}\u0000${toLabel}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { type, toLabel, rows: [] }));
    for (const row of rows) group.rows.push(row);
  }

  /** The groups, by type and then end label. */
  list(): FactGroup[] {
    return [...this.groups].sort(([a], [b]) => compare(a, b)).map(([, group]) => group);
  }
}

function nodeKey(label: string, id: string): string {
  return `${label}\u0000${id}`;
}
