// The embedded Neo4j 5.26 Community (server/neo4j-launcher), run detached on the local JVM so
// it outlives the command that started it; later commands find it through its pid file.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { ensureLauncherBuilt } from './launcher-build.ts';
import { Neo4jSetupError, type Neo4jLog } from './log.ts';
import {
  LAUNCHER_CLASS,
  isPortAnswering,
  isPortFree,
  lastLines,
  readFrom,
  readLauncherArgs,
  readPid,
  sleep,
} from './process.ts';

export interface LocalNeo4jFiles {
  readonly homeDir: string;
  readonly pidFile: string;
  readonly logFile: string;
  /** Mode 0600, written by the launcher on first start: the password of user neo4j. */
  readonly passwordFile: string;
}

export interface LocalNeo4j extends LocalNeo4jFiles {
  readonly uri: string;
  readonly pid: number;
  /** False when it was already running: then whoever started it also stops it. */
  readonly startedNow: boolean;
}

interface LiveProcess {
  readonly pid: number;
  readonly port: number;
  readonly uri: string;
}

/** 'starting': the launcher's JVM is alive but Bolt does not answer yet (or no longer). */
export type LocalNeo4jStatus = LocalNeo4jFiles &
  (
    | ({ readonly state: 'running' } & LiveProcess)
    | ({ readonly state: 'starting' } & LiveProcess)
    | { readonly state: 'stopped'; readonly port: number; readonly portInUse: boolean; readonly stalePid: number | null }
  );

export interface LocalNeo4jOptions {
  /** How long to wait for Bolt after starting the JVM (default 120 s). */
  readonly readyTimeoutMs?: number;
}

/** Neo4j's own recommended JVM flags, less those for big servers. */
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  // Without these Neo4j cannot reach file descriptors for its I/O hints and logs warnings.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];
const START_MARK = '--- minutes-graph: starting Neo4j';
const STOP_TIMEOUT_MS = 60_000;
const JAVA_NEEDED =
  'Java 17 is needed: apt-get install openjdk-17-jdk-headless maven, or set NEO4J_URI to use your own Neo4j';

export function localNeo4jFiles(cfg: Config): LocalNeo4jFiles {
  const homeDir = path.resolve(cfg.neo4j.homeDir);
  return {
    homeDir,
    pidFile: path.join(homeDir, 'neo4j.pid'),
    logFile: path.join(homeDir, 'neo4j.log'),
    passwordFile: path.join(homeDir, 'password'),
  };
}

/** Running: our launcher's process is alive and Bolt answers after its READY line. */
export async function localNeo4jStatus(cfg: Config): Promise<LocalNeo4jStatus> {
  const files = localNeo4jFiles(cfg);
  const pid = readPid(files.pidFile);
  const launcher = pid === null ? null : readLauncherArgs(pid);
  if (pid !== null && launcher && path.resolve(launcher.homeDir) === files.homeDir) {
    const ready = readyAfterLastStart(files.logFile) && (await isPortAnswering(launcher.port));
    const live = { ...files, pid, port: launcher.port, uri: boltUri(launcher.port) };
    return ready ? { ...live, state: 'running' } : { ...live, state: 'starting' };
  }
  const port = cfg.neo4j.boltPort;
  return { ...files, state: 'stopped', port, portInUse: !(await isPortFree(port)), stalePid: pid };
}

