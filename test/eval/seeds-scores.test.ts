// The foundation issue's thresholds: the pure pipeline on seeds/*.txt against the shared gold.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, type GoldSet } from '../../ingest/eval/gold.ts';
import type { Metric } from '../../ingest/eval/metrics.ts';
import { scoreCorpus, type EvalScores } from '../../ingest/eval/score.ts';
import { extractOne, readInputs, resolveAll } from '../../ingest/pipeline.ts';
import { loadRegistry } from '../../ingest/registry.ts';
import { loadConfig } from '../../server/config.ts';

const config = loadConfig();
const goldDir = path.resolve(config.root, '../shared/eval/seeds-gold');

let run: Promise<{ gold: GoldSet; scores: EvalScores }> | undefined;

/** Scores the seeds once; every test awaits it, so a missing gold folder fails each test. */
function seedScores(): Promise<{ gold: GoldSet; scores: EvalScores }> {
  run ??= (async () => {
    if (!existsSync(goldDir)) throw new Error(`the seeds' gold annotation is missing: no folder ${goldDir} (expected beside the repository, in ../shared/eval/seeds-gold)`);
    const gold = await loadGold(goldDir);
    const files = (await readdir(config.seedsDir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(config.seedsDir, f));
    const registry = await loadRegistry(config.registryPath);
    const { documents, problems } = await readInputs(files);
    if (problems.length) throw new Error(`cannot read the seeds: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
    return { gold, scores: scoreCorpus(resolveAll(documents.map((d) => extractOne(d, registry)), registry), gold.documents) };
  })();
  return run;
}

/** The metric's figures and its misses by document, for a failure message. */
function explain(scores: EvalScores, metric: Metric): string {
  const s = scores.scores[metric];
  const misses = scores.documents.flatMap((d) => d.misses.filter((m) => m.metric === metric).map((m) => `${d.document}: ${m.kind} ${m.name}${m.detail ? ` (${m.detail})` : ''}`));
  return `${metric}: tp ${s.tp} fp ${s.fp} fn ${s.fn}, F1 ${s.f1?.toFixed(3) ?? '—'}\n${misses.join('\n')}`;
}

describe('scores on the seeds', () => {
  it('scores all five seeds, each against its own gold file', async () => {
    const { gold, scores } = await seedScores();
    expect(scores.documents.map((d) => d.document)).toEqual(gold.documents.map((g) => g.document).sort());
    expect(scores.documents).toHaveLength(5);
    expect(scores.unannotated).toEqual([]);
  });

  it.each([
    ['person', 0.97],
    ['organisation', 0.9],
    ['project', 0.8],
    ['memberships', 0.9],
    ['projectRoles', 0.8],
  ] as const)('%s F1 ≥ %s', async (metric, min) => {
    const { scores } = await seedScores();
    expect(scores.scores[metric].f1 ?? 0, explain(scores, metric)).toBeGreaterThanOrEqual(min);
  });

  it('finds every present attendee, and nothing else (F1 = 1)', async () => {
    const { scores } = await seedScores();
    expect(scores.scores.attendees.f1, explain(scores, 'attendees')).toBe(1);
  });

  it("gets every attendee's organisation right", async () => {
    const { gold, scores } = await seedScores();
    const goldAttendees = gold.documents.reduce((n, g) => n + g.attendees.length, 0);
    expect(scores.scores.attendeeOrganisations, explain(scores, 'attendeeOrganisations')).toMatchObject({ tp: goldAttendees, fp: 0, fn: 0 });
  });

  it('finds the 4 absent members, and no one else as absent', async () => {
    const { scores } = await seedScores();
    expect(scores.scores.absent, explain(scores, 'absent')).toMatchObject({ tp: 4, fp: 0, fn: 0 });
  });

  it.each([['meetingDates'], ['minuteTakers']] as const)('%s: 5 of 5 right', async (metric) => {
    const { scores } = await seedScores();
    expect(scores.scores[metric], explain(scores, metric)).toMatchObject({ tp: 5, fp: 0, fn: 0 });
  });
});
