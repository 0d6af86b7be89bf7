// A merge or split: the registry is edited, then the stored corpus is resolved again with it,
// so the graph shows the decision at once and every later ingest keeps it.
import type { Gateway } from '../cypher/gateway.ts';
import type { CurationEdit } from './curation.ts';
import { type IngestProgress, type IngestResult, ingestFiles } from './ingest-corpus.ts';
import { editRegistryFile, restoreRegistryFile, withRegistryLock } from './registry-file.ts';

export interface CurateResult {
  readonly changes: readonly string[];
  /** The re-ingest of the stored corpus; null when nothing changed or none was asked for. */
  readonly ingest: IngestResult | null;
}

export function curate(gateway: Gateway | null, registryPath: string, edit: CurationEdit, progress: IngestProgress): Promise<CurateResult> {
  return withRegistryLock(registryPath, async () => {
    const update = await editRegistryFile(registryPath, edit);
    if (!update.changes.length || !gateway) return { changes: update.changes, ingest: null };
    try {
      return { changes: update.changes, ingest: await ingestFiles(gateway, [], update.registry, progress) };
    } catch (error) {
      // The graph could not follow: the registry goes back, so file and graph keep agreeing.
      await restoreRegistryFile(registryPath, update.previous);
      throw error;
    }
  });
}
