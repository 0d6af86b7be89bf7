// The V8 flags minutes-graph needs are given where node starts (they cannot be set from inside):
// the bin's first line, package.json's scripts and the bench's child processes (cli/node-flags.ts)
// give the same ones, and the bin run as a program gets them.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { binPath, minutesGraphArgs, nodeFlags } from '../../cli/node-flags.ts';
import { projectRoot } from '../../server/config.ts';

describe('node flags', () => {
  it('are on the first line of the bin, run through env -S', () => {
    const first = readFileSync(binPath, 'utf8').split('\n')[0];
    expect(first).toBe(`#!/usr/bin/env -S node ${nodeFlags.join(' ')}`);
  });

  it('are in the npm scripts that run the bin', () => {
    const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const runsBin = Object.values(scripts).filter((s) => s.includes('bin/minutes-graph.js'));
    expect(runsBin.length).toBeGreaterThanOrEqual(2);
    for (const script of runsBin) expect(script.startsWith(`node ${nodeFlags.join(' ')} bin/minutes-graph.js`)).toBe(true);
  });

  it('come before the bin in the arguments the bench starts a command with', () => {
    expect(minutesGraphArgs('ingest', 'x')).toEqual([...nodeFlags, binPath, 'ingest', 'x']);
  });

  it('reach node when the bin is run as a program', async () => {
    // A module node loads before the bin prints the flags node was started with.
    const env = { ...process.env, NODE_OPTIONS: '--import=data:text/javascript,console.error(process.execArgv.join())' };
    const { stdout, stderr } = await promisify(execFile)(binPath, ['--help'], { cwd: projectRoot, env });
    expect(stdout).toMatch(/^Usage: minutes-graph/);
    expect(stderr.trim().split('\n')[0]!.split(',')).toEqual(nodeFlags);
  });
});
