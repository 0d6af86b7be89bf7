// `minutes-graph start` (npm start): find or start Neo4j, ingest seeds/, serve the explorer.
import { loadConfig } from '../server/config.ts';
import { formatSummary, ingestInto } from './ingest.ts';
import { parseServeArgs, serveExplorer } from './serve.ts';

const help = `Usage: minutes-graph start [--host HOST] [--port PORT] [--no-build]

Finds Neo4j (NEO4J_URI …) or starts the embedded one, ingests seeds/, and serves the
explorer at http://localhost:3000 (see 'minutes-graph serve --help' for the options).
Stop with Ctrl-C; stop the embedded Neo4j with 'minutes-graph neo4j stop'.`;

export async function runStartCommand(argv: string[]): Promise<number> {
  const cfg = loadConfig();
  const options = parseServeArgs(argv, cfg);
  if (options === 'help') return console.log(help), 0;
  const { result, counts } = await ingestInto(cfg, [cfg.seedsDir], cfg.registryPath);
  console.log(formatSummary(result, counts));
  const where = cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`;
  console.log(`\nNeo4j: ${where}${cfg.neo4j.uri ? '' : ` (embedded; user neo4j, password in ${cfg.neo4j.homeDir}/password)`}`);
  await serveExplorer(cfg, options);
  return 0;
}
