// vitest globalSetup: one real Neo4j for the whole run, in DESIGN.md's order: NEO4J_URI, else a
// testcontainers neo4j:5.26 when a Docker engine answers, else the embedded launcher in its own
// home (.neo4j/test) and port (7697), so tests never touch the user's data in .neo4j/default.
import type { TestProject } from 'vitest/node';
import { loadConfig, type Config } from '../../server/config.ts';
import { createDriver, localNeo4jTarget, verifyConnectivity, type Neo4jTarget } from '../../server/neo4j/connect.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local.ts';
import { createConsoleLog, type Neo4jLog } from '../../server/neo4j/log.ts';
import { findDockerEngine } from './docker-engine.ts';

type Teardown = () => Promise<void>;
interface Provided {
  readonly target: Neo4jTarget;
  readonly teardown: Teardown;
}

export default async function setup(project: TestProject): Promise<Teardown> {
  const cfg = loadConfig();
  const log = createConsoleLog();
  const { target, teardown } = await provideNeo4j(cfg, log);
  // One clear message here beats the same connection error in every graph test.
  const driver = createDriver(target);
  try {
    await verifyConnectivity(driver, target);
  } catch (err) {
    await teardown();
    throw err;
  } finally {
    await driver.close();
  }
  project.provide('neo4j', target);
  return teardown;
}

async function provideNeo4j(cfg: Config, log: Neo4jLog): Promise<Provided> {
  const { uri, user, password, database } = cfg.neo4j;
  if (uri) return { target: { uri, user, password: password ?? '', database, embedded: false }, teardown: async () => {} };

  if (await findDockerEngine(cfg.dockerHost)) {
    try {
      return await startContainer();
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      log.info(`testcontainers could not start neo4j:5.26 (${reason}); using the embedded Neo4j`);
    }
  }

  const testCfg: Config = { ...cfg, neo4j: cfg.testNeo4j };
  const local = await startLocalNeo4j(testCfg, log);
  return {
    target: localNeo4jTarget(local),
    // Stop it afterwards only if this run started it; one already running is left as it was.
    teardown: async () => {
      if (local.startedNow) await stopLocalNeo4j(testCfg, log);
    },
  };
}

async function startContainer(): Promise<Provided> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26').start();
  return {
    target: {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      embedded: false,
    },
    teardown: async () => {
      await container.stop();
    },
  };
}
