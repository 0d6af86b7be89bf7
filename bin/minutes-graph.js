#!/usr/bin/env node
// Entry point of the `minutes-graph` command: runs the TypeScript sources through tsx.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// Resolution makes many short-lived objects per document: with V8's default 16 MB semi-space
// they are scavenged and promoted again and again. 64 MB halves resolution time at 10k
// documents (6.9 s -> 3.4 s) for up to ~150 MB more young-generation memory. A setting of the
// user's own (NODE_OPTIONS or a node flag) is kept.
const own = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('semi-space'));
if (!own) v8.setFlagsFromString('--max-semi-space-size=64');

// An ingest's live heap is small beside what it allocates and drops (each document unpacked,
// resolved, planned and sent): V8 lets such a heap grow to about four times what is live before
// it collects. Growing it by at most a half keeps a 100k-document ingest's RSS near what it
// really holds, for a little more time in GC. Only for commands that ingest; a user's own
// setting is kept.
const ingests = ['ingest', 'start'].includes(process.argv[2] ?? '');
const ownGrowth = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('heap-growing'));
const growth = process.env.MINUTES_GRAPH_HEAP_GROWING ?? '50';
if (!/^\d+$/.test(growth) || Number(growth) < 1 || Number(growth) > 1000) {
  console.error(`minutes-graph: MINUTES_GRAPH_HEAP_GROWING must be a whole percentage from 1 to 1000, not '${growth}'`);
  process.exit(2);
}
if (ingests && !ownGrowth) v8.setFlagsFromString(`--heap-growing-percent=${growth}`);

register();
await import('../cli/main.ts');
