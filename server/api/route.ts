// A route is data: its path, what it accepts, what it returns and the function that answers.
// app.ts mounts every route from this one list and openapi.ts describes the same list, so the
// document cannot leave a route out.
import type { z } from 'zod';
import type { Gateway } from '../../cypher/gateway.ts';
import type { CypherConsole } from '../console/run-console.ts';

export interface RouteContext {
  readonly gateway: Gateway;
  /** The registry file merge and split write to; null when this server does not curate. */
  readonly registryPath: string | null;
  /** The read-only Cypher console (its own READ sessions, not the gateway); absent: no console. */
  readonly console?: CypherConsole | null;
}

export interface Route<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  /** GET by default; POST for bodies (merge, split, a console query). */
  readonly method?: 'get' | 'post';
  /** Changes curated knowledge: guarded by write-guard.ts (same origin, token, curation on). */
  readonly writes?: boolean;
  /** Express path, e.g. `/api/entities/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: P;
  readonly query?: Q;
  /** The JSON body of a POST. */
  readonly body?: B;
  readonly response: R;
  /** When it gives a file, the answer is sent as that file to save (an attachment), not as JSON. */
  readonly file?: (body: z.infer<R>) => { name: string; type: string; content: string } | null;
  /** The HTTP status of a successful answer, when it is not always 200 (health: 503 when down). */
  readonly status?: (body: z.infer<R>) => number;
  handle(ctx: RouteContext, input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> }): Promise<z.infer<R>>;
}

/** Keeps each route's handler typed by its own schemas. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType, B extends z.ZodType = z.ZodType>(route: Route<P, Q, R, B>): Route<P, Q, R, B> {
  return route;
}
