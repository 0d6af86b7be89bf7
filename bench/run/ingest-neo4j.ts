// End-to-end ingest into Neo4j (ingestFiles: read, extract, resolve, load a batch of documents
// per transaction) beside the raw batched write of the same records, and the peak RSS of the
// `minutes-graph ingest` command at the memory size, run in a child process. The graph is left
// holding the ingested corpus, for the API section.
import { minutesGraphArgs } from '../../cli/node-flags.ts';
import { graphCounts } from '../../ingest/graph-dump.ts';
import { buildGraphDocument } from '../../ingest/graph-document.ts';
import { resolveAll } from '../../ingest/pipeline.ts';
import { clearGraph, corpusOnDisk, ingestCorpus, openGraph, type BenchGraph } from './bench-graph.ts';
import { runMeasured } from './child-rss.ts';
import type { BenchContext } from './context.ts';
import { gatherRecords, writeRaw } from './raw-write.ts';
import type { BenchSection } from './section.ts';

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const round = (x: number, digits = 0) => Number(x.toFixed(digits));
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The `minutes-graph ingest` command over the memory-size corpus, in a child whose RSS is sampled. */
async function measureIngestMemory(ctx: BenchContext, graph: BenchGraph) {
  const docs = ctx.sizes.memoryDocs;
  const corpus = corpusOnDisk(ctx, docs);
  await clearGraph(graph);
  ctx.progress.step(`ingesting ${docs} documents in a child process, sampling its RSS`);
  const t = graph.target;
  const env = { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, ...(t.database ? { NEO4J_DATABASE: t.database } : {}) };
  const run = await runMeasured(process.execPath, minutesGraphArgs('ingest', '--registry', corpus.registry, corpus.minutes), env);
  const stored = (await graph.gateway.read('count-nodes-by-label', {})).find((r) => r.label === 'Document')?.total ?? 0;
  await clearGraph(graph);
  return { documents: docs, ...run, documentsStored: stored };
}

/**
 * The raw write of the records an ingest of the corpus of `docs` documents stores, into an
 * empty graph. The corpus, resolved here untimed, is released before the timed ingest, which
 * reads its files as any ingest does.
 */
async function writeRawOf(ctx: BenchContext, graph: BenchGraph, docs: number) {
  const corpus = ctx.corpus(docs);
  ctx.progress.step(`resolving ${docs} documents for the raw write (not timed)`);
  const resolved = resolveAll(corpus.extracted, corpus.registry);
  const graphDocs = corpus.extracted.map((d, i) => buildGraphDocument(d.source, d.extraction, resolved[i]!));
  const records = gatherRecords(graphDocs, new Date().toISOString());
  ctx.release(docs);
  await clearGraph(graph);
  await graph.gateway.applySchema();
  ctx.progress.step(`raw batched UNWIND … MERGE of ${records.count} records`);
  const rawSeconds = await writeRaw(graph, records);
  return { records: records.count, rawSeconds, rawCounts: await graphCounts(graph.gateway) };
}

export const ingestNeo4jSection: BenchSection = {
  id: 'ingest-neo4j',
  title: 'Ingest into Neo4j',
  async run(ctx) {
    const graph = await openGraph(ctx);
    try {
      const memory = await measureIngestMemory(ctx, graph);

      const n = ctx.sizes.ingestDocs;
      const raw = await writeRawOf(ctx, graph, n);
      const ingest = await ingestCorpus(ctx, graph, n);
      const counts = await graphCounts(graph.gateway);
      ctx.markMemory(`ingest ${n}`);

      const { records, rawSeconds, rawCounts } = raw;
      const rawRate = records / rawSeconds;
      const ingestRate = records / ingest.seconds;
      const ratio = ingestRate / rawRate;
      const stored = { nodes: total(counts.nodes), relationships: total(counts.relationships) };
      const rawStored = { nodes: total(rawCounts.nodes), relationships: total(rawCounts.relationships) };
      return {
        data: {
          documents: n,
          records,
          ingestSeconds: ingest.seconds,
          ingestPhases: ingest.phases,
          ingestRecordsPerSecond: ingestRate,
          documentsPerSecond: n / ingest.seconds,
          rawSeconds,
          rawRecordsPerSecond: rawRate,
          ratioToRaw: ratio,
          stored,
          rawStored,
          memory: { documents: memory.documents, peakRssBytes: memory.peakRssBytes, seconds: memory.seconds, exitCode: memory.code, documentsStored: memory.documentsStored },
        },
        rows: [
          { measure: `end-to-end ingest of ${n} documents`, value: `${round(ingest.seconds, 1)} s (${round(n / ingest.seconds)} documents/s; read ${round(ingest.phases.read, 1)} s, extract ${round(ingest.phases.extract, 1)} s, resolve + load ${round(ingest.phases.resolveAndLoad, 1)} s)`, target: '≤ 60 s' },
          { measure: `raw batched UNWIND … MERGE of the same ${records} records`, value: `${round(rawSeconds, 1)} s (${round(rawRate)} records/s)` },
          { measure: 'ingest rate / raw rate', value: `${round(ratio * 100, 1)} % (${round(ingestRate)} records/s)`, target: '≥ 50 %' },
          { measure: 'stored by ingest / by the raw write', value: `${stored.nodes} / ${rawStored.nodes} nodes, ${stored.relationships} / ${rawStored.relationships} relationships` },
          {
            measure: `peak RSS of \`minutes-graph ingest\` of ${memory.documents} documents`,
            value: memory.code === 0 ? `${mib(memory.peakRssBytes)} MiB (${round(memory.seconds)} s)` : `${mib(memory.peakRssBytes)} MiB when it failed (exit ${memory.code}): ${memory.stderrTail}`,
            target: '≤ 1 GB',
          },
        ],
        notes: [
          'The raw write gathers the records of all documents and writes them in batches (5,000 rows; 500 documents) of `UNWIND $rows AS r MERGE` nodes / `CREATE` facts, one transaction per batch (bench/cypher/raw-*.cypher); the ingest times everything from reading the files to the last commit. '
            + 'The ingest holds every text and extraction until the last document is resolved (resolution is corpus-wide), packed above 20,000 documents, so its peak grows with the corpus; resolved documents are streamed to the load and dropped a batch at a time.',
        ],
      };
    } finally {
      await graph.close();
    }
  },
};
