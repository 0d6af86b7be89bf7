// The read-only Cypher console: a researcher's own query, in a READ session and a read
// transaction, with a server-side timeout and a row cap. Three locks, each enough on its own
// for writes: the text checks (check-query.ts), EXPLAIN's query type ('r' only), and Neo4j
// itself, which refuses any write in a READ transaction.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { ApiError, isNeo4jUnavailable } from '../api/errors.ts';
import { checkQuery, describeWrite, isRefusal } from './check-query.ts';
import { newCollector, toElements, toJson } from './cypher-json.ts';
import { loadExamples } from './examples.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import type { ConsoleExample, ConsoleResult } from './shapes.ts';

export interface ConsoleOptions {
  /** Database name; the server's default database when omitted. */
  readonly database?: string;
  /** Server-side timeout of the query's transaction (default 5 s). */
  readonly timeoutMs?: number;
  /** Most rows returned; more make `truncated: true` (default 1000). */
  readonly rowCap?: number;
  /** Queries per client per minute (default 30). */
  readonly perMinute?: number;
  /** Where the example queries are (default cypher/console). */
  readonly examplesDir?: string;
  /** Ask EXPLAIN for the query type first (default true); tests turn it off to show READ mode alone holds. */
  readonly explainFirst?: boolean;
}

export const consoleDefaults = Object.freeze({ timeoutMs: 5_000, rowCap: 1_000, perMinute: 30 });

export interface CypherConsole {
  run(query: string, params?: Record<string, unknown>): Promise<ConsoleResult>;
  examples(): Promise<ConsoleExample[]>;
  readonly limiter: RateLimiter;
  readonly timeoutMs: number;
  readonly rowCap: number;
}

/**
 * A driver error inside the work function, wrapped so that executeRead does not retry it: a
 * researcher's query that timed out or ran out of memory must not run a second time.
 */
class QueryFailed extends Error {
  constructor(readonly error: unknown) {
    super('console query failed');
  }
}

async function once<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new QueryFailed(error);
  }
}

export function createCypherConsole(driver: Driver, options: ConsoleOptions = {}): CypherConsole {
  const timeoutMs = options.timeoutMs ?? consoleDefaults.timeoutMs;
  const rowCap = options.rowCap ?? consoleDefaults.rowCap;
  const explainFirst = options.explainFirst ?? true;
  const config = { timeout: timeoutMs, metadata: { app: 'minutes-graph', query: 'console' } };
  let examples: Promise<ConsoleExample[]> | null = null;

  async function run(query: string, params: Record<string, unknown> = {}): Promise<ConsoleResult> {
    const checked = checkQuery(query);
    if (isRefusal(checked)) throw new ApiError(400, checked.code, checked.message);
    const started = Date.now();
    const values = toCypher(params) as Record<string, unknown>;
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    let prefix = '';
    try {
      if (explainFirst) {
        prefix = explainPrefix;
        const queryType = await session.executeRead((tx) => once(async () => (await tx.run(prefix + checked.text, values)).summary.queryType), config);
        if (queryType !== 'r') throw new ApiError(400, 'read_only', `the console is read-only: ${describeWrite(checked.code, queryType)}`);
        prefix = '';
      }
      const { columns, records, truncated } = await session.executeRead((tx) => once(() => readRows(tx, checked.text, values, rowCap)), config);
      const seen = newCollector();
      const rows = records.map((record) => columns.map((column) => toJson(record.get(column), seen)));
      return { columns, rows, truncated, rowCap, elements: toElements(seen), ms: Date.now() - started };
    } catch (error) {
      throw toApiError(error instanceof QueryFailed ? error.error : error, timeoutMs, prefix);
    } finally {
      await session.close();
    }
  }

  return {
    run,
    examples: () => (examples ??= loadExamples(options.examplesDir)),
    limiter: createRateLimiter({ limit: options.perMinute ?? consoleDefaults.perMinute, windowMs: 60_000 }),
    timeoutMs,
    rowCap,
  };
}

/** Reads at most `cap` records; leaving the loop early tells Neo4j to discard the rest. */
async function readRows(tx: ManagedTransaction, text: string, params: Record<string, unknown>, cap: number) {
  const result = tx.run(text, params);
  const columns = (await result.keys()) as string[];
  const records: Neo4jRecord[] = [];
  let truncated = false;
  for await (const record of result) {
    if (records.length >= cap) {
      truncated = true;
      break;
    }
    records.push(record);
  }
  return { columns, records, truncated };
}

const explainPrefix = 'EXPLAIN ';

/** Neo4j's errors as answers: a timeout is 504, a refused write or a bad query 400 with Neo4j's words. */
function toApiError(error: unknown, timeoutMs: number, prefix: string): unknown {
  if (!(error instanceof Neo4jError) || isNeo4jUnavailable(error)) return error;
  const code = error.code ?? '';
  if (/TransactionTimedOut/.test(code) || code === 'Neo.TransientError.Transaction.Terminated') {
    const seconds = Math.round(timeoutMs / 100) / 10;
    return new ApiError(504, 'query_timeout', `the query ran longer than ${seconds} s and was stopped; narrow it with WHERE or LIMIT, or count before you list`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || /AccessMode|ForbiddenOnReadOnly/.test(code)) {
    return new ApiError(400, 'read_only', `the console is read-only: Neo4j refused a write (${error.message})`);
  }
  if (/MemoryPoolOutOfMemory|OutOfMemory/.test(code)) {
    return new ApiError(400, 'query_too_big', 'the query needed more memory than the database allows; narrow it with WHERE or LIMIT');
  }
  if (code.startsWith('Neo.ClientError.')) return new ApiError(400, 'cypher_error', withoutPrefix(error.message, prefix.length));
  return error;
}

/**
 * Neo4j's message about the query as the researcher wrote it: its first line only (the quoted
 * query and caret follow), with the position moved back past our EXPLAIN prefix.
 */
function withoutPrefix(message: string, shift: number): string {
  const first = message.split('\n')[0]!.trim();
  if (!shift) return first;
  return first.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/, (_all, line: string, column: string, offset: string) => {
    const col = line === '1' ? Number(column) - shift : Number(column);
    return `(line ${line}, column ${col} (offset: ${Math.max(0, Number(offset) - shift)}))`;
  });
}

// Whole JSON numbers go to Cypher as INTEGER, so `LIMIT $n` and `x = $n` on integer
// properties work (the driver would send 10 as the FLOAT 10.0).
function toCypher(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypher);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  return value;
}

