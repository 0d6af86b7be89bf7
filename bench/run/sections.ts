// The sections `bench run` measures, in order. A section that needs a corpus another has
// extracted reuses it (context.ts); resolution makes its own, each size in a child process.
// The graph sections (ingest, API, explorer, routing + workers) need Neo4j and clear its graph;
// the API reuses the graph the ingest section leaves.
import { apiSection } from './api-latency.ts';
import { explorerSection } from './explorer.ts';
import { ingestNeo4jSection } from './ingest-neo4j.ts';
import { memorySection } from './memory.ts';
import { qualitySection } from './quality.ts';
import { resolutionSection } from './resolution.ts';
import { routingWorkersSection } from './routing-workers.ts';
import type { BenchSection } from './section.ts';
import { throughputSection } from './throughput.ts';

export const sections: readonly BenchSection[] = [throughputSection, qualitySection, resolutionSection, ingestNeo4jSection, apiSection, explorerSection, routingWorkersSection, memorySection];
