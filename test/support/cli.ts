// Runs the real `minutes-graph` command against the test Neo4j and gives back its exit code and
// output, whether it succeeded or not.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectRoot } from '../../server/config.ts';
import { testTarget } from './neo4j.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const t = testTarget();
  const fullEnv = { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, ...env };
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/minutes-graph.js', ...args], { cwd: projectRoot, env: fullEnv });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
