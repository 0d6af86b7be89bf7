// `bench run`: every section in turn, in this process, then the report.
import type { Neo4jTarget } from '../../server/neo4j/connect.ts';
import { createContext, type BenchSizes, type Progress } from './context.ts';
import { describeMachine, type BenchReport } from './report.ts';
import { sections } from './sections.ts';

export async function runBench(sizes: BenchSizes, seed: number, progress: Progress, only?: readonly string[], neo4j?: Neo4jTarget): Promise<BenchReport> {
  const ctx = createContext(sizes, seed, progress, neo4j);
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const results: Record<string, BenchReport['sections'][string]> = {};
  for (const section of sections) {
    if (only && !only.includes(section.id) && section.id !== 'memory') continue;
    progress.step(`— ${section.title}`);
    results[section.id] = { title: section.title, ...(await section.run(ctx)) };
  }
  return { machine: describeMachine(), seed, sizes, startedAt, seconds: (performance.now() - t0) / 1000, sections: results };
}
