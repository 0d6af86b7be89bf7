// The load stage: writes resolved documents into Neo4j, each in one transaction, skipping
// those whose facts hash is unchanged, so loading twice writes nothing.
import { addCounters, emptyCounters } from '../cypher/gateway.ts';
import type { Counters, Gateway } from '../cypher/gateway.ts';
import { factCreateQueries, nodeMergeQueries } from '../cypher/registry.ts';
import { compare, findInconsistentNodes, planDocumentLoad } from './load-plan.ts';
import type { DocumentPlan } from './load-plan.ts';
import type { GraphDocument, SourceDocument } from './types.ts';

/** Where the loader sends messages about the data (any pipeline report with `warn` fits). */
export interface LoadReport {
  warn(message: string, details?: { readonly rule?: string }): void;
}

export interface LoadOptions {
  /** The clock behind `ingestedAt`; injected so tests can fix it. */
  readonly now?: () => Date;
}

export interface LoadSummary {
  readonly documentsLoaded: number;
  readonly documentsUnchanged: number;
  readonly loadedDocumentIds: readonly string[];
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
  readonly orphansDeleted: number;
}

/**
 * Loads documents into the graph. Every document is checked before anything is written; then
 * each new or changed one (by `factsHash`) replaces its facts in one transaction, and nodes no
 * fact refers to any more are deleted. Documents not given are left as they are.
 */
export async function loadCorpus(
  gateway: Gateway,
  docs: readonly GraphDocument[],
  report: LoadReport,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const plans = [...docs].sort((a, b) => compare(a.document.id, b.document.id)).map(planDocumentLoad);
  for (const [i, plan] of plans.entries()) {
    if (plan.id === plans[i - 1]?.id) throw new Error(`load: document ${plan.id} is given twice`);
  }
  for (const node of findInconsistentNodes(plans)) {
    report.warn(`${node.label} ${node.id} has different props in ${node.documents.join(', ')}; the last loaded wins`, {
      rule: 'load/inconsistent-node',
    });
  }

  await gateway.applySchema();
  const storedHashes = new Map((await gateway.read('list-document-hashes', {})).map((row) => [row.id, row.factsHash]));
  const ingestedAt = (options.now?.() ?? new Date()).toISOString();
  const loaded: string[] = [];
  let counters = emptyCounters;
  for (const plan of plans) {
    if (storedHashes.get(plan.id) === plan.factsHash) continue;
    counters = addCounters(counters, await loadDocument(gateway, plan, ingestedAt));
    loaded.push(plan.id);
  }
  const orphans = await gateway.write('delete-orphan-nodes', {});
  return {
    documentsLoaded: loaded.length,
    documentsUnchanged: plans.length - loaded.length,
    loadedDocumentIds: loaded,
    nodesCreated: counters.nodesCreated,
    relationshipsCreated: counters.relationshipsCreated,
    relationshipsDeleted: counters.relationshipsDeleted,
    propertiesSet: counters.propertiesSet,
    orphansDeleted: orphans.counters.nodesDeleted,
  };
}

/** One document, all or nothing: its old facts go, its Document and nodes are merged, its facts created. */
function loadDocument(gateway: Gateway, plan: DocumentPlan, ingestedAt: string): Promise<Counters> {
  return gateway.writeTransaction(
    async (tx) => {
      let counters = (await tx.run('delete-document-facts', { doc: plan.id })).counters;
      counters = addCounters(counters, (await tx.run('merge-document', { ...plan.document, ingestedAt })).counters);
      for (const { label, rows } of plan.nodes) {
        counters = addCounters(counters, (await tx.run(nodeMergeQueries[label], { rows })).counters);
      }
      for (const { type, rows } of plan.facts) {
        const outcome = await tx.run(factCreateQueries[type], { rows });
        const created = outcome.rows[0]?.created ?? 0;
        // Throwing rolls the whole document back; the plan guarantees the ends, so this is a bug.
        if (created !== rows.length) {
          throw new Error(`load: document ${plan.id}: created ${created} of ${rows.length} ${type} facts; an end node is missing`);
        }
        counters = addCounters(counters, outcome.counters);
      }
      return counters;
    },
    { name: `load ${plan.id}` },
  );
}

export interface RemoveSummary {
  readonly documentsRemoved: number;
  readonly relationshipsDeleted: number;
  readonly orphansDeleted: number;
}

/** Removes documents (e.g. a file whose text changed, hence its id) with their facts and orphans. */
export async function removeDocuments(gateway: Gateway, ids: readonly string[]): Promise<RemoveSummary> {
  let counters = emptyCounters;
  for (const doc of ids) {
    counters = addCounters(
      counters,
      await gateway.writeTransaction(
        async (tx) =>
          addCounters((await tx.run('delete-document-facts', { doc })).counters, (await tx.run('delete-document', { doc })).counters),
        { name: `remove ${doc}` },
      ),
    );
  }
  const orphans = await gateway.write('delete-orphan-nodes', {});
  return {
    documentsRemoved: counters.nodesDeleted,
    relationshipsDeleted: counters.relationshipsDeleted,
    orphansDeleted: orphans.counters.nodesDeleted,
  };
}

/** A stored document with its cached extraction (null if an older load did not store one). */
export interface StoredDocument extends SourceDocument {
  readonly extraction: string | null;
  readonly extractorVersion: string | null;
}

/** Every stored document, by path: a later ingest re-resolves these together with the new files. */
export async function readStoredDocuments(gateway: Gateway): Promise<StoredDocument[]> {
  const rows = await gateway.read('list-stored-documents', {});
  return rows.map((row) => ({
    id: row.id,
    path: row.path,
    sha256: row.sha256,
    format: row.format,
    text: row.text,
    extraction: row.extraction,
    extractorVersion: row.extractorVersion,
  }));
}
