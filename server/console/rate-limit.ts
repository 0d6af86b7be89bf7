// A small in-memory rate limit for the console (and search): at most `limit` queries per client address in
// each fixed window. One process serves the explorer, so memory is the right place for it.
import type { NextFunction, Request, Response } from 'express';

export interface RateLimiter {
  /** Counts a request from `client`: null when allowed, else the seconds until it may try again. */
  take(client: string): number | null;
}

export interface RateLimitOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** The clock, injectable for tests. */
  readonly now?: () => number;
}

export function createRateLimiter({ limit, windowMs, now = Date.now }: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(client) {
      const t = now();
      // Forget finished windows now and then, so a scan of many addresses cannot grow the map for good.
      if (windows.size > 10_000) for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key);
      const current = windows.get(client);
      if (!current || t - current.start >= windowMs) {
        windows.set(client, { start: t, count: 1 });
        return null;
      }
      if (current.count >= limit) return Math.max(1, Math.ceil((current.start + windowMs - t) / 1000));
      current.count += 1;
      return null;
    },
  };
}

/** Express middleware: 429 with Retry-After and the API's error shape when the client is over; `what` names the requests counted. */
export function rateLimit(limiter: RateLimiter, what = 'console queries') {
  return (req: Request, res: Response, next: NextFunction): void => {
    const wait = limiter.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (wait === null) return next();
    res
      .status(429)
      .set('Retry-After', String(wait))
      .json({ error: { code: 'rate_limited', message: `too many ${what} from your address; try again in ${wait} s` } });
  };
}
