// The raw write: the very records a load writes (each document's plan from load-plan.ts —
// Document nodes with their text, entity and meeting nodes, facts with provenance), but
// gathered across documents and written in big batches of `UNWIND $rows AS r MERGE …`, one
// transaction per batch and one statement per kind of record over the whole corpus, with none
// of the loader's work (hash check, deleting a document's old facts, batches cut at document
// boundaries, each batch writing every kind of record). What this Neo4j can take at most.
import { relationshipTypes } from '../../cypher/model.ts';
import type { NodeRow, NodeRowLabel } from '../../cypher/registry.ts';
import { FactGroups, planDocumentLoad, type FactGroup } from '../../ingest/load-plan.ts';
import type { GraphDocument } from '../../ingest/types.ts';
import type { BenchGraph } from './bench-graph.ts';

const batchRows = 5000;
/** Documents carry their whole text and cached extraction: smaller batches. */
const documentBatchRows = 500;

const kebab = (name: string) => name.replace(/_/g, '-').toLowerCase();

export interface RawRecords {
  readonly documents: readonly NodeRow[];
  readonly nodes: ReadonlyMap<NodeRowLabel, readonly NodeRow[]>;
  /** Per relationship type and end label, in that order, as the loader's queries take them. */
  readonly facts: readonly FactGroup[];
  /** Documents + distinct nodes + facts: the records both writes store. */
  readonly count: number;
}

/** The records of these documents, as the loader would write them (a node defined twice: the last wins, as there). */
export function gatherRecords(docs: readonly GraphDocument[], ingestedAt: string): RawRecords {
  const documents: NodeRow[] = [];
  const nodes = new Map<NodeRowLabel, Map<string, NodeRow>>();
  const facts = new FactGroups();
  for (const doc of docs) {
    const plan = planDocumentLoad(doc);
    documents.push({ id: plan.id, props: { ...plan.document, ingestedAt } });
    for (const { label, rows } of plan.nodes) {
      const byId = nodes.get(label) ?? new Map<string, NodeRow>();
      for (const row of rows) byId.set(row.id, row);
      nodes.set(label, byId);
    }
    for (const { type, toLabel, rows } of plan.facts) facts.add(type, toLabel, rows);
  }
  const nodeRows = new Map([...nodes].map(([label, byId]) => [label, [...byId.values()]] as const));
  const factGroups = facts.list();
  const count = documents.length + [...nodeRows.values()].reduce((n, r) => n + r.length, 0) + factGroups.reduce((n, g) => n + g.rows.length, 0);
  return { documents, nodes: nodeRows, facts: factGroups, count };
}

async function writeBatches(graph: BenchGraph, query: string, rows: readonly unknown[], size: number): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await graph.write(query, { rows: rows.slice(i, i + size) });
}

/** Writes the records into an empty graph (schema applied); returns the seconds it took. */
export async function writeRaw(graph: BenchGraph, records: RawRecords): Promise<number> {
  const t0 = performance.now();
  await writeBatches(graph, 'raw-merge-document-nodes', records.documents, documentBatchRows);
  for (const [label, rows] of records.nodes) await writeBatches(graph, `raw-merge-${label.toLowerCase()}-nodes`, rows, batchRows);
  for (const { type, toLabel, rows } of records.facts) {
    // One query per end label where the model allows several, as the loader's (cypher/registry.ts).
    const several = relationshipTypes[type].to.length > 1;
    await writeBatches(graph, `raw-create-${kebab(type)}${several ? `-${toLabel.toLowerCase()}` : ''}-facts`, rows, batchRows);
  }
  return (performance.now() - t0) / 1000;
}
