// Extraction and resolution quality on the synthetic gold, with the project's own scoring
// (ingest/eval): person and organisation F1 per document, the corpus facts of corpus.json,
// and resolution accuracy against the generator's truth (resolution-accuracy.ts).
import { checkCorpusFacts } from '../../ingest/eval/corpus-facts.ts';
import { goldKey, parseGoldCorpus, parseGoldDocument } from '../../ingest/eval/gold.ts';
import { scoreCorpus } from '../../ingest/eval/score.ts';
import { resolveAll } from '../../ingest/pipeline.ts';
import { scoreResolution } from './resolution-accuracy.ts';
import type { BenchSection } from './section.ts';

const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));

export const qualitySection: BenchSection = {
  id: 'quality',
  title: 'Extraction quality on the synthetic gold',
  run(ctx) {
    const size = ctx.sizes.quality;
    const corpus = ctx.corpus(size);
    ctx.progress.step(`resolving and scoring ${size} documents against their gold`);
    const resolved = resolveAll(corpus.extracted, corpus.registry);
    // Parsing the gold through the eval's own schema also proves it is in the right format.
    const gold = corpus.generated.map((g) => parseGoldDocument(g.gold, g.fileName));
    const scores = scoreCorpus(resolved, gold);
    // The count facts (meetings per group, attendance counts) are left out here: the eval checks
    // each by looking every attendee of every document up among all entities (corpus-facts.ts,
    // carries → holders), which at 10,000 documents takes hours. `minutes-graph eval` on a
    // generated corpus checks them all.
    const nameFacts = { ...parseGoldCorpus(corpus.facts, 'corpus.json'), meetingsPerGroup: {}, attendanceCounts: {} };
    const facts = checkCorpusFacts(resolved, nameFacts);
    const truthByKey = new Map(corpus.generated.map((g) => [g.fileName, g.mentions]));
    const resolution = scoreResolution(resolved.map((predicted) => ({ predicted, mentions: truthByKey.get(goldKey(predicted.source)) ?? [] })));
    ctx.markMemory(`quality ${size}`);
    const { person, organisation } = scores.scores;
    const perMetric = Object.fromEntries(Object.entries(scores.scores).map(([m, s]) => [m, { precision: s.precision, recall: s.recall, f1: s.f1, tp: s.tp, fp: s.fp, fn: s.fn }]));
    const held = facts.filter((c) => c.ok).length;
    return {
      data: {
        documents: size,
        personF1: person.f1,
        organisationF1: organisation.f1,
        resolutionAccuracy: resolution.accuracy,
        resolution,
        corpusFacts: { held, total: facts.length, failed: facts.filter((c) => !c.ok).slice(0, 20) },
        metrics: perMetric,
      },
      rows: [
        { measure: `person F1 (${size} documents)`, value: `${f(person.f1)} (P ${f(person.precision)}, R ${f(person.recall)})`, target: '≥ 0.95' },
        { measure: 'organisation F1', value: `${f(organisation.f1)} (P ${f(organisation.precision)}, R ${f(organisation.recall)})` },
        { measure: 'resolution accuracy (person mentions)', value: `${f(resolution.accuracy)} (${resolution.unresolved} of ${resolution.mentions} unresolved, ${resolution.mergedEntities} merged entities)`, target: '≥ 0.95' },
        { measure: 'corpus facts that hold (distinct persons, same and different names)', value: `${held} of ${facts.length}` },
      ],
    };
  },
};
