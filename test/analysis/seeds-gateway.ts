// A gateway to the test Neo4j, optionally with seeds/ ingested first (as test/support/api.ts
// does; graph tests share one database and leave their own data, so it is cleared first).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { ingestFiles } from '../../ingest/ingest-corpus.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { testTarget } from '../support/neo4j.ts';

export interface TestGateway {
  readonly gateway: Gateway;
  close(): Promise<void>;
}

export async function openTestGateway({ ingestSeeds }: { ingestSeeds: boolean }): Promise<TestGateway> {
  const driver = createDriver(testTarget());
  const gateway = createGateway(driver, { database: testTarget().database });
  if (ingestSeeds) {
    const cfg = loadConfig();
    const files = readdirSync(cfg.seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(cfg.seedsDir, f));
    await gateway.write('delete-graph', {});
    await ingestFiles(gateway, files, await loadRegistry(cfg.registryPath), { stage: () => {}, warn: () => {} });
  }
  return { gateway, close: () => driver.close() };
}
