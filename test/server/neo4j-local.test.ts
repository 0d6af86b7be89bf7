// The Neo4j the tests run against, and the embedded launcher's promises: it answers, it is
// 5.26, its password is private, and a busy port or a stale pid file gives a clear answer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../server/config.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { localNeo4jStatus, startLocalNeo4j } from '../../server/neo4j/local.ts';
import { silentLog } from '../../server/neo4j/log.ts';
import { testTarget } from '../support/neo4j.ts';

const target = testTarget();
const base = loadConfig();
const testCfg: Config = { ...base, neo4j: base.testNeo4j };
const driver = createDriver(target);
afterAll(() => driver.close());

/** A config for an embedded Neo4j in a fresh temporary home, on the given port. */
function scratchConfig(port: number): Config {
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-graph-neo4j-'));
  return { ...base, neo4j: { ...base.testNeo4j, homeDir, boltPort: port } };
}

describe('the test Neo4j', () => {
  it('answers RETURN 1', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: target.database });
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  it.runIf(target.embedded)('is Neo4j 5.26 Community when embedded', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: target.database },
    );
    expect(records[0]?.get('version')).toMatch(/^5\.26\.\d+$/);
    expect(records[0]?.get('edition')).toBe('community');
  });

  it.runIf(target.embedded)('keeps its password in a file only the user can read', () => {
    const mode = fs.statSync(path.join(testCfg.neo4j.homeDir, 'password')).mode & 0o777;
    expect(mode.toString(8)).toBe('600');
  });

  it.runIf(target.embedded)('runs with the configured page cache and keeps only 128 MiB of transaction logs', async () => {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.pagecache.size', 'db.tx_log.rotation.retention_policy'] RETURN name, value ORDER BY name",
      {},
      { database: target.database },
    );
    expect(Object.fromEntries(records.map((r) => [r.get('name'), r.get('value')]))).toEqual({
      'db.tx_log.rotation.retention_policy': '128M size',
      'server.memory.pagecache.size': `${testCfg.neo4j.pagecacheMiB}.00MiB`,
    });
  });

  it.runIf(target.embedded)('reports running, and a second start returns the same process', async () => {
    const status = await localNeo4jStatus(testCfg);
    expect(status).toMatchObject({ state: 'running', uri: target.uri });
    const again = await startLocalNeo4j(testCfg, silentLog);
    expect(again.startedNow).toBe(false);
    expect(status.state === 'running' && again.pid === status.pid).toBe(true);
  });
});

describe('the embedded Neo4j page cache setting', () => {
  it('takes a JVM-style size, 512m by default, and refuses anything else naming the variable', () => {
    expect(loadConfig({}).neo4j.pagecacheMiB).toBe(512);
    expect(loadConfig({ MINUTES_GRAPH_NEO4J_PAGECACHE: '2g' }).neo4j.pagecacheMiB).toBe(2048);
    expect(loadConfig({ MINUTES_GRAPH_NEO4J_PAGECACHE: '300M' }).neo4j.pagecacheMiB).toBe(300);
    for (const bad of ['512', 'lots', '-1g', '1k']) {
      expect(() => loadConfig({ MINUTES_GRAPH_NEO4J_PAGECACHE: bad })).toThrow(`MINUTES_GRAPH_NEO4J_PAGECACHE must be a size like 512m or 2g (at least 8m), not '${bad}'`);
    }
  });
});

describe('the embedded launcher', () => {
  it('fails fast with the fix when its port is taken by another program', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const cfg = scratchConfig(port);
    try {
      const startedAt = Date.now();
      await expect(startLocalNeo4j(cfg, silentLog)).rejects.toThrow(
        `port ${port} is in use by another program: set MINUTES_GRAPH_BOLT_PORT=`,
      );
      expect(Date.now() - startedAt).toBeLessThan(5000);
      expect(await localNeo4jStatus(cfg)).toMatchObject({ state: 'stopped', portInUse: true });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
      fs.rmSync(cfg.neo4j.homeDir, { recursive: true, force: true });
    }
  });

  it('treats a pid file whose process is gone as stopped', async () => {
    const cfg = scratchConfig(testCfg.neo4j.boltPort + 1);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(cfg.neo4j.homeDir, 'neo4j.pid'), `${gone}\n`);
    try {
      expect(await localNeo4jStatus(cfg)).toMatchObject({ state: 'stopped', stalePid: gone });
    } finally {
      fs.rmSync(cfg.neo4j.homeDir, { recursive: true, force: true });
    }
  });
});
