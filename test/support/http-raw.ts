// Requests exactly as written: fetch() normalises `/assets/../../x` to `/x` before sending, so
// path traversal and malformed requests go through node:http, whose path is sent verbatim.
import http from 'node:http';

export interface RawReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

export interface RawRequest {
  readonly method?: string;
  /** Sent as is: not encoded, not normalised. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** A request that takes longer fails the test rather than hanging it (default 15 s). */
  readonly timeoutMs?: number;
}

export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawReply> {
  const { hostname, port } = new URL(baseUrl);
  // Node frames a GET's body only when told its length (it does not chunk GETs).
  const headers = request.body === undefined ? request.headers : { 'content-length': String(Buffer.byteLength(request.body)), ...request.headers };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname === 'localhost' ? '127.0.0.1' : hostname, port, method: request.method ?? 'GET', path: request.path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(request.timeoutMs ?? 15_000, () => req.destroy(new Error(`${request.method ?? 'GET'} ${request.path.slice(0, 120)}: no answer in ${request.timeoutMs ?? 15_000} ms`)));
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** What no response may show: stack frames, source or module paths of the server, driver internals. */
const internals: readonly [string, RegExp][] = [
  ['a stack frame', /\n\s*at |\bat [\w.<>]+ \(/],
  ['a /work/ path', /\/work\//],
  ['node_modules', /node_modules/],
  ['a .ts source position', /\.ts:\d+/],
  ['a driver error', /Neo4jError|bolt:\/\//],
];

/** The first internal detail `text` gives away, or null; `echoed` are the request's own inputs, which an error may quote. */
export function leakIn(text: string, echoed: readonly string[] = []): string | null {
  // Quoted in JSON, an input's quotes and backslashes are escaped: remove both spellings.
  const spellings = echoed.filter((e) => e.length > 0).flatMap((e) => [JSON.stringify(e).slice(1, -1), e]);
  const rest = spellings.reduce((t, e) => t.split(e).join(''), text);
  for (const [what, pattern] of internals) if (pattern.test(rest)) return what;
  return null;
}

/** True when `text` is the API's error shape, `{error: {code, message}}` with two strings. */
export function isErrorBody(text: string): boolean {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return typeof body?.error?.code === 'string' && typeof body.error.message === 'string';
  } catch {
    return false;
  }
}
