// What an error becomes on the wire: the API's shape, the status that fits, and nothing of the
// server's insides — not a stack, not a file path from a static-file error, not a driver message.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ApiError, toErrorResponse } from '../../server/api/errors.ts';
import { leakIn } from '../support/http-raw.ts';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code as never, '50N42', 'error');

describe('toErrorResponse', () => {
  it('an ApiError keeps its status, code and message', () => {
    expect(toErrorResponse(new ApiError(404, 'not_found', "entity 'x' is not in the graph"))).toMatchObject({ status: 404, body: { error: { code: 'not_found', message: "entity 'x' is not in the graph" } } });
  });

  it('a programmer error is a plain 500 without its message or stack', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id') at /work/main/server/api/handlers/profile.ts:12:3");
    const { status, body } = toErrorResponse(error);
    expect(status).toBe(500);
    expect(leakIn(JSON.stringify(body))).toBeNull();
    expect(JSON.stringify(body)).not.toContain('Cannot read');
  });

  it("a static file's 404 does not pass on the file system's message (it names the server's path)", () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, stat '/work/main/web/dist/index.html'"), { status: 404, statusCode: 404, expose: true });
    const { status, body } = toErrorResponse(error);
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'not_found', message: 'not found' });
  });

  it("the body parser's own messages pass: too large (413) and invalid JSON (400)", () => {
    const large = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large', limit: 102400 });
    expect(toErrorResponse(large)).toMatchObject({ status: 413, body: { error: { code: 'too_large', message: expect.stringMatching(/102400 bytes/) } } });
    const parse = Object.assign(new SyntaxError("Expected property name or '}' in JSON at position 1"), { status: 400, type: 'entity.parse.failed' });
    expect(toErrorResponse(parse)).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(/^the body is not valid JSON/) } } });
  });

  it('Neo4j out of reach is 503 with Retry-After and no driver details', () => {
    const { status, headers, body } = toErrorResponse(neo4jError('Could not perform discovery. No routing servers available. bolt://127.0.0.1:7687', 'ServiceUnavailable'));
    expect(status).toBe(503);
    expect(headers['Retry-After']).toMatch(/^\d+$/);
    expect(leakIn(JSON.stringify(body))).toBeNull();
  });

  it('a graph without its schema (nothing ingested yet) is 503 graph_not_ready, not a 500', () => {
    const error = neo4jError("query 'search-entities': Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: entity_search", 'Neo.ClientError.Procedure.ProcedureCallFailed');
    const { status, body } = toErrorResponse(error);
    expect(status).toBe(503);
    expect(body.error.code).toBe('graph_not_ready');
    expect(body.error.message).not.toMatch(/java|procedure/i);
  });
});
