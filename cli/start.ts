// `minutes-graph start` (npm start): find or start Neo4j, ingest seeds/, say what is there.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { formatSummary, ingestInto } from './ingest.ts';

const help = `Usage: minutes-graph start

Finds Neo4j (NEO4J_URI …) or starts the embedded one, ingests seeds/, and prints what is in
the graph and how to reach it. Stop the embedded Neo4j with 'minutes-graph neo4j stop'.`;

export async function runStartCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(help), 0;
  const cfg = loadConfig();
  const { result, counts } = await ingestInto(cfg, [cfg.seedsDir], cfg.registryPath);
  console.log(formatSummary(result, counts));
  const where = cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`;
  console.log(`\nNeo4j: ${where}${cfg.neo4j.uri ? '' : ` (embedded; user neo4j, password in ${cfg.neo4j.homeDir}/password)`}`);
  console.log(`Query it with any Bolt client, e.g. cypher-shell -a ${where}; the web explorer joins this command in a later release.`);
  return 0;
}
