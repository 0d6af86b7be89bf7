// The load stage: writes resolved documents into Neo4j a batch of documents per transaction,
// skipping those whose facts hash is unchanged, so loading twice writes nothing.
import { addCounters, emptyCounters } from '../cypher/gateway.ts';
import type { Counters, Gateway } from '../cypher/gateway.ts';
import { factCreateQuery, nodeMergeQueries } from '../cypher/registry.ts';
import { BatchBuilder, type BatchLimits, type LoadBatch } from './load-batch.ts';
import { compare, NodeVersions, planDocumentLoad } from './load-plan.ts';
import type { GraphDocument, SourceDocument } from './types.ts';

/** Where the loader sends messages about the data (any pipeline report with `warn` fits). */
export interface LoadReport {
  warn(message: string, details?: { readonly rule?: string }): void;
  /** Documents looked at so far (loaded or unchanged). */
  progress?(done: number): void;
}

export interface LoadOptions {
  /** The clock behind `ingestedAt`; injected so tests can fix it. */
  readonly now?: () => Date;
  /** Where a transaction's batch of documents is cut (tests make it small). */
  readonly batch?: BatchLimits;
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
 * Loads documents into the graph. Each new or changed one (by `factsHash`) replaces its facts;
 * they are written in batches, each batch all or nothing in one transaction, so a failure or a
 * crash leaves every document either as it was or wholly new. Then nodes no fact refers to any
 * more are deleted. Documents not given are left as they are.
 *
 * An array is loaded in id order. Any other iterable is loaded in the order it gives (the
 * ingest streams the resolver's documents, already in id order, without holding them all);
 * a plan that breaks the model throws before its batch is written.
 */
export async function loadCorpus(
  gateway: Gateway,
  docs: Iterable<GraphDocument>,
  report: LoadReport,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const ordered = Array.isArray(docs) ? [...(docs as readonly GraphDocument[])].sort((a, b) => compare(a.document.id, b.document.id)) : docs;
  await gateway.applySchema();
  const storedHashes = new Map((await gateway.read('list-document-hashes', {})).map((row) => [row.id, row.factsHash]));
  const batch = new BatchBuilder((options.now?.() ?? new Date()).toISOString(), options.batch);
  const versions = new NodeVersions();
  const given = new Set<string>();
  const loaded: string[] = [];
  let counters = emptyCounters;
  // One batch is written while the next is resolved and planned: Neo4j and this process then
  // use the two cores together instead of taking turns. Batches still commit one at a time, in order.
  let inFlight: Promise<void> | null = null;
  let writing = false;
  const flush = async () => {
    const written = batch.take();
    await inFlight;
    writing = true;
    inFlight = loadBatch(gateway, written).then((c) => {
      counters = addCounters(counters, c);
      loaded.push(...written.ids);
    }).finally(() => {
      writing = false;
    });
    // A failure is thrown by the next `await inFlight`; until then it is not unhandled.
    inFlight.catch(() => {});
  };
  try {
    for (const doc of ordered) {
      const plan = planDocumentLoad(doc);
      if (given.has(plan.id)) throw new Error(`load: document ${plan.id} is given twice`);
      given.add(plan.id);
      versions.add(plan);
      const stored = storedHashes.get(plan.id);
      if (stored !== plan.factsHash) {
        batch.add(plan, stored !== undefined);
        if (batch.full) await flush();
      }
      report.progress?.(given.size);
      // Resolving is synchronous: give the batch being written a turn to read Neo4j's replies.
      if (writing) await new Promise(setImmediate);
    }
    if (batch.size) await flush();
    await inFlight;
  } catch (error) {
    // Nothing is left writing behind the caller's back: the batch in flight ends first.
    await (inFlight as Promise<void> | null)?.catch(() => {});
    throw error;
  }
  for (const node of versions.inconsistent()) {
    const more = node.more ? ` and ${node.more} more` : '';
    report.warn(`${node.label} ${node.id} has different props in ${node.documents.join(', ')}${more}; the last loaded wins`, {
      rule: 'load/inconsistent-node',
    });
  }
  const orphans = await gateway.write('delete-orphan-nodes', {});
  return {
    documentsLoaded: loaded.length,
    documentsUnchanged: given.size - loaded.length,
    loadedDocumentIds: loaded,
    nodesCreated: counters.nodesCreated,
    relationshipsCreated: counters.relationshipsCreated,
    relationshipsDeleted: counters.relationshipsDeleted,
    propertiesSet: counters.propertiesSet,
    orphansDeleted: orphans.counters.nodesDeleted,
  };
}

/** One batch, all or nothing: its documents' old facts go, their Document and nodes are merged, their facts created. */
function loadBatch(gateway: Gateway, batch: LoadBatch): Promise<Counters> {
  const first = batch.ids[0]!;
  const last = batch.ids.at(-1)!;
  const which = batch.ids.length === 1 ? `document ${first}` : `documents ${first} … ${last} (${batch.ids.length})`;
  return gateway.writeTransaction(
    async (tx) => {
      let counters = batch.stored.length ? (await tx.run('delete-documents-facts', { docs: [...batch.stored] })).counters : emptyCounters;
      counters = addCounters(counters, (await tx.run('merge-documents', { rows: [...batch.documents] })).counters);
      for (const { label, rows } of batch.nodes) {
        counters = addCounters(counters, (await tx.run(nodeMergeQueries[label], { rows })).counters);
      }
      for (const { type, toLabel, rows } of batch.facts) {
        // The plans check every end against the model, so each pair has its query.
        const query = factCreateQuery(type, toLabel)!;
        const outcome = await tx.run(query, { rows });
        const created = outcome.rows[0]?.created ?? 0;
        // Throwing rolls the whole batch back; the plans guarantee the ends, so this is a bug.
        if (created !== rows.length) {
          throw new Error(`load: ${which}: created ${created} of ${rows.length} ${type} facts to ${toLabel} nodes (${query}); an end node is missing`);
        }
        counters = addCounters(counters, outcome.counters);
      }
      return counters;
    },
    { name: `load ${which}` },
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
          addCounters((await tx.run('delete-documents-facts', { docs: [doc] })).counters, (await tx.run('delete-document', { doc })).counters),
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
