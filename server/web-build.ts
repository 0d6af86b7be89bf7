// The explorer is built by Vite into web/dist. `start` and `serve` build it when the bundle is
// missing or older than its sources, so `npm install && npm start` needs no separate step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const sourceEntries = ['index.html', 'src', 'vite.config.ts', 'public'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

export function webBuildIsStale(webDir: string): boolean {
  const built = path.join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(...sourceEntries.map((e) => newestMtime(path.join(webDir, e))));
  return sources > statSync(built).mtimeMs;
}

/** Builds web/ into web/dist when needed; returns whether it built. */
export async function ensureWebBuilt(webDir: string, log: (line: string) => void): Promise<boolean> {
  if (!existsSync(path.join(webDir, 'index.html'))) throw new Error(`no explorer sources in ${webDir}`);
  if (!webBuildIsStale(webDir)) return false;
  log('building the explorer (vite)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), root: webDir, logLevel: 'warn' });
  log(`explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
