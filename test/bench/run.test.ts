// `bench run --small` runs end to end and writes a report with every section and numeric
// figures. No timing is asserted: performance is what the command measures, not a test.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBenchCommand } from '../../cli/bench.ts';
import { sections } from '../../bench/run/sections.ts';

const pure = ['throughput', 'quality', 'resolution'];
const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

describe('bench run --small', () => {
  it('writes bench-report.json and .md with every section and numeric figures', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'bench-run-'));
    const stdout: string[] = [];
    const stderr: string[] = [];
    // The sections that need no Neo4j or browser; the others have their own test (graph-sections).
    const code = await runBenchCommand(['run', '--small', '--out', out, '--only', pure.join(',')], { out: (t) => stdout.push(t), err: (t) => stderr.push(t), tty: false });
    expect(code).toBe(0);
    expect(stderr.join('')).toMatch(/bench: resolving/);
    const report = JSON.parse(readFileSync(path.join(out, 'bench-report.json'), 'utf8'));
    expect(Object.keys(report.sections)).toEqual([...pure, 'memory']);

    const { throughput, resolution, quality, memory } = report.sections;
    for (const part of [throughput.data.synthetic, throughput.data.seeds]) {
      expect(finite(part.docsPerSecond) && part.docsPerSecond > 0).toBe(true);
      expect(finite(part.mbPerSecond) && part.mbPerSecond > 0).toBe(true);
    }
    expect(resolution.data.points.map((p: { documents: number }) => p.documents)).toEqual(report.sizes.resolution);
    for (const p of resolution.data.points) {
      expect(finite(p.seconds) && p.persons > 0).toBe(true);
      // Each size in several processes of its own; the time given is their median.
      expect(p.processSeconds).toHaveLength(resolution.data.processesPerSize);
      expect(p.seconds).toBe([...p.processSeconds].sort((a: number, b: number) => a - b)[Math.floor(p.processSeconds.length / 2)]);
    }
    expect(resolution.data.processesPerSize).toBeGreaterThan(1);
    expect(resolution.data.points.slice(1).every((p: { ratioToPrevious: number }) => finite(p.ratioToPrevious))).toBe(true);
    for (const k of ['personF1', 'organisationF1', 'resolutionAccuracy']) {
      expect(finite(quality.data[k])).toBe(true);
      expect(quality.data[k]).toBeGreaterThanOrEqual(0);
      expect(quality.data[k]).toBeLessThanOrEqual(1);
    }
    // A sanity floor only: the extractor finds most persons of a corpus made to be readable.
    expect(quality.data.personF1).toBeGreaterThan(0.8);
    expect(finite(memory.data.peakRssBytes) && memory.data.peakRssBytes > 0).toBe(true);

    const markdown = readFileSync(path.join(out, 'bench-report.md'), 'utf8');
    for (const s of sections.filter((s) => report.sections[s.id])) expect(markdown).toContain(`## ${s.title}`);
    expect(stdout.join('\n')).toContain('| measure | value | target |');
  }, 120_000);

  it('refuses bad arguments with exit status 2', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t), tty: false };
    expect(await runBenchCommand(['generate', '--docs', 'ten', '--out', '/tmp/x'], io)).toBe(2);
    expect(await runBenchCommand(['run', '--only', 'nonsense'], io)).toBe(2);
    expect(await runBenchCommand(['fly'], io)).toBe(2);
    expect(await runBenchCommand(['resolve', '--seed', '2'], io)).toBe(2);
    expect(await runBenchCommand(['resolve', '--docs', '10', '--only', 'resolution'], io)).toBe(2);
    expect(err.join('')).toMatch(/--docs must be an integer/);
    expect(err.join('')).toMatch(/--docs is required/);
    expect(err.join('')).toMatch(/bench resolve takes only --docs and --seed/);
  });
});
