// What the reliability tests ask of a graph: a driver and gateway on the test's Neo4j, and
// whether a graph left by a failed ingest holds any document only in part.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import type { GraphDump } from '../../ingest/graph-dump.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { canonicalJson } from '../../ingest/load-plan.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { createDriver, type Neo4jTarget } from '../../server/neo4j/connect.ts';

export function openGraph(target: Neo4jTarget): { driver: Driver; gateway: Gateway } {
  const driver = createDriver(target);
  return { driver, gateway: createGateway(driver, { database: target.database }) };
}

/** Leaves the graph as the other graph tests' seeds would (as test/read/ingest-formats does). */
export async function restoreSeeds(gateway: Gateway): Promise<void> {
  await gateway.write('delete-graph', {});
  await ingestFiles(gateway, [path.join(projectRoot, 'seeds')], await loadRegistry(loadConfig().registryPath), { stage: () => {}, warn: () => {} });
}

/**
 * What in `partial` a clean ingest (`clean`) does not have, or has differently: a node or fact
 * it lacks, or a stored document whose facts are not exactly the clean ones. Empty: every
 * document in `partial` is whole. Node props are not compared, since the last document loaded
 * sets a node's props and a partial load may have stopped before it.
 */
export function halfWritten(partial: GraphDump, clean: GraphDump): string[] {
  const found: string[] = [];
  const nodeKeys = new Set(clean.nodes.map((n) => `${n.label}:${n.id}`));
  for (const n of partial.nodes) if (!nodeKeys.has(`${n.label}:${n.id}`)) found.push(`node ${n.label} ${n.id} is not in the clean graph`);
  const factsOf = (dump: GraphDump) => {
    const byDoc = new Map<string, string[]>();
    for (const r of dump.relationships) {
      const doc = String(r.props.doc);
      byDoc.set(doc, [...(byDoc.get(doc) ?? []), canonicalJson(r)]);
    }
    return byDoc;
  };
  const cleanFacts = factsOf(clean);
  const partialFacts = factsOf(partial);
  const documents = new Set(partial.nodes.filter((n) => n.label === 'Document').map((n) => n.id));
  for (const [doc, facts] of partialFacts) if (!documents.has(doc)) found.push(`${facts.length} facts of ${doc}, which has no Document node`);
  for (const doc of documents) {
    const want = (cleanFacts.get(doc) ?? []).sort().join('\n');
    if ((partialFacts.get(doc) ?? []).sort().join('\n') !== want) found.push(`document ${doc} has other facts than in the clean graph`);
  }
  return found;
}
