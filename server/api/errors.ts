// API errors: one JSON shape, `{error: {code, message}}`, with the status that fits. Nothing
// else reaches a client: no stack traces, no driver internals.
import { STATUS_CODES } from 'node:http';
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
  // A database nothing was ingested into has no schema yet, so search has no index to ask.
  if (error instanceof Neo4jError && /no such fulltext schema index/i.test(error.message)) {
    return {
      status: 503,
      body: { error: { code: 'graph_not_ready', message: 'the graph has no search index yet: ingest minutes first (minutes-graph ingest)' } },
      headers: { 'Retry-After': String(retryAfterSeconds) },
    };
  }
  if (error instanceof Neo4jError && /TransactionTimedOut|Terminated/i.test(error.code)) {
    return { status: 504, body: { error: { code: 'query_timeout', message: 'the query took too long and was stopped' } }, headers: {} };
  }
  // Express's body parser marks malformed JSON and oversized bodies with a status, the router a
  // path it cannot decode, and static file serving a file it will not send.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: { code: clientErrorCodes[status] ?? 'bad_request', message: clientMessage(error as Error, status) } }, headers: {} };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error; the server log has the details' } }, headers: {} };
}

const clientErrorCodes: Record<number, string> = { 404: 'not_found', 413: 'too_large', 415: 'unsupported_media_type' };

/**
 * Only messages written for the client are passed on: the body parser's (its `type` says so) and
 * the router's undecodable path. Others, e.g. a file error from static serving, may name a
 * server path, so the status's own phrase stands in for them.
 */
function clientMessage(error: Error, status: number): string {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') return `the request body is larger than the limit of ${(error as { limit?: unknown }).limit} bytes`;
  if (type === 'entity.parse.failed') return `the body is not valid JSON: ${error.message}`;
  if (typeof type === 'string' || error instanceof URIError) return error.message;
  return (STATUS_CODES[status] ?? 'bad request').toLowerCase();
}
