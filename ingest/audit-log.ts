// The audit log of acts on people's data (forget): one JSON line per act, appended, saying who,
// when and what was done — never the person's name.
import { appendFile, mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';

export interface AuditEntry {
  readonly action: 'forget';
  /** The first of the person's name hashes (registry `forget`): which act, not whose name. */
  readonly subject: string;
  readonly details: Readonly<Record<string, number | string>>;
}

/** The log beside the registry: seeds/registry.yaml → seeds/audit.log. */
export const auditLogPath = (registryPath: string): string => path.join(path.dirname(registryPath), 'audit.log');

function actor(): string {
  try {
    return process.env.MINUTES_GRAPH_ACTOR || userInfo().username;
  } catch {
    return 'unknown';
  }
}

export async function appendAudit(logPath: string, entry: AuditEntry, at: Date = new Date()): Promise<void> {
  await mkdir(path.dirname(logPath), { recursive: true });
  await appendFile(logPath, `${JSON.stringify({ at: at.toISOString(), who: actor(), ...entry })}\n`, { encoding: 'utf8', mode: 0o600 });
}
