// One ingest at a time per graph. Each ingest resolves the stored corpus together with its own
// files, so two at once would each miss the other's documents and the last to write a shared
// document would win. The second one waits for the first, and says that it waits.
import type { Gateway, HeldTransaction } from '../cypher/gateway.ts';

/** The id the lock's never-committed Document takes: no document's id looks like it. */
const lockId = 'lock:ingest';
/** How long the first try waits before saying that another ingest holds the lock. */
const probeMs = 1_000;

/** Neo4j's answers when a transaction's timeout ends its wait for a lock. */
function isLockWaitEnded(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return /LockClientStopped|TransactionTimedOut|Terminated/.test(code);
}

/**
 * Takes the ingest lock, waiting as long as another ingest holds it (`onWait` is told once).
 * An ingest that dies releases it with its connection; `release` is for the normal end.
 * The schema must be applied before: without Document.id's constraint nothing waits, and
 * creating that constraint would wait for the lock's own transaction.
 */
export async function acquireIngestLock(gateway: Gateway, onWait: (message: string) => void): Promise<HeldTransaction> {
  // A lock held under a timeout would lapse mid-ingest, so the timed try only asks whether it is free.
  const free = await gateway.hold('hold-ingest-lock', { lock: lockId }, { timeoutMs: probeMs }).then(
    async (held) => (await held.release(), true),
    (error: unknown) => {
      if (isLockWaitEnded(error)) return false;
      throw error;
    },
  );
  if (!free) onWait('another ingest is writing to this graph; waiting for it to finish');
  return gateway.hold('hold-ingest-lock', { lock: lockId });
}
