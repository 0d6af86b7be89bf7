// Parse + extract of independent documents over N worker threads. Each document's extraction
// depends only on its text and the registry, so the work splits freely; results come back in
// the order given. One worker (or one document) stays in this thread: no start-up cost.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type ExtractedDocument, extractOne } from './pipeline.ts';
import { buildRegistry, type Registry } from './registry.ts';
import type { SourceDocument } from './types.ts';

// A worker thread does not inherit tsx's loader: it registers it, then loads this module.
const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(require('node:worker_threads').workerData.module); })`;

/** Documents sent to a worker per message: big enough to amortise the copy, small enough to balance. */
const chunkSize = 50;

interface Chunk {
  readonly first: number;
  readonly sources: readonly SourceDocument[];
}

export async function extractDocuments(
  sources: readonly SourceDocument[],
  registry: Registry,
  workers: number,
  onDone: (done: number) => void = () => {},
): Promise<ExtractedDocument[]> {
  const n = Math.max(1, Math.min(Math.floor(workers), Math.ceil(sources.length / chunkSize)));
  if (n <= 1) return sources.map((s, i) => (onDone(i + 1), extractOne(s, registry)));
  const out = new Array<ExtractedDocument>(sources.length);
  let next = 0;
  let done = 0;
  const chunks = function* (): Generator<Chunk> {
    for (; next < sources.length; next += chunkSize) yield { first: next, sources: sources.slice(next, next + chunkSize) };
  }();
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      // The registry's methods do not cross threads: its parsed file does, and is built again there.
      const worker = new Worker(bootstrap, { eval: true, workerData: { registryFile: registry.file, module: import.meta.url } });
      const feed = () => {
        const chunk = chunks.next();
        if (chunk.done) void worker.terminate().then(() => resolve());
        else worker.postMessage(chunk.value);
      };
      worker.on('message', ({ first, extractions }: { first: number; extractions: ExtractedDocument['extraction'][] }) => {
        extractions.forEach((extraction, i) => (out[first + i] = { source: sources[first + i]!, extraction }));
        done += extractions.length;
        onDone(done);
        feed();
      });
      worker.on('error', reject);
      worker.on('online', feed);
    });
  await Promise.all(Array.from({ length: n }, runWorker));
  return out;
}

if (!isMainThread && parentPort && (workerData as { registryFile?: Registry['file'] } | null)?.registryFile) {
  const registry = buildRegistry((workerData as { registryFile: Registry['file'] }).registryFile);
  const port = parentPort;
  port.on('message', ({ first, sources }: Chunk) => {
    port.postMessage({ first, extractions: sources.map((s) => extractOne(s, registry).extraction) });
  });
}
