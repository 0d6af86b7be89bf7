// `forget`: the person's name hashes go into the registry's forget list, the stored corpus is
// ingested again (so their name is cut from every text, their node and facts go), and the act
// is written to the audit log. If the graph cannot follow, the registry is put back.
import type { Gateway } from '../cypher/gateway.ts';
import { appendAudit, auditLogPath } from './audit-log.ts';
import { type IngestProgress, ingestFiles } from './ingest-corpus.ts';
import { forgetKey } from './registry.ts';
import { editRegistryFile, restoreRegistryFile, withRegistryLock } from './registry-file.ts';

export interface ForgetResult {
  readonly documentsRedacted: number;
  readonly namesCut: number;
  readonly orphansDeleted: number;
}

export function forgetPerson(gateway: Gateway, registryPath: string, person: { name: string; aliases: readonly string[] }, progress: IngestProgress): Promise<ForgetResult> {
  const keys = [...new Set([person.name, ...person.aliases].map(forgetKey))];
  return withRegistryLock(registryPath, async () => {
    const update = await editRegistryFile(registryPath, { op: 'forget', keys });
    let result: ForgetResult;
    try {
      const ingest = await ingestFiles(gateway, [], update.registry, progress);
      result = { documentsRedacted: ingest.replaced.documentsRemoved, namesCut: ingest.forgottenCuts, orphansDeleted: ingest.load.orphansDeleted + ingest.replaced.orphansDeleted };
    } catch (error) {
      await restoreRegistryFile(registryPath, update.previous);
      throw error;
    }
    await appendAudit(auditLogPath(registryPath), { action: 'forget', subject: keys[0]!, details: { documentsRedacted: result.documentsRedacted, namesCut: result.namesCut } });
    return result;
  });
}
