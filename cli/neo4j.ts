// `minutes-graph neo4j start|stop|status`: the embedded Neo4j, by hand.
import { loadConfig, type Config } from '../server/config.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../server/neo4j/local.ts';
import { createConsoleLog, Neo4jSetupError } from '../server/neo4j/log.ts';

const USAGE = `usage: minutes-graph neo4j <start|stop|status>

Runs the project's embedded Neo4j 5.26 Community on this machine's Java (17+).

  start    build the launcher if needed (the first time downloads Neo4j from Maven
           Central), start Neo4j in the background and wait until Bolt answers
  stop     shut it down cleanly
  status   say whether it runs (exit code 0 if it does, 3 if not)

Data, log, pid and the password of user neo4j (mode 0600) live in
MINUTES_GRAPH_NEO4J_HOME (default .neo4j/default); Bolt listens on 127.0.0.1 at
MINUTES_GRAPH_BOLT_PORT (default 7687); the JVM heap is MINUTES_GRAPH_NEO4J_HEAP
(default 1g). With NEO4J_URI set, minutes-graph uses that server instead.`;

type Subcommand = (cfg: Config) => Promise<number>;

const subcommands: Record<string, Subcommand> = {
  async start(cfg) {
    if (cfg.neo4j.uri) {
      console.log(`NEO4J_URI is set: minutes-graph uses ${cfg.neo4j.uri}; nothing to start`);
      return 0;
    }
    const startedAt = Date.now();
    const local = await startLocalNeo4j(cfg, createConsoleLog());
    const how = local.startedNow ? `started in ${Math.round((Date.now() - startedAt) / 1000)} s` : 'already running';
    console.log(`Neo4j ${how}: ${local.uri} (pid ${local.pid})`);
    console.log(`  user neo4j, password in ${local.passwordFile}`);
    console.log(`  data in ${local.homeDir}, log ${local.logFile}`);
    return 0;
  },

  async stop(cfg) {
    const stopped = await stopLocalNeo4j(cfg, createConsoleLog());
    console.log(stopped ? 'Neo4j stopped' : 'Neo4j was not running');
    return 0;
  },

  async status(cfg) {
    const status = await localNeo4jStatus(cfg);
    if (cfg.neo4j.uri) console.log(`NEO4J_URI is set: minutes-graph uses ${cfg.neo4j.uri}, not the embedded Neo4j`);
    switch (status.state) {
      case 'running':
        console.log(`Neo4j running: ${status.uri} (pid ${status.pid}), data in ${status.homeDir}`);
        return 0;
      case 'starting':
        console.log(`Neo4j starting or not answering: pid ${status.pid}, ${status.uri}; log ${status.logFile}`);
        return 3;
      case 'stopped': {
        const busy = status.portInUse ? ` (port ${status.port} is in use by another program)` : '';
        console.log(`Neo4j not running${busy}; data in ${status.homeDir}`);
        return 3;
      }
    }
  },
};

export async function runNeo4jCommand(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    const wanted = argv.length > 0;
    (wanted ? console.log : console.error)(USAGE);
    return wanted ? 0 : 2;
  }
  const [name, ...rest] = argv;
  const subcommand = name !== undefined && Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (!subcommand || rest.length > 0) {
    console.error(`minutes-graph neo4j: unknown arguments: ${argv.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await subcommand(loadConfig());
  } catch (err) {
    if (!(err instanceof Neo4jSetupError)) throw err;
    console.error(`minutes-graph: ${err.message}`);
    if (err.details) console.error(err.details.replace(/^/gm, '  | '));
    return 1;
  }
}
