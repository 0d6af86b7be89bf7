#!/usr/bin/env -S node --max-semi-space-size=32
// Entry point of the `minutes-graph` command: runs the TypeScript sources through tsx.
//
// Resolution makes many short-lived objects per document: with V8's default 16 MB semi-space
// they are scavenged again and again (100k documents: 430 scavenges instead of 219 at 32 MB,
// 29.3 s instead of 26.7 s). 32 MB is as fast as 64 MB, and each step up also raises the heap
// V8 lets the old generation reach (a 100k ingest peaked at 900 MiB with 16 MB, 1,040 MiB with
// 32 MB and 1,142 MiB with 64 MB at the default heap growth below). The young generation is
// sized when node starts (v8.setFlagsFromString cannot change it afterwards), so the flag is
// given where node is started: the line above, package.json's scripts, and the processes the
// bench starts (cli/node-flags.ts, which a test keeps the three in step with). Run as
// `node bin/minutes-graph.js` it runs with node's defaults, or with your own flags.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// An ingest's live heap is small beside what it allocates and drops (each document unpacked,
// resolved, planned and sent): V8 lets such a heap grow to about four times what is live before
// it collects. Growing it by at most 30 % keeps a 100k-document ingest's RSS near what it really
// holds, for a little more time in GC (at 50 % and a 32 MB semi-space it peaked at 1,040 MiB).
// Only for commands that ingest; a user's own setting is kept.
const ingests = ['ingest', 'start'].includes(process.argv[2] ?? '');
const ownGrowth = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('heap-growing'));
const growth = process.env.MINUTES_GRAPH_HEAP_GROWING ?? '30';
if (!/^\d+$/.test(growth) || Number(growth) < 1 || Number(growth) > 1000) {
  console.error(`minutes-graph: MINUTES_GRAPH_HEAP_GROWING must be a whole percentage from 1 to 1000, not '${growth}'`);
  process.exit(2);
}
if (ingests && !ownGrowth) v8.setFlagsFromString(`--heap-growing-percent=${growth}`);

register();
await import('../cli/main.ts');
