// Where Neo4j comes from (DESIGN.md): the user's own via NEO4J_URI, else the embedded one.
import fs from 'node:fs';
import neo4j, { type Driver, type ServerInfo } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local.ts';
import { Neo4jSetupError, type Neo4jLog } from './log.ts';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** True for the project's own embedded Neo4j (its password lives in a 0600 file). */
  embedded: boolean;
}

/** NEO4J_URI/USER/PASSWORD when set (bolt://, neo4j://, neo4j+s:// …); else the embedded one, started if needed. */
export async function findOrStartNeo4j(cfg: Config, log: Neo4jLog): Promise<Neo4jTarget> {
  const { uri, user, password, database } = cfg.neo4j;
  if (uri) {
    // An empty password is fine for a server run with auth disabled.
    return { uri, user, password: password ?? '', database, embedded: false };
  }
  return localNeo4jTarget(await startLocalNeo4j(cfg, log), database);
}

/** The target of a running embedded Neo4j: user neo4j, password from its 0600 file. */
export function localNeo4jTarget(local: LocalNeo4j, database?: string): Neo4jTarget {
  return { uri: local.uri, user: 'neo4j', password: readPassword(local.passwordFile), database, embedded: true };
}

/** Driver timings a caller may shorten, e.g. a test that wants a down server noticed in a second. */
export type DriverTimings = Partial<Pick<neo4j.Config, 'connectionTimeout' | 'connectionAcquisitionTimeout' | 'maxTransactionRetryTime'>>;

export function createDriver(target: Neo4jTarget, timings: DriverTimings = {}): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    userAgent: 'minutes-graph',
    // Fail in seconds, not minutes, when the server is away.
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
    ...timings,
  });
}

/**
 * Checks that the server answers, accepts the credentials and has the database; any failure
 * becomes one line with the fix.
 */
export async function verifyConnectivity(driver: Driver, target: Neo4jTarget): Promise<ServerInfo> {
  const database = target.database;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const info = await driver.getServerInfo({ database });
    await session.executeRead((tx) => tx.run('RETURN 1'));
    return info;
  } catch (err) {
    throw new Neo4jSetupError(explainFailure(err, target));
  } finally {
    await session.close();
  }
}

function explainFailure(err: unknown, target: Neo4jTarget): string {
  const code = (err as { code?: string }).code ?? '';
  const full = err instanceof Error ? err.message : String(err);
  // The driver's connection errors are a paragraph; their last 'Caused by' is the useful part.
  const message = (/Caused by: (.*)$/.exec(full)?.[1] ?? full).split('\n')[0];
  const where = `Neo4j at ${target.uri}`;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return target.embedded
      ? `${where} refused the password in its password file: run \`minutes-graph neo4j stop\`, delete that file ` +
          'and start again (a new password is then set)'
      : `${where} refused user '${target.user}': check NEO4J_USER and NEO4J_PASSWORD`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `${where} has no database '${target.database}': check NEO4J_DATABASE`;
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return target.embedded
      ? `cannot reach ${where}: ${message} (see \`minutes-graph neo4j status\`)`
      : `cannot reach ${where}: ${message} (is it running? check NEO4J_URI)`;
  }
  return `${where}: ${message}`;
}

function readPassword(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new Neo4jSetupError(
      `cannot read the embedded Neo4j's password from ${file} (${(err as Error).message}): ` +
        'restart it with `minutes-graph neo4j stop` and `minutes-graph neo4j start`',
    );
  }
}

