// The one module that reads process.env; everything else receives the frozen Config.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConfig {
  /** Set when the user points at their own Neo4j (bolt://, neo4j://, neo4j+s:// …). */
  readonly uri: string | null;
  readonly user: string;
  readonly password: string | null;
  readonly database: string | undefined;
  /** Where the embedded Neo4j keeps its data, logs, pid and password files. */
  readonly homeDir: string;
  readonly boltPort: number;
  readonly heap: string;
  /** Page cache of the embedded Neo4j in MiB: the store's pages it keeps in memory. */
  readonly pagecacheMiB: number;
  /** The JVM that runs the embedded Neo4j: $JAVA_HOME/bin/java, else `java` on the PATH. */
  readonly javaCommand: string;
  /** Builds the embedded Neo4j launcher (server/neo4j-launcher) on first use. */
  readonly mavenCommand: string;
}

export interface HttpConfig {
  /** 127.0.0.1 unless MINUTES_GRAPH_HOST says otherwise: exposing the explorer is a choice. */
  readonly host: string;
  readonly port: number;
  /** The built explorer that the server serves at /. */
  readonly webRoot: string;
  /** Server-side timeout of each API query, in milliseconds. */
  readonly queryTimeoutMs: number;
  /** MINUTES_GRAPH_TOKEN: what merge and split must carry; required for them beyond loopback. */
  readonly token: string | null;
  /** MINUTES_GRAPH_SEARCH_PER_MINUTE: searches per client per minute before 429. */
  readonly searchPerMinute: number;
  /** MINUTES_GRAPH_ANSWER_CACHE: bytes of read-only API answers kept until the graph changes; 0: none. */
  readonly answerCacheBytes: number;
  /** MINUTES_GRAPH_ANSWER_CACHE_LAG_MS (0–1000): how old a look at the graph's stamp may be and still answer a request. */
  readonly answerCacheLagMs: number;
}

export interface Config {
  readonly root: string;
  readonly http: HttpConfig;
  readonly neo4j: Neo4jConfig;
  /**
   * The embedded Neo4j the tests start when no NEO4J_URI is set and no Docker engine answers:
   * its own home and port, so tests never touch the user's data in .neo4j/default.
   */
  readonly testNeo4j: Neo4jConfig;
  /** DOCKER_HOST, if set: where the test setup looks for a Docker engine first. */
  readonly dockerHost: string | null;
  readonly registryPath: string;
  readonly seedsDir: string;
  /** The browser the end-to-end tests drive: Debian's Chromium unless CHROMIUM_PATH says otherwise. */
  readonly chromiumPath: string;
  /** How an ingest rides out a Neo4j that went away: tries in all, and the first wait (doubling after). */
  readonly ingestRetry: { readonly tries: number; readonly firstDelayMs: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = projectRoot;
  const neo4j: Neo4jConfig = Object.freeze({
    uri: env.NEO4J_URI || null,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || null,
    database: env.NEO4J_DATABASE || undefined,
    homeDir: path.resolve(root, env.MINUTES_GRAPH_NEO4J_HOME || '.neo4j/default'),
    boltPort: Number(env.MINUTES_GRAPH_BOLT_PORT || 7687),
    heap: env.MINUTES_GRAPH_NEO4J_HEAP || '1g',
    // The 10k-document synthetic graph's store is ~410 MB: 512 MiB keeps a city's few years in memory.
    pagecacheMiB: mebibytes(env.MINUTES_GRAPH_NEO4J_PAGECACHE || '512m', 'MINUTES_GRAPH_NEO4J_PAGECACHE'),
    javaCommand: env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java',
    mavenCommand: 'mvn',
  });
  return Object.freeze({
    root,
    http: Object.freeze({
      host: env.MINUTES_GRAPH_HOST || '127.0.0.1',
      port: Number(env.PORT || env.MINUTES_GRAPH_PORT || 3000),
      webRoot: path.resolve(root, 'web/dist'),
      queryTimeoutMs: Number(env.MINUTES_GRAPH_QUERY_TIMEOUT_MS || 10_000),
      token: env.MINUTES_GRAPH_TOKEN || null,
      searchPerMinute: Number(env.MINUTES_GRAPH_SEARCH_PER_MINUTE || 120),
      // A year's co-attendance network is ~1 MB, a 2-hop neighbourhood ~250 KB: 64 MB keeps a few hundred.
      answerCacheBytes: byteSize(env.MINUTES_GRAPH_ANSWER_CACHE || '64m', 'MINUTES_GRAPH_ANSWER_CACHE'),
      answerCacheLagMs: lagMs(env.MINUTES_GRAPH_ANSWER_CACHE_LAG_MS || '0', 'MINUTES_GRAPH_ANSWER_CACHE_LAG_MS'),
    }),
    neo4j,
    testNeo4j: Object.freeze({
      ...neo4j,
      uri: null,
      user: 'neo4j',
      password: null,
      database: undefined,
      homeDir: path.resolve(root, '.neo4j/test'),
      boltPort: Number(env.MINUTES_GRAPH_TEST_BOLT_PORT || 7697),
    }),
    dockerHost: env.DOCKER_HOST || null,
    registryPath: path.resolve(root, env.MINUTES_GRAPH_REGISTRY || 'seeds/registry.yaml'),
    seedsDir: path.resolve(root, 'seeds'),
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    ingestRetry: Object.freeze({ tries: Number(env.MINUTES_GRAPH_INGEST_TRIES || 5), firstDelayMs: Number(env.MINUTES_GRAPH_INGEST_RETRY_MS || 2_000) }),
  });
}

/** A JVM-style size ('512m', '2g', '300000k') in MiB; anything else is refused, naming the variable. */
function mebibytes(value: string, name: string): number {
  const match = /^(\d+)([kmg])$/i.exec(value.trim());
  const factor = { k: 1 / 1024, m: 1, g: 1024 }[(match?.[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'];
  const mib = match && factor ? Math.floor(Number(match[1]) * factor) : 0;
  if (mib < 8) throw new Error(`${name} must be a size like 512m or 2g (at least 8m), not '${value}'`);
  return mib;
}

/** '64m', '512k', '1g' or a number of bytes ('0' turns off what it sizes); anything else is refused, naming the variable. */
function byteSize(value: string, name: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(value.trim());
  if (!match) throw new Error(`${name} must be a size like 64m, 512k or 0, not '${value}'`);
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * factor;
}

/** Whole milliseconds from 0 to 1000: a write must show within a second whatever the setting. */
function lagMs(value: string, name: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > 1000) throw new Error(`${name} must be whole milliseconds from 0 to 1000, not '${value}'`);
  return ms;
}
