// Expands the paths a user gave (files and folders) into the files to read.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { hasSupportedExtension } from './formats.ts';
import type { ReadProblem } from './problem.ts';

/** Expands folders (recursively, sorted) into the supported files they hold. */
export async function listInputFiles(inputs: readonly string[], problems: ReadProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      problems.push({ path: input, reason: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      for (const e of entries.filter((e) => e.isSymbolicLink() && !hasSupportedExtension(e.name))) {
        const link = path.join(e.parentPath, e.name);
        const reason = await folderLinkProblem(link);
        if (reason) problems.push({ path: link, reason });
      }
      const found = entries
        .filter((e) => !e.isDirectory() && hasSupportedExtension(e.name))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

/**
 * A folder is read without following links to folders (so a link back up cannot loop); such
 * a link, or a link loop, is said once. Links to minutes files are read like the files.
 */
async function folderLinkProblem(link: string): Promise<string | null> {
  try {
    if (!(await stat(link)).isDirectory()) return null;
    const target = await realpath(link);
    const up = path.relative(target, await realpath(path.dirname(link)));
    return !up.startsWith('..') && !path.isAbsolute(up)
      ? `a symbolic link loop (it leads back to ${target}); not followed`
      : 'a link to a folder; not followed (give that folder itself to ingest it)';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop; not followed' : null;
  }
}
