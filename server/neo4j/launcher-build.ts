// Builds server/neo4j-launcher with Maven when its target is missing or older than its sources.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { Neo4jSetupError, type Neo4jLog } from './log.ts';
import { lastLines } from './process.ts';

/** Maven resolves its own network time-outs; this only stops a build that hangs for good. */
const BUILD_LIMIT_MS = 15 * 60_000;

export function launcherDir(cfg: Config): string {
  return path.join(cfg.root, 'server', 'neo4j-launcher');
}

/** Builds the launcher if needed and returns the classpath that runs it. */
export async function ensureLauncherBuilt(cfg: Config, log: Neo4jLog): Promise<string> {
  const dir = launcherDir(cfg);
  const target = path.join(dir, 'target');
  const lib = path.join(target, 'lib');
  // Content, not mtimes: a git checkout touches files without changing them.
  const stamp = path.join(target, 'minutes-graph-build.sha256');
  const classpath = [path.join(target, 'classes'), path.join(lib, '*')].join(path.delimiter);
  const wanted = hashSources(dir);
  const mainClass = path.join(target, 'classes', 'org', 'minutesgraph', 'launcher', 'Launcher.class');
  if (readText(stamp) === wanted && fs.existsSync(mainClass) && fs.existsSync(lib)) return classpath;

  const firstBuild = !fs.existsSync(lib);
  log.info(
    firstBuild
      ? 'building the embedded Neo4j launcher (first run downloads Neo4j from Maven Central)…'
      : 'rebuilding the embedded Neo4j launcher…',
  );
  // A changed Neo4j version must not leave the old version's jars on the classpath.
  fs.rmSync(lib, { recursive: true, force: true });
  fs.rmSync(stamp, { force: true });
  const startedAt = Date.now();
  await runMaven(cfg.neo4j.mavenCommand, dir, log);
  fs.writeFileSync(stamp, wanted);
  log.info(`built the Neo4j launcher in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  return classpath;
}

function runMaven(mvn: string, dir: string, log: Neo4jLog): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, ['-q', '-B', 'package'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-64_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const ticker = setInterval(() => log.tick(), 2000);
    const limit = setTimeout(() => child.kill('SIGKILL'), BUILD_LIMIT_MS);
    const finish = (error?: Neo4jSetupError) => {
      clearInterval(ticker);
      clearTimeout(limit);
      log.done();
      if (error) reject(error);
      else resolve();
    };
    child.once('error', (err: NodeJS.ErrnoException) => {
      finish(
        err.code === 'ENOENT'
          ? new Neo4jSetupError(
              'Maven is needed to build the embedded Neo4j: apt-get install maven openjdk-17-jdk-headless, ' +
                'or set NEO4J_URI to use your own Neo4j',
            )
          : new Neo4jSetupError(`could not run ${mvn}: ${err.message}`),
      );
    });
    child.once('close', (code, signal) => {
      if (code === 0) return finish();
      const how = signal ? `was stopped (${signal}) after ${BUILD_LIMIT_MS / 60_000} min` : `exited with ${code}`;
      finish(
        new Neo4jSetupError(
          `building the Neo4j launcher failed (mvn ${how}); to see why, run: cd ${dir} && mvn -B package`,
          lastLines(stripAnsi(output), 30),
        ),
      );
    });
  });
}

/** sha256 over pom.xml and every file under src/, with their paths. */
function hashSources(dir: string): string {
  const hash = crypto.createHash('sha256');
  const files = ['pom.xml', ...listFiles(dir, 'src')].sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

function listFiles(root: string, relative: string): string[] {
  const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const child = path.join(relative, entry.name);
    return entry.isDirectory() ? listFiles(root, child) : [child];
  });
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

// Maven 3.8 writes colour resets even with -B -q.
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
