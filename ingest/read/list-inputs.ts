// Expands the paths a user gave (files and folders) into the files to read.
import { readdir, stat } from 'node:fs/promises';
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
