// `forget`: the person's name hashes go into the registry's forget list and the stored corpus is
// ingested again (curate.ts: so their name is cut from every text, their node and facts go, and
// the registry is put back if the graph cannot follow); then the act is written to the audit log.
import type { Gateway } from '../cypher/gateway.ts';
import { appendAudit, auditLogPath } from './audit-log.ts';
import { curate } from './curate.ts';
import type { IngestProgress } from './ingest-corpus.ts';
import { forgetKey } from './registry.ts';

export interface ForgetResult {
  readonly documentsRedacted: number;
  readonly namesCut: number;
  readonly orphansDeleted: number;
}

export async function forgetPerson(gateway: Gateway, registryPath: string, person: { name: string; aliases: readonly string[] }, progress: IngestProgress): Promise<ForgetResult> {
  const keys = [...new Set([person.name, ...person.aliases].map(forgetKey))];
  const { ingest } = await curate(gateway, registryPath, { op: 'forget', keys }, progress);
  const result = {
    documentsRedacted: ingest?.replaced.documentsRemoved ?? 0,
    namesCut: ingest?.forgottenCuts ?? 0,
    orphansDeleted: ingest ? ingest.load.orphansDeleted + ingest.replaced.orphansDeleted : 0,
  };
  await appendAudit(auditLogPath(registryPath), { action: 'forget', subject: keys[0]!, details: { documentsRedacted: result.documentsRedacted, namesCut: result.namesCut } });
  return result;
}
