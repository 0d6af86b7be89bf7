// Runs one layout fixture through the pure pipeline, as `minutes-graph extract --json` does
// (each file alone, resolved with the project's registry).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { toContract } from '../../cli/extract.ts';
import { extractOne, resolveAll } from '../../ingest/pipeline.ts';
import { makeSourceDocument } from '../../ingest/read.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';

export const layoutsDir = path.join(projectRoot, 'test/fixtures/layouts');
export const layoutFiles = readdirSync(layoutsDir).filter((f) => f.endsWith('.txt')).sort();

const registry = await loadRegistry(loadConfig().registryPath);

export function runLayout(file: string) {
  const source = makeSourceDocument(path.posix.join('test/fixtures/layouts', file), readFileSync(path.join(layoutsDir, file), 'utf8'));
  const extracted = extractOne(source, registry);
  const [resolved] = resolveAll([extracted], registry);
  return { source, extraction: extracted.extraction, resolved: resolved!, contract: toContract(resolved!) };
}
