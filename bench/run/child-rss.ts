// Peak RSS of a command run in a child process: Linux keeps the high-water mark (VmHWM in
// /proc/<pid>/status); it is sampled while the child runs, since it is gone once it exits.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildRun {
  readonly code: number | null;
  readonly seconds: number;
  readonly peakRssBytes: number;
  /** The last lines the child wrote to stderr (why it failed, when it did). */
  readonly stderrTail: string;
  /** What it wrote to stdout. */
  readonly stdout: string;
}

function highWaterMark(pid: number): number | null {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) * 1024 : null;
  } catch {
    return null; // exited between two samples
  }
}

export function runMeasured(command: string, args: readonly string[], env: NodeJS.ProcessEnv, sampleMs = 200): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let tail = '';
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-2000)));
    const timer = setInterval(() => (peak = Math.max(peak, highWaterMark(child.pid!) ?? 0)), sampleMs);
    child.on('error', (error) => (clearInterval(timer), reject(error)));
    // 'close', not 'exit': its output is then read to the end.
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - t0) / 1000, peakRssBytes: peak, stderrTail: tail.trim().split('\n').slice(-5).join('\n'), stdout: Buffer.concat(out).toString() });
    });
  });
}
