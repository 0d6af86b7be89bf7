// The flags node runs minutes-graph with (see bin/minutes-graph.js): they size V8's heap when
// node starts, so they are passed on node's command line, never set from inside. The bin's
// first line and package.json's scripts carry the same; test/setup/node-flags.test.ts checks.
import path from 'node:path';

export const nodeFlags: readonly string[] = ['--max-semi-space-size=32'];

/** The `minutes-graph` entry point. */
export const binPath = path.join(import.meta.dirname, '..', 'bin', 'minutes-graph.js');

/** Arguments for `process.execPath` that run a minutes-graph command as the installed command runs. */
export const minutesGraphArgs = (...args: string[]): string[] => [...nodeFlags, binPath, ...args];
