// The API section's load generator in a worker thread: autocannon builds and parses requests on
// its own event loop, so the server under test (in the main thread, as `serve` runs it) does not
// wait behind the load's own work between requests. The cores are still shared.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

export interface LoadRequest {
  readonly url: string;
  /** Requested in turn by every connection (one counter shared by all). */
  readonly paths: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadResult {
  /** Each answered request's time in ms, in the order answered. */
  readonly latencies: number[];
  /** Answers that were not 2xx, errors and timeouts. */
  readonly failed: number;
}

// A worker thread does not inherit tsx's loader: it registers it, then loads this module.
const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(require('node:worker_threads').workerData.module); })`;

export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { module: import.meta.url, request } });
    let answered = false;
    // The worker ends by itself once autocannon is done and its answer is sent.
    worker.once('message', (result: LoadResult) => ((answered = true), resolve(result)));
    worker.once('error', reject);
    worker.once('exit', (code) => answered || reject(new Error(`bench api: the load worker stopped without an answer (exit ${code})`)));
  });
}

function generateLoad({ url, paths, connections, seconds }: LoadRequest): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const requests = [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length] }) }];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, requests, connections, duration: seconds }, (error, r) =>
      error ? reject(error) : resolve({ latencies, failed: r.non2xx + r.errors + r.timeouts }));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const data = workerData as { module?: string; request?: LoadRequest } | null;
if (!isMainThread && parentPort && data?.request) {
  const port = parentPort;
  void generateLoad(data.request).then((result) => port.postMessage(result));
}
