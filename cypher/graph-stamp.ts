// The graph's stamp: a number that grows whenever the database has committed a transaction
// since the last look, so that answers computed from the graph can be kept until it changes.
//
// The stamp is read from Neo4j itself, not from minutes-graph's own writes: committing a read
// transaction returns a bookmark naming the last transaction the server has closed (an empty
// read — BEGIN, COMMIT, no query — costs one round trip, ~2 ms). Any committed write changes
// it (ingest, forget, curate, review, merge and split through the API, from any process); a
// rolled-back one (the ingest lock) does not. Writes by other tools straight into the same
// database change it too, though the cache is only promised to follow minutes-graph's own.
// With a cluster (neo4j:// routing to several members) the empty read and the queries of an
// answer may reach members at different points of the log, so the stamp may run ahead of an
// answer: turn the answer cache off there (MINUTES_GRAPH_ANSWER_CACHE=0).
import type { Driver } from 'neo4j-driver';

export interface GraphStamp {
  /**
   * The stamp as read by a look that started after this call: a write that committed before
   * the call is always seen. Calls made while a look is under way share the next one.
   */
  current(): Promise<number>;
}

export interface StampOptions {
  /**
   * A look that started at most this many milliseconds before a call may answer it (0: only
   * looks that start after the call). Above 0, a write is seen by requests that arrive this long
   * after it committed, and a burst of requests shares one look instead of queueing for the next.
   */
  readonly maxAgeMs?: number;
}

/** The stamp of the database the driver's sessions use (`database`, else the server's default). */
export function createGraphStamp(driver: Driver, options: { readonly database?: string } & StampOptions = {}): GraphStamp {
  return stampFrom(() => lastClosedBookmark(driver, options.database), options);
}

async function lastClosedBookmark(driver: Driver, database: string | undefined): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const tx = session.beginTransaction({ metadata: { app: 'minutes-graph', query: 'graph-stamp' } });
    await tx.commit();
    return session.lastBookmarks().join(',');
  } finally {
    await session.close();
  }
}

/**
 * A stamp over any `look` that returns an opaque token of the store's state. At most one look
 * runs at a time and the tokens come back in the order the looks started, so a changed token
 * always means a later state, and the stamp (a count of changes) only grows.
 */
export function stampFrom(look: () => Promise<string>, { maxAgeMs = 0 }: StampOptions = {}): GraphStamp {
  let token: string | null = null;
  let stamp = 0;
  let running: Promise<number> | null = null;
  let runningSince = 0;
  let queued: Promise<number> | null = null;
  // The latest look that has ended: when it started, and what it gave.
  let last: { readonly since: number; readonly stamp: Promise<number> } | null = null;

  function start(): Promise<number> {
    const since = performance.now();
    const run = look().then((seen) => {
      if (seen !== token) (token = seen), (stamp += 1);
      last = { since, stamp: Promise.resolve(stamp) };
      return stamp;
    });
    running = run;
    runningSince = since;
    const done = () => {
      if (running === run) running = null;
    };
    run.then(done, done);
    return run;
  }

  return {
    current() {
      const now = performance.now();
      if (last && now - last.since < maxAgeMs) return last.stamp;
      if (running && now - runningSince < maxAgeMs) return running;
      if (queued) return queued;
      if (!running) return start();
      // The look under way started before this call and may have missed a write that had
      // just committed: wait for it to end, then share one new look with every other waiter.
      queued = running.then(noop, noop).then(() => {
        queued = null;
        return start();
      });
      return queued;
    },
  };
}

const noop = () => {};
