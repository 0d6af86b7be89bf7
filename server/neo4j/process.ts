// Small facts about processes, ports and files that the local Neo4j launcher relies on.
import fs from 'node:fs';
import net from 'node:net';

export const LAUNCHER_CLASS = 'org.minutesgraph.launcher.Launcher';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The launcher's command line (`java … Launcher HOME PORT`), or null if pid is not one. */
export function readLauncherArgs(pid: number): { homeDir: string; port: number } | null {
  let argv: string[];
  try {
    process.kill(pid, 0);
  } catch {
    return null; // gone, or (EPERM) another user's process, so certainly not ours
  }
  try {
    argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null; // gone meanwhile, or a system without /proc
  }
  const at = argv.indexOf(LAUNCHER_CLASS);
  const homeDir = argv[at + 1];
  const port = Number(argv[at + 2]);
  if (at < 0 || !homeDir || !Number.isInteger(port)) return null;
  return { homeDir, port };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function isPortAnswering(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const finish = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** Whether we could listen on 127.0.0.1:port ourselves, i.e. no other program holds it. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

export function readPid(pidFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The text of a file from byte `fromByte` on ('' if it cannot be read). */
export function readFrom(file: string, fromByte: number): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const length = Math.max(0, fs.fstatSync(fd).size - fromByte);
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, fromByte);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The last `count` non-empty lines of some text. */
export function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .join('\n');
}
