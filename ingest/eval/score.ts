// Scores resolved documents against their gold: per document, then summed over the corpus.
//
// How names are matched (the details live beside each rule):
// - names are equal after Unicode NFC, whitespace folding and lower-casing (names.ts);
// - an entity matches a gold entity when a name or alias of one equals a name or alias of
//   the other and its type is the gold type or one of `alsoTypes`; each gold entity is
//   matched once, a second match is a false positive "duplicate"; a match with an
//   `optional` entry counts neither way; a true positive counts for the gold's primary
//   type (score-entities.ts);
// - persons, organisations and projects named in attendance, memberships and project roles
//   are compared through the alias sets of both sides' entities, so a predicted "Lasse
//   Ekdahl" is right for a gold "Lars Ekdahl" that lists it as an alias; optional
//   memberships count neither way (score-relations.ts);
// - dates, minute takers and groups are one value per document (score-meeting.ts).
import type { EntityType } from '../../cypher/model.ts';
import type { ResolvedDocument } from '../resolve/resolved.ts';
import type { DocumentScore, Miss } from './document-score.ts';
import { goldKey, type GoldDocument } from './gold.ts';
import { addTallies, metrics, toScore, zeroTally, type Metric, type Score, type Tally } from './metrics.ts';
import { createNameJudge, nameSet, type BookEntry } from './names.ts';
import { scoreEntities } from './score-entities.ts';
import { scoreMeeting } from './score-meeting.ts';
import { scoreRelations } from './score-relations.ts';

export interface MetricScore extends Score {
  /** How many documents the gold annotates for this metric. */
  readonly documents: number;
}

export interface EvalScores {
  readonly scores: Readonly<Record<Metric, MetricScore>>;
  readonly documents: readonly DocumentScore[];
  /** Inputs no gold file annotates: not scored. */
  readonly unannotated: readonly string[];
  /** Gold files no input matched: not scored. */
  readonly unscoredGold: readonly string[];
}

export interface GoldPairing {
  readonly pairs: readonly { readonly predicted: ResolvedDocument; readonly gold: GoldDocument }[];
  readonly unannotated: readonly string[];
  readonly unscoredGold: readonly string[];
  /** Basenames more than one input has: gold cannot tell them apart. */
  readonly clashes: readonly string[];
}

/** Pairs inputs with gold documents by basename (gold's `document` field). */
export function pairWithGold(resolved: readonly ResolvedDocument[], gold: readonly GoldDocument[]): GoldPairing {
  const goldByKey = new Map(gold.map((g) => [goldKey(g.document), g]));
  const seen = new Map<string, number>();
  for (const r of resolved) seen.set(goldKey(r.source), (seen.get(goldKey(r.source)) ?? 0) + 1);
  const pairs = resolved.flatMap((predicted) => {
    const g = goldByKey.get(goldKey(predicted.source));
    return g ? [{ predicted, gold: g }] : [];
  });
  return {
    pairs,
    unannotated: resolved.filter((r) => !goldByKey.has(goldKey(r.source))).map((r) => r.source),
    unscoredGold: gold.filter((g) => !seen.has(goldKey(g.document))).map((g) => g.file),
    clashes: [...seen].filter(([, n]) => n > 1).map(([k]) => k),
  };
}

const predictedBook = (doc: ResolvedDocument): BookEntry[] => doc.entities.map((e) => ({ names: nameSet([e.name, ...e.aliases]), types: [e.type] }));

const goldBook = (gold: GoldDocument): BookEntry[] =>
  [...gold.entities, ...gold.optional].map((e) => ({ names: nameSet([e.name, ...e.aliases]), types: [e.type, ...e.alsoTypes] as EntityType[] }));

export function scoreDocument(predicted: ResolvedDocument, gold: GoldDocument): DocumentScore {
  const judge = createNameJudge(predictedBook(predicted), goldBook(gold));
  const parts = [scoreEntities(predicted.entities, gold), scoreRelations(predicted, gold, judge), scoreMeeting(predicted, gold, judge)];
  const tallies = Object.assign({}, ...parts.map((p) => p.tallies)) as Partial<Record<Metric, Tally | null>>;
  const order = (m: Miss): number => metrics.indexOf(m.metric);
  return {
    document: goldKey(predicted.source),
    source: predicted.source,
    tallies: Object.fromEntries(metrics.map((m) => [m, tallies[m] === undefined ? zeroTally : tallies[m]])) as Record<Metric, Tally | null>,
    misses: parts.flatMap((p) => p.misses).sort((a, b) => order(a) - order(b)),
    neutral: parts.flatMap((p) => p.neutral),
  };
}

/**
 * Scores every input that has gold. Throws when two inputs share a basename (the caller
 * checks pairWithGold first and tells the user).
 */
export function scoreCorpus(resolved: readonly ResolvedDocument[], gold: readonly GoldDocument[]): EvalScores {
  const pairing = pairWithGold(resolved, gold);
  if (pairing.clashes.length) throw new Error(`scoreCorpus: inputs share the basename ${pairing.clashes.join(', ')}; gold is matched by basename`);
  const documents = pairing.pairs
    .map(({ predicted, gold: g }) => scoreDocument(predicted, g))
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  const scores = Object.fromEntries(
    metrics.map((m) => {
      const tallies = documents.map((d) => d.tallies[m]).filter((t): t is Tally => t !== null);
      return [m, { ...toScore(addTallies(tallies)), documents: tallies.length }];
    }),
  ) as Record<Metric, MetricScore>;
  return { scores, documents, unannotated: pairing.unannotated, unscoredGold: pairing.unscoredGold };
}
