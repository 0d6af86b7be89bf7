// Beyond one machine: the same ingest and reads through the routing driver (a `neo4j://` URI
// to the same server: the driver fetches a routing table and sends the gateway's READ
// transactions to a reader, WRITE ones to the writer), and the ingest's speed-up from 1 to 2
// worker threads for parse + extract.
import { graphCounts } from '../../ingest/graph-dump.ts';
import { ingestCorpus, openGraph, type TimedIngest } from './bench-graph.ts';
import type { BenchSection } from './section.ts';

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

export const routingWorkersSection: BenchSection = {
  id: 'routing-workers',
  title: 'Routing driver and ingest workers',
  async run(ctx) {
    const direct = await ctx.neo4j();
    const routingUri = direct.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
    const graph = await openGraph(ctx, routingUri);
    const n = ctx.sizes.workersDocs;
    const runs: Record<number, TimedIngest> = {};
    try {
      for (const workers of [1, 2]) runs[workers] = await ingestCorpus(ctx, graph, n, { workers });
      // Reads through the routing driver: READ transactions of the gateway, routed to a reader.
      const counts = await graphCounts(graph.gateway);
      const routing = await graph.driver.getServerInfo();
      const documents = counts.nodes.Document ?? 0;
      const one = runs[1]!;
      const two = runs[2]!;
      return {
        data: {
          routingUri,
          routingServer: routing.address ?? null,
          documents: n,
          documentsRead: documents,
          routedReadsOk: documents === n,
          workers: Object.fromEntries(Object.entries(runs).map(([w, r]) => [w, { seconds: r.seconds, phases: r.phases }])),
          speedUp: one.seconds / two.seconds,
          extractSpeedUp: one.phases.extract / two.phases.extract,
        },
        rows: [
          { measure: `ingest + reads through ${routingUri}`, value: documents === n ? `ok: ${documents} documents written and read back through the routing driver` : `read ${documents} of ${n} documents` },
          { measure: `ingest of ${n} documents, 1 worker`, value: `${round(one.seconds)} s (extract ${round(one.phases.extract)} s)` },
          { measure: `ingest of ${n} documents, 2 workers`, value: `${round(two.seconds)} s (extract ${round(two.phases.extract)} s)` },
          { measure: 'speed-up from 1 to 2 workers', value: `× ${round(one.seconds / two.seconds, 2)} end to end, × ${round(one.phases.extract / two.phases.extract, 2)} for parse + extract` },
        ],
        notes: ['Workers parse and extract; resolution (corpus-wide) and the load stay in the main thread, so the end-to-end speed-up is bounded by their share.'],
      };
    } finally {
      await graph.close();
    }
  },
};
