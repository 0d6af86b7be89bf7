// The console's example queries: one file each under cypher/console/, its first comment line
// the title the console offers it under. Adding an example is adding a file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import type { ConsoleExample } from './shapes.ts';

export const defaultExamplesDir = path.join(projectRoot, 'cypher', 'console');

/** Programmer error (it names the file) when an example has no `// title` first line. */
export async function loadExamples(dir: string = defaultExamplesDir): Promise<ConsoleExample[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => {
      const query = (await readFile(path.join(dir, file), 'utf8')).trim();
      const title = /^\/\/\s*(.+)/.exec(query)?.[1]?.trim();
      if (!title) throw new Error(`${path.join(dir, file)}: the first line must be a '// title' comment`);
      return { name: file.replace(/\.cypher$/, ''), title, query };
    }),
  );
}
