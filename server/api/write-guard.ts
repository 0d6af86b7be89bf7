// Who may change curated knowledge over HTTP. The explorer is a local tool: on loopback, a
// request must come from the explorer's own page (JSON body, same origin — a foreign web page
// in the user's browser can send neither without the browser asking first); with a token set
// (required when listening beyond loopback), it must also carry that token.
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { ApiError } from './errors.ts';

export interface WriteAccess {
  /** Null: this server does not curate at all (e.g. exposed without a token). */
  readonly registryPath: string | null;
  readonly token: string | null;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function checkWrite(req: Request, access: WriteAccess): void {
  if (!access.registryPath) {
    throw new ApiError(403, 'curation_disabled', 'merge and split are off on this server: it listens beyond loopback without MINUTES_GRAPH_TOKEN');
  }
  if (!req.is('application/json')) throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  const origin = req.get('origin');
  if (origin && origin !== `${req.protocol}://${req.get('host')}`) throw new ApiError(403, 'cross_origin', `requests from ${origin} may not change the registry`);
  if (access.token) {
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    if (!sameToken(given, access.token)) throw new ApiError(401, 'unauthorised', 'this server needs its token (Authorization: Bearer …) to change the registry');
  }
}
