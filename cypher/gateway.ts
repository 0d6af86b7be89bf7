// The one way queries reach Neo4j: by name, through managed transactions (which retry
// transient errors), with a timeout, and with the session closed whatever happens.
import { Neo4jError, int, isInt } from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, SessionMode } from 'neo4j-driver';
import { queries, queryText } from './registry.ts';
import type { Params, QueryName, ReadQueryName, Row, WriteQueryName } from './registry.ts';
import { readSchemaStatements } from './schema.ts';

export interface GatewayOptions {
  /** Database name; the server's default database when omitted. */
  readonly database?: string;
  /** Server-side timeout of each transaction, in milliseconds. */
  readonly timeoutMs?: number;
}

export interface Counters {
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
  readonly constraintsAdded: number;
  readonly indexesAdded: number;
}

export interface QueryOutcome<N extends QueryName> {
  readonly rows: Row<N>[];
  readonly counters: Counters;
}

/** A write transaction in progress: every named query run through it commits or rolls back together. */
export interface GatewayTransaction {
  run<N extends QueryName>(name: N, params: Params<N>): Promise<QueryOutcome<N>>;
}

export interface Gateway {
  read<N extends ReadQueryName>(name: N, params: Params<N>): Promise<Row<N>[]>;
  write<N extends WriteQueryName>(name: N, params: Params<N>): Promise<QueryOutcome<N>>;
  /**
   * Runs `work` in one managed write transaction. The driver may call `work` again after a
   * transient error, so it must keep its results in what it returns, not in outer variables.
   */
  writeTransaction<T>(work: (tx: GatewayTransaction) => Promise<T>, options?: { readonly name?: string }): Promise<T>;
  /** Applies cypher/schema.cypher, one statement per transaction (schema and data cannot mix). */
  applySchema(): Promise<Counters>;
  /**
   * Runs a write query in a transaction kept open until `release`, which rolls it back: the
   * locks the query took are held until then and nothing it wrote is ever committed. If the
   * holder dies, its connection closes and the server rolls back for it. `timeoutMs` bounds
   * the wait for those locks; the driver's error (e.g. LockClientStopped) is thrown as is.
   */
  hold<N extends WriteQueryName>(name: N, params: Params<N>, options?: { readonly timeoutMs?: number }): Promise<HeldTransaction>;
}

export interface HeldTransaction {
  release(): Promise<void>;
}

export const defaultTimeoutMs = 60_000;

export function createGateway(driver: Driver, options: GatewayOptions = {}): Gateway {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;

  async function inSession<T>(mode: SessionMode, name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({ database: options.database, defaultAccessMode: mode });
    const config = { timeout: timeoutMs, metadata: { app: 'minutes-graph', query: name } };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }

  return {
    read: (name, params) => inSession('READ', name, async (tx) => (await runNamed(tx, name, params)).rows),
    write: (name, params) => inSession('WRITE', name, (tx) => runNamed(tx, name, params)),
    writeTransaction: (work, { name = 'transaction' } = {}) =>
      inSession('WRITE', name, (tx) => work({ run: (query, params) => runNamed(tx, query, params) })),
    async applySchema() {
      let counters = emptyCounters;
      for (const statement of readSchemaStatements()) {
        const result = await inSession('WRITE', 'schema', (tx) => named(statement, () => tx.run(statement)));
        counters = addCounters(counters, countersOf(result));
      }
      return counters;
    },
    async hold(name, params, { timeoutMs } = {}) {
      const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
      const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'minutes-graph', query: name } });
      try {
        checkParams(name, params);
        await named(name, () => tx.run(queryText(name), toCypher(params)));
      } catch (error) {
        await tx.rollback().catch(() => {});
        await session.close();
        throw error;
      }
      return {
        async release() {
          // A lost connection has already rolled it back on the server: nothing left to undo.
          await tx.rollback().catch(() => {});
          await session.close().catch(() => {});
        },
      };
    },
  };
}

async function runNamed<N extends QueryName>(tx: ManagedTransaction, name: N, params: Params<N>): Promise<QueryOutcome<N>> {
  checkParams(name, params);
  const result = await named(name, () => tx.run(queryText(name), toCypher(params)));
  return { rows: result.records.map((record) => fromCypher(record.toObject()) as Row<N>), counters: countersOf(result) };
}

// The driver's own error must pass through unchanged in type and code so that managed
// transactions still retry transient errors; only its message gains the query's name.
async function named<T>(query: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Neo4jError) error.message = `query '${query}': ${error.message}`;
    throw error;
  }
}

/** Programmer error if the parameters are not exactly the ones the registry declares. */
function checkParams(name: QueryName, params: object): void {
  const spec = queries[name];
  if (!spec) throw new Error(`unknown query '${name}': register it in cypher/registry.ts`);
  const expected = [...spec.params].sort();
  const given = Object.keys(params).sort();
  if (expected.join() !== given.join()) {
    throw new Error(`query '${name}' takes parameters [${expected.join(', ')}], got [${given.join(', ')}]`);
  }
}

export const emptyCounters: Counters = Object.freeze({
  nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0,
  propertiesSet: 0, constraintsAdded: 0, indexesAdded: 0,
});

export function addCounters(a: Counters, b: Counters): Counters {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof Counters)[]) sum[key] = a[key] + b[key];
  return sum;
}

function countersOf(result: QueryResult): Counters {
  const updates = result.summary.counters.updates();
  const counters = { ...emptyCounters };
  for (const key of Object.keys(counters) as (keyof Counters)[]) counters[key] = Number(updates[key] ?? 0);
  return counters;
}

// Every number in this graph is an offset or a count: whole JS numbers go to Cypher as
// INTEGER (the driver would otherwise send FLOAT and store `start: 63.0`).
function toCypher(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(toCypher);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  return value;
}

/** Cypher INTEGERs come back as JS numbers (strings if beyond 2^53, which no count here reaches). */
function fromCypher(value: unknown): unknown {
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(fromCypher);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCypher(v)]));
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
