// The HTTP server: the JSON API under /api and the built explorer (web/dist) at /.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Gateway } from '../cypher/gateway.ts';
import { ApiError, badInput, retryAfterSeconds, toErrorResponse } from './api/errors.ts';
import { buildOpenApi } from './api/openapi.ts';
import type { Route } from './api/route.ts';
import { routes as apiRoutes } from './api/routes.ts';
import { checkWrite, type WriteAccess } from './api/write-guard.ts';
import type { AnswerCache } from './cache/answer-cache.ts';
import { answerKey, isCacheable } from './cache/route-key.ts';
import type { CypherConsole } from './console/run-console.ts';
import { createRateLimiter, rateLimit } from './console/rate-limit.ts';

/** Searches per client per minute: the explorer searches as one types, well below this. */
export const searchPerMinuteDefault = 120;

export interface AppOptions {
  readonly gateway: Gateway;
  /** The built explorer; when absent, only the API is served. */
  readonly webRoot?: string | null;
  readonly version: string;
  /** Where unexpected errors are logged (never sent to the client). */
  readonly logError?: (error: unknown) => void;
  readonly routes?: readonly Route[];
  /** The registry merge and split write to, and the token they need; absent: no curation. */
  readonly write?: WriteAccess;
  /** The read-only Cypher console; absent: POST /api/console answers 404. */
  readonly console?: CypherConsole;
  /** Searches per client address per minute (default searchPerMinuteDefault); over it, 429 with Retry-After. */
  readonly searchPerMinute?: number;
  /** Keeps the answers of the read-only GET routes until the graph changes; absent: every answer is computed. */
  readonly answerCache?: AnswerCache;
}

export function createApp(options: AppOptions): express.Express {
  const { gateway, version, logError = (e) => console.error(e) } = options;
  const routes = options.routes ?? apiRoutes;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // No inline scripts anywhere; the explorer's styles may be set from script.
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // Served over plain HTTP on loopback: nothing to upgrade to.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(express.json({ limit: '100kb' }));

  const openapi = buildOpenApi(routes, version);
  app.get('/api/openapi.json', (_req, res) => void res.json(openapi));

  const write: WriteAccess = options.write ?? { registryPath: null, token: null };
  // The console's rate limit needs the client's address, which routes do not see.
  if (options.console) app.post('/api/console', rateLimit(options.console.limiter));
  // Each search is a full-text query: one client cannot keep Neo4j busy with them.
  const searchLimiter = createRateLimiter({ limit: options.searchPerMinute ?? searchPerMinuteDefault, windowMs: 60_000 });
  app.use('/api/search', rateLimit(searchLimiter, 'searches'));
  for (const route of routes) {
    const cache = options.answerCache && isCacheable(route) ? options.answerCache : null;
    app[route.method ?? 'get'](route.path, async (req: Request, res: Response) => {
      if (route.writes) checkWrite(req, write);
      else if (route.method === 'post' && !req.is('application/json')) throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
      const params = route.params ? route.params.safeParse(req.params) : { success: true as const, data: {} };
      if (!params.success) throw badInput('path parameter', params.error);
      const query = route.query ? route.query.safeParse(req.query) : { success: true as const, data: {} };
      if (!query.success) throw badInput('query parameter', query.error);
      const input = route.body ? route.body.safeParse(req.body) : { success: true as const, data: {} };
      if (!input.success) throw badInput('body field', input.error);
      const ctx = { gateway, registryPath: write.registryPath, console: options.console ?? null };
      const handle = () => route.handle(ctx, { params: params.data, query: query.data, body: input.data });
      if (cache) {
        const { answer, outcome } = await cache.answer(answerKey(route, params.data, query.data), handle);
        // With the ETag already set, express answers 304 to a matching If-None-Match without hashing again.
        res.status(200).set({ 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8', ETag: answer.etag, 'X-Answer-Cache': outcome }).send(answer.body);
        return;
      }
      const body = await handle();
      const file = route.file?.(body);
      if (file) {
        // File names from data are reduced to safe ASCII: nothing can break out of the header.
        const name = file.name.replace(/[^A-Za-z0-9._-]+/g, '_');
        res.status(200).set({ 'Content-Type': file.type, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' }).send(file.content);
        return;
      }
      const status = route.status?.(body) ?? 200;
      if (status === 503) res.set('Retry-After', String(retryAfterSeconds));
      res.status(status).set('Cache-Control', 'no-store').json(body);
    });
  }
  app.use('/api', () => {
    throw new ApiError(404, 'not_found', 'no such API route; see /api/openapi.json');
  });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot, { index: 'index.html', fallthrough: true }));
    // The explorer keeps its state in the URL: any other page path is the explorer itself. A file
    // that is not there (a missing asset, ../package.json, /etc/passwd.txt) is a 404, not the page.
    app.get('/{*rest}', (req, res, next) => (looksLikeFile(req.path) ? next() : res.sendFile(path.join(webRoot, 'index.html'))));
  }
  app.use(() => {
    throw new ApiError(404, 'not_found', 'no such page or file');
  });

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const { status, body, headers } = toErrorResponse(error);
    if (status >= 500 && status !== 503) logError(error);
    res.status(status).set(headers).json(body);
  });
  return app;
}

/** A request for a file rather than a page of the explorer: under /assets/ or with an extension. */
function looksLikeFile(urlPath: string): boolean {
  return urlPath.startsWith('/assets/') || path.posix.extname(urlPath) !== '';
}
