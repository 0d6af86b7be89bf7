// `minutes-graph eval`: argument errors are one line and exit 2; a run prints the report.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEvalCommand } from '../../cli/eval.ts';
import { loadConfig } from '../../server/config.ts';

const { root, seedsDir } = loadConfig();
const goldDir = path.resolve(root, '../shared/eval/seeds-gold');
const seed = path.join(seedsDir, '000_b11844386611b852.txt');

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEvalCommand(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe('minutes-graph eval', () => {
  it('prints its help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/^Usage: minutes-graph eval --gold DIR/);
  });

  it.each([
    [[seed], /--gold DIR is required/],
    [['--gold', goldDir], /name at least one file/],
    [['--gold', goldDir, '--frob', seed], /Unknown option '--frob'/],
    [['--gold', path.join(root, 'no-such-gold'), seed], /no-such-gold: no such gold folder/],
    [['--gold', goldDir, path.join(seedsDir, 'registry.yaml')], /none of the inputs could be read/],
    [['--gold', goldDir, '--registry', path.join(root, 'no-such-registry.yaml'), seed], /no-such-registry\.yaml: no such registry file/],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err.at(-1)).toMatch(message);
    expect(r.err.at(-1)).not.toContain('\n');
  });

  it('exits 2 when an input has no gold file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'eval-'));
    const other = path.join(dir, 'unannotated.txt');
    await writeFile(other, 'Gemensam utvecklingsgrupp 4 april 2016\n\nNärvarande: Bo Pettersson, Ria\n');
    const r = await run(['--gold', goldDir, seed, other]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`minutes-graph eval: no gold file in ${goldDir} has "document" = "unannotated.txt"`]);
  });

  it('scores the files given and prints JSON with --json', async () => {
    const r = await run(['--gold', goldDir, '--json', seed]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out.join('\n'));
    expect(report.documents.map((d: { document: string }) => d.document)).toEqual(['000_b11844386611b852.txt']);
    expect(report.scores.person.documents).toBe(1);
    expect(report.unscoredGold).toHaveLength(4);
    expect(report.corpusFacts).toBeNull();
    expect(report.notes).toEqual(['corpus.json not checked: it describes all 5 gold documents, and 1 were given']);
  });
});
