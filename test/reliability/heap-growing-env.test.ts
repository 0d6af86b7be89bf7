// bin/minutes-graph.js sets how far an ingest's heap may grow past what is live
// (MINUTES_GRAPH_HEAP_GROWING): a value that is not a percentage is refused with one message.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';

const run = async (value: string) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/minutes-graph.js', 'ingest', '--help'], { cwd: projectRoot, env: { ...process.env, MINUTES_GRAPH_HEAP_GROWING: value } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('MINUTES_GRAPH_HEAP_GROWING', () => {
  it('takes a whole percentage', async () => {
    const r = await run('25');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: minutes-graph ingest/);
  });

  it.each(['x', '0', '2.5', '-5', '5000'])('refuses %j with one message naming the variable', async (value) => {
    const r = await run(value);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`minutes-graph: MINUTES_GRAPH_HEAP_GROWING must be a whole percentage from 1 to 1000, not '${value}'`);
  });
});
