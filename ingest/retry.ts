// An ingest over a Neo4j that may go away: each database call is tried again on a transient
// failure (server unreachable, session expired, deadlock) after a wait that doubles, a bounded
// number of times, and then fails with one message that says what to do. Nothing is lost by
// giving up: each document is written in one transaction, and a load skips documents already
// stored, so the same ingest run again resumes where this one stopped.
import { Neo4jError } from 'neo4j-driver';
import type { Gateway } from '../cypher/gateway.ts';

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly tries: number;
  /** The wait before the second attempt; each later wait is twice the one before. */
  readonly firstDelayMs: number;
}

/** 5 tries with waits of 2, 4, 8 and 16 s: an outage of half a minute is ridden out. */
export const defaultRetryPolicy: RetryPolicy = Object.freeze({ tries: 5, firstDelayMs: 2_000 });

export interface RetryNotice {
  /** The attempt that failed (1 = the first). */
  readonly attempt: number;
  readonly tries: number;
  readonly delayMs: number;
  readonly reason: string;
}

export interface RetryHooks {
  /** Told before each wait, e.g. to print "try 2 of 5 in 2 s". */
  readonly onRetry?: (notice: RetryNotice) => void;
  /** Injected so tests can skip the waits. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** What gives up: says where Neo4j is, how often it was tried, and that running again resumes. */
export class Neo4jUnavailableError extends Error {
  override readonly name = 'Neo4jUnavailableError';
}

/** The driver's own test, called on its class: its exported `isRetriableError` loses `this` and throws. */
export function isTransientNeo4jError(error: unknown): boolean {
  return error instanceof Neo4jError && Neo4jError.isRetryable(error);
}

/** The waits between the tries of `policy`, in milliseconds. */
export function retryDelays(policy: RetryPolicy): number[] {
  return Array.from({ length: Math.max(0, policy.tries - 1) }, (_, i) => policy.firstDelayMs * 2 ** i);
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work`, again after each transient failure while tries remain. `where` names the server. */
export async function withRetries<T>(work: () => Promise<T>, policy: RetryPolicy, where: string, hooks: RetryHooks = {}): Promise<T> {
  const delays = retryDelays(policy);
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientNeo4jError(error)) throw error;
      const delayMs = delays[attempt - 1];
      if (delayMs === undefined) throw new Neo4jUnavailableError(giveUpMessage(error, policy, where), { cause: error });
      hooks.onRetry?.({ attempt, tries: policy.tries, delayMs, reason: shortReason(error) });
      await (hooks.sleep ?? sleepFor)(delayMs);
    }
  }
}

/** The gateway with every call retried under `policy`; a managed transaction is retried whole. */
export function retryingGateway(gateway: Gateway, policy: RetryPolicy, where: string, hooks: RetryHooks = {}): Gateway {
  const retry = <T>(work: () => Promise<T>) => withRetries(work, policy, where, hooks);
  return {
    read: (name, params) => retry(() => gateway.read(name, params)),
    write: (name, params) => retry(() => gateway.write(name, params)),
    writeTransaction: (work, options) => retry(() => gateway.writeTransaction(work, options)),
    applySchema: () => retry(() => gateway.applySchema()),
    hold: (name, params, options) => retry(() => gateway.hold(name, params, options)),
  };
}

function giveUpMessage(error: unknown, policy: RetryPolicy, where: string): string {
  const waited = retryDelays(policy).reduce((a, b) => a + b, 0) / 1000;
  const seconds = waited < 10 ? Math.round(waited * 10) / 10 : Math.round(waited);
  const code = (error as { code?: string }).code ?? '';
  const what = code === 'ServiceUnavailable' || code === 'SessionExpired' ? 'unreachable' : 'kept failing';
  return (
    `Neo4j at ${where} ${what} after ${policy.tries} tries over ${seconds} s (${shortReason(error)}); ` +
    'nothing half-written (each document is written in one transaction); run the same ingest again to resume'
  );
}

/** The driver's messages are a paragraph; the last "Caused by" line, or the first line, says it. */
function shortReason(error: unknown): string {
  const full = error instanceof Error ? error.message : String(error);
  const line = (/Caused by: (.*)$/m.exec(full)?.[1] ?? full).split('\n')[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
