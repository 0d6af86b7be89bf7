// `minutes-graph ingest [PATH…]`: minutes into Neo4j, with progress and a summary.
import { parseArgs } from 'node:util';
import { createGateway } from '../cypher/gateway.ts';
import { graphCounts } from '../ingest/graph-dump.ts';
import { ingestFiles, type IngestOptions, type IngestResult } from '../ingest/ingest-corpus.ts';
import { loadRegistry } from '../ingest/registry.ts';
import { Neo4jUnavailableError, type RetryNotice, retryingGateway, withRetries } from '../ingest/retry.ts';
import { type Config, loadConfig } from '../server/config.ts';
import { createDriver, findOrStartNeo4j, verifyConnectivity } from '../server/neo4j/connect.ts';
import { createConsoleLog } from '../server/neo4j/log.ts';

const help = `Usage: minutes-graph ingest [--strict] [--registry FILE] [--workers N] [PATH…]

Ingests minutes (files or folders, default seeds/) into Neo4j: .txt, .md, .html/.htm, .docx and
text-layer .pdf; text in UTF-8, UTF-16 or Windows-1252/Latin-1. The documents already in the graph
are resolved together with the new ones, so the graph does not depend on the order files are
ingested in; ingesting the same files again changes nothing.
  --strict          exit non-zero when any file or line was warned about
  --registry FILE   curated aliases and nicknames (default: seeds/registry.yaml)
  --workers N       parse and extract the documents in N worker threads (default 1)
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD when set; otherwise the embedded one is started.
When Neo4j cannot be reached, each step is tried again after 2, 4, 8, 16 s (MINUTES_GRAPH_INGEST_TRIES,
MINUTES_GRAPH_INGEST_RETRY_MS), then the ingest stops; each document is written whole or not at all,
so running the same ingest again resumes it. A second ingest into the same graph waits for the first.`;

export async function ingestInto(cfg: Config, paths: readonly string[], registryPath: string, options: IngestOptions = {}): Promise<{ result: IngestResult; counts: Awaited<ReturnType<typeof graphCounts>>; warnings: number }> {
  const log = createConsoleLog();
  const target = await findOrStartNeo4j(cfg, log);
  // The retries are ingest/retry.ts's, with their progress shown: the driver's own would add a silent 15 s to each.
  const driver = createDriver(target, { maxTransactionRetryTime: 0 });
  const retry = {
    onRetry: ({ attempt, tries, delayMs, reason }: RetryNotice) =>
      console.error(`Neo4j at ${target.uri}: ${reason}; try ${attempt + 1} of ${tries} in ${delayMs / 1000} s`),
  };
  try {
    // Wait out an outage first; verifyConnectivity then explains anything else (password, database).
    await withRetries(() => driver.getServerInfo({ database: target.database }), cfg.ingestRetry, target.uri, retry).catch((error: unknown) => {
      if (error instanceof Neo4jUnavailableError) throw error;
    });
    await verifyConnectivity(driver, target);
    const gateway = retryingGateway(createGateway(driver, { database: target.database }), cfg.ingestRetry, target.uri, retry);
    const registry = await loadRegistry(registryPath);
    let warnings = 0;
    const tty = process.stderr.isTTY;
    // On a terminal one line, rewritten (and cleared, as stages take turns); in a log a line per tenth.
    const tenths = new Map<string, number>();
    const result = await ingestFiles(gateway, paths, registry, {
      stage(name, done, total) {
        if (tty) return void process.stderr.write(`\r${name} ${done}/${total}\x1b[K${done === total ? '\n' : ''}`);
        const tenth = Math.floor((done * 10) / total);
        if (total >= 1_000 && tenth > (tenths.get(name) ?? 0)) {
          tenths.set(name, tenth);
          console.error(`${name} ${done}/${total}`);
        }
      },
      warn(message) {
        warnings += 1;
        console.error(`warning: ${message}`);
      },
      note(message) {
        console.error(message);
      },
    }, options);
    for (const p of result.problems) {
      warnings += 1;
      console.error(`${p.path}: ${p.reason}`);
    }
    for (const w of result.warnings) {
      warnings += 1;
      console.error(`${w.source}:${w.lineNo ?? 1}: ${w.message} [${w.rule}]`);
    }
    return { result, counts: await graphCounts(gateway), warnings };
  } finally {
    await driver.close();
  }
}

export function formatSummary(result: IngestResult, counts: Awaited<ReturnType<typeof graphCounts>>): string {
  const l = result.load;
  const labels = Object.entries(counts.nodes).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
  const rels = Object.entries(counts.relationships).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
  return [
    `ingested: ${result.newDocuments} new document(s); corpus ${result.corpusDocuments}; ${l.documentsLoaded} loaded, ${l.documentsUnchanged} unchanged`,
    `added: ${l.nodesCreated} nodes, ${l.relationshipsCreated} relationships (${l.relationshipsDeleted} replaced, ${l.orphansDeleted} orphans removed)`,
    ...(result.replaced.documentsRemoved ? [`edited: ${result.replaced.documentsRemoved} earlier version(s) of edited files removed`] : []),
    `graph: ${labels || 'empty'}`,
    `       ${rels}`,
  ].join('\n');
}

export async function runIngestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { strict: { type: 'boolean' }, registry: { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(help), 0;
  const workers = Number(values.workers ?? 1);
  if (!Number.isInteger(workers) || workers < 1) {
    console.error(`minutes-graph ingest: --workers must be an integer ≥ 1, not '${values.workers}' (see --help)`);
    return 2;
  }
  const cfg = loadConfig();
  const { result, counts, warnings } = await ingestInto(cfg, positionals.length ? positionals : [cfg.seedsDir], values.registry ?? cfg.registryPath, { workers });
  console.log(formatSummary(result, counts));
  return values.strict && warnings > 0 ? 1 : 0;
}