export async function startLocalNeo4j(
  cfg: Config,
  log: Neo4jLog,
  options: LocalNeo4jOptions = {},
): Promise<LocalNeo4j> {
  const timeoutMs = options.readyTimeoutMs ?? 120_000;
  const status = await localNeo4jStatus(cfg);
  if (status.state === 'running') return { ...status, startedNow: false };
  if (status.state === 'starting') {
    log.info(`Neo4j is already starting (pid ${status.pid}); waiting for it`);
    await waitUntilReady(status.pid, status, lastStartOffset(status.logFile), timeoutMs, log);
    return { ...status, startedNow: false };
  }
  if (status.stalePid !== null) fs.rmSync(status.pidFile, { force: true });
  if (status.portInUse) {
    throw new Neo4jSetupError(
      `port ${status.port} is in use by another program: set MINUTES_GRAPH_BOLT_PORT=<a free port> ` +
        'or NEO4J_URI=<your Neo4j>',
    );
  }
  checkJava(cfg.neo4j.javaCommand);
  const classpath = await ensureLauncherBuilt(cfg, log);

  const { homeDir, logFile, pidFile } = status;
  fs.mkdirSync(homeDir, { recursive: true, mode: 0o700 });
  fs.appendFileSync(logFile, `${START_MARK} at ${new Date().toISOString()}\n`);
  const offset = fs.statSync(logFile).size;
  log.info(`starting Neo4j 5.26 on ${boltUri(status.port)} (data in ${homeDir})`);
  const out = fs.openSync(logFile, 'a');
  const args = [`-Xmx${cfg.neo4j.heap}`, `-Dminutesgraph.pagecacheMiB=${cfg.neo4j.pagecacheMiB}`, ...JVM_OPTIONS, '-cp', classpath, LAUNCHER_CLASS, homeDir, String(status.port)];
  const child = spawn(cfg.neo4j.javaCommand, args, { cwd: homeDir, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pid = await spawned(child);
  fs.writeFileSync(pidFile, `${pid}\n`);
  child.unref();
  await waitUntilReady(pid, status, offset, timeoutMs, log);
  return { ...localNeo4jFiles(cfg), uri: boltUri(status.port), pid, startedNow: true };
}

/** Stops it with SIGTERM (a clean shutdown), SIGKILL only after a minute. False if not running. */
export async function stopLocalNeo4j(cfg: Config, log: Neo4jLog): Promise<boolean> {
  const status = await localNeo4jStatus(cfg);
  if (status.state === 'stopped') {
    if (status.stalePid !== null) fs.rmSync(status.pidFile, { force: true });
    return false;
  }
  log.info(`stopping Neo4j (pid ${status.pid})…`);
  process.kill(status.pid, 'SIGTERM');
  if (!(await waitForExit(status.pid, STOP_TIMEOUT_MS, log))) {
    log.info(`Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    process.kill(status.pid, 'SIGKILL');
    await waitForExit(status.pid, 10_000, log);
  }
  fs.rmSync(status.pidFile, { force: true });
  return true;
}

async function waitUntilReady(
  pid: number,
  files: LocalNeo4jFiles,
  offset: number,
  timeoutMs: number,
  log: Neo4jLog,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let round = 1; ; round++) {
    const text = readFrom(files.logFile, offset);
    if (/^READY /m.test(text)) return log.done();
    const failed = /^FAILED: (.*)$/m.exec(text)?.[1];
    const alive = readLauncherArgs(pid) !== null;
    if (failed !== undefined || !alive || Date.now() > deadline) {
      log.done();
      if (alive) {
        process.kill(pid, 'SIGTERM');
        await waitForExit(pid, 15_000, log);
      }
      fs.rmSync(files.pidFile, { force: true });
      const why = failed ?? (alive ? `no answer within ${timeoutMs / 1000} s` : 'the JVM exited');
      throw new Neo4jSetupError(`Neo4j did not start: ${why}; log: ${files.logFile}`, lastLines(text, 20));
    }
    if (round % 5 === 0) log.tick();
    await sleep(200);
  }
}

async function waitForExit(pid: number, timeoutMs: number, log: Neo4jLog): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let round = 1; readLauncherArgs(pid) !== null; round++) {
    if (Date.now() > deadline) return false;
    if (round % 5 === 0) log.tick();
    await sleep(200);
  }
  log.done();
  return true;
}

function spawned(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child.pid!));
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new Neo4jSetupError(JAVA_NEEDED) : err),
    );
  });
}

function checkJava(java: string): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new Neo4jSetupError(code === 'ENOENT' ? JAVA_NEEDED : `could not run ${java}: ${result.error.message}`);
  }
  // `java -version` prints e.g. 'openjdk version "17.0.15"' or, before Java 9, '"1.8.0_402"'.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : Number.NaN;
  if (!(major >= 17)) {
    throw new Neo4jSetupError(`${JAVA_NEEDED} (${java} is ${match ? `Java ${major}` : 'of unknown version'})`);
  }
}

function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** Byte offset of the log of the latest start. */
function lastStartOffset(logFile: string): number {
  try {
    return Math.max(0, fs.readFileSync(logFile).lastIndexOf(START_MARK));
  } catch {
    return 0;
  }
}

function readyAfterLastStart(logFile: string): boolean {
  return /^READY /m.test(readFrom(logFile, lastStartOffset(logFile)));
}
