// The one module that reads process.env; everything else receives the frozen Config.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConfig {
  /** Set when the user points at their own Neo4j (bolt://, neo4j://, neo4j+s:// …). */
  readonly uri: string | null;
  readonly user: string;
  readonly password: string | null;
  readonly database: string | undefined;
  /** Where the embedded Neo4j keeps its data, logs, pid and password files. */
  readonly homeDir: string;
  readonly boltPort: number;
  readonly heap: string;
}

export interface Config {
  readonly root: string;
  readonly neo4j: Neo4jConfig;
  readonly registryPath: string;
  readonly seedsDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = projectRoot;
  return Object.freeze({
    root,
    neo4j: Object.freeze({
      uri: env.NEO4J_URI || null,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || null,
      database: env.NEO4J_DATABASE || undefined,
      homeDir: path.resolve(root, env.MINUTES_GRAPH_NEO4J_HOME || '.neo4j/default'),
      boltPort: Number(env.MINUTES_GRAPH_BOLT_PORT || 7687),
      heap: env.MINUTES_GRAPH_NEO4J_HEAP || '1g',
    }),
    registryPath: path.resolve(root, env.MINUTES_GRAPH_REGISTRY || 'seeds/registry.yaml'),
    seedsDir: path.resolve(root, 'seeds'),
  });
}
