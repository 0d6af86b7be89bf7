// Writing the registry file: one edit at a time, checked before it is written, written whole
// (a temporary file renamed over the old one), so a reader never sees half a registry.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { applyEdit, type CurationEdit, CurationError } from './curation.ts';
import { parseRegistry, type Registry } from './registry.ts';

export interface RegistryUpdate {
  readonly registry: Registry;
  /** One line per change; empty when the registry already said so. */
  readonly changes: readonly string[];
  /** The file's text before the edit (null: there was no file), to put back if what follows fails. */
  readonly previous: string | null;
}

const header = '# minutes-graph registry: curated aliases, merges and splits (see seeds/registry.yaml for every field).\n';

async function readIfThere(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${filePath}: cannot read the registry (${(error as Error).message})`);
  }
}

async function writeWhole(filePath: string, text: string): Promise<void> {
  const temporary = `${filePath}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`${filePath}: cannot write the registry (${(error as Error).message})`);
  }
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier call for the same file has finished: edits never interleave. */
export function withRegistryLock<T>(filePath: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(filePath) ?? Promise.resolve()).then(work, work);
  queues.set(filePath, run.catch(() => {}));
  return run;
}

export async function editRegistryFile(filePath: string, edit: CurationEdit): Promise<RegistryUpdate> {
  const previous = await readIfThere(filePath);
  const doc = parseDocument(previous ?? header);
  if (doc.errors.length) throw new CurationError(`${filePath}: not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it by hand first`);
  // A registry that does not validate now is not edited: the edit could hide the fault.
  parseRegistry(previous ?? '', filePath);
  const changes = applyEdit(doc, edit);
  const text = doc.toString({ flowCollectionPadding: false });
  const registry = parseRegistry(text, filePath);
  if (changes.length) await writeWhole(filePath, text);
  return { registry, changes, previous };
}

/** Puts the registry back as it was before an edit whose re-ingest failed. */
export async function restoreRegistryFile(filePath: string, previous: string | null): Promise<void> {
  if (previous === null) await rm(filePath, { force: true });
  else await writeWhole(filePath, previous);
}
