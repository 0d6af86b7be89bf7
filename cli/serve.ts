// `minutes-graph serve`: the API and the explorer over whatever is in the graph.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGateway } from '../cypher/gateway.ts';
import { createGraphStamp } from '../cypher/graph-stamp.ts';
import { createApp } from '../server/app.ts';
import { createAnswerCache } from '../server/cache/answer-cache.ts';
import { createCypherConsole } from '../server/console/run-console.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { listen } from '../server/http.ts';
import { createDriver, findOrStartNeo4j, verifyConnectivity } from '../server/neo4j/connect.ts';
import { createConsoleLog } from '../server/neo4j/log.ts';
import { ensureWebBuilt } from '../server/web-build.ts';

const help = `Usage: minutes-graph serve [--host HOST] [--port PORT] [--no-build]

Serves the explorer and its JSON API (/api, described at /api/openapi.json) over the graph
as it is; 'minutes-graph start' ingests seeds/ first. Finds Neo4j (NEO4J_URI …) or starts
the embedded one. Stop with Ctrl-C.
  --host HOST   interface to listen on (default 127.0.0.1, or MINUTES_GRAPH_HOST); anything
                other than loopback exposes the graph to your network
  --port PORT   port (default 3000, or PORT)
  --no-build    serve web/dist as it is, without rebuilding the explorer
Merge and split in the explorer write the registry (seeds/registry.yaml, or MINUTES_GRAPH_REGISTRY);
beyond loopback they need MINUTES_GRAPH_TOKEN, sent as 'Authorization: Bearer TOKEN'.
Answers of the read-only GET routes are kept until the graph changes (checked on every
request, or within MINUTES_GRAPH_ANSWER_CACHE_LAG_MS, default 0), up to
MINUTES_GRAPH_ANSWER_CACHE bytes (default 64m; 0 keeps none).`;

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly build: boolean;
}

export function parseServeArgs(argv: string[], cfg: Config): ServeOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' }, host: { type: 'string' }, port: { type: 'string' }, 'no-build': { type: 'boolean' } },
  });
  if (values.help) return 'help';
  const port = Number(values.port ?? cfg.http.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: '${values.port}' is not a port number`);
  return { host: values.host ?? cfg.http.host, port, build: !values['no-build'] };
}

export async function runServeCommand(argv: string[]): Promise<number> {
  const cfg = loadConfig();
  const options = parseServeArgs(argv, cfg);
  if (options === 'help') return console.log(help), 0;
  await serveExplorer(cfg, options);
  return 0;
}

/** Serves until SIGINT or SIGTERM, then closes the server and the driver. */
export async function serveExplorer(cfg: Config, options: ServeOptions): Promise<void> {
  const log = createConsoleLog();
  const webDir = path.join(cfg.root, 'web');
  if (options.build) await ensureWebBuilt(webDir, (line) => log.info(line));
  const target = await findOrStartNeo4j(cfg, log);
  const driver = createDriver(target);
  await verifyConnectivity(driver, target);
  const gateway = createGateway(driver, { database: target.database, timeoutMs: cfg.http.queryTimeoutMs });
  const stale = (await gateway.read('count-meetings-without-sort-date', {}))[0]?.meetings ?? 0;
  if (stale) {
    log.info(`warning: ${stale} dated meeting(s) were stored by an earlier version without sortDate, so filters by period leave them out; ingest your minutes again (minutes-graph ingest PATH…) to bring every stored document up to date`);
  }
  const { version } = JSON.parse(readFileSync(path.join(cfg.root, 'package.json'), 'utf8')) as { version: string };
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host);
  // Beyond loopback, merge and split need a token; without one they are off.
  const curating = loopback || cfg.http.token !== null;
  // The console's own READ sessions, with the API's query timeout (MINUTES_GRAPH_QUERY_TIMEOUT_MS).
  const cypherConsole = createCypherConsole(driver, { database: target.database, timeoutMs: cfg.http.queryTimeoutMs });
  const maxBytes = cfg.http.answerCacheBytes;
  const answerCache = maxBytes > 0 ? createAnswerCache({ maxBytes, stamp: createGraphStamp(driver, { database: target.database, maxAgeMs: cfg.http.answerCacheLagMs }) }) : undefined;
  const app = createApp({ gateway, webRoot: cfg.http.webRoot, version, write: { registryPath: curating ? cfg.registryPath : null, token: cfg.http.token }, console: cypherConsole, searchPerMinute: cfg.http.searchPerMinute, answerCache });
  const server = await listen(app, options.host, options.port);
  const shown = options.host === '127.0.0.1' ? `http://localhost:${server.url.split(':').pop()}` : server.url;
  console.log(`\nexplorer: ${shown}   (API: ${shown}/api, OpenAPI: ${shown}/api/openapi.json)`);
  if (!loopback) console.log(`warning: listening on ${options.host}, reachable from other machines${curating ? '' : '; merge and split are off (set MINUTES_GRAPH_TOKEN to allow them)'}`);
  console.log('stop with Ctrl-C');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await driver.close();
}
