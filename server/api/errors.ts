// API errors: one JSON shape, `{error: {code, message}}`, with the status that fits. Nothing
// else reaches a client: no stack traces, no driver internals.
import { Neo4jError } from 'neo4j-driver';
import type { ZodError } from 'zod';
import type { ErrorBody } from './shapes.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): ApiError => new ApiError(404, 'not_found', `${what} is not in the graph`);

export function badInput(where: string, error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.length ? `${where} '${issue.path.join('.')}'` : where;
  return new ApiError(400, 'bad_request', `${field}: ${issue?.message ?? 'invalid'}`);
}

// Driver codes that mean "the database cannot be reached now", not "the query is wrong".
const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isNeo4jUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return unavailableCodes.has(error.code) || /connect|ECONNREFUSED|ECONNRESET/i.test(error.message);
}

/** Seconds a client should wait before trying again when Neo4j is down. */
export const retryAfterSeconds = 5;

export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers: Record<string, string>;
}

export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof ApiError) return { status: error.status, body: { error: { code: error.code, message: error.message } }, headers: {} };
  if (isNeo4jUnavailable(error)) {
    return {
      status: 503,
      body: { error: { code: 'neo4j_unavailable', message: 'Neo4j cannot be reached; the graph is unavailable. Try again when the database is back.' } },
      headers: { 'Retry-After': String(retryAfterSeconds) },
    };
  }
  if (error instanceof Neo4jError && /TransactionTimedOut|Terminated/i.test(error.code)) {
    return { status: 504, body: { error: { code: 'query_timeout', message: 'the query took too long and was stopped' } }, headers: {} };
  }
  // Express's body parser marks malformed JSON and oversized bodies with a status.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: { code: 'bad_request', message: (error as Error).message } }, headers: {} };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error; the server log has the details' } }, headers: {} };
}
