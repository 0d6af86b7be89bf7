// The scores as a text table for people, or as JSON for scripts.
import type { CorpusCheck } from './corpus-facts.ts';
import type { Miss } from './document-score.ts';
import { metricLabels, metrics, relationMetrics, type Metric } from './metrics.ts';
import { normaliseName } from './names.ts';
import type { EvalScores } from './score.ts';

const ratio = (x: number | null): string => (x === null ? '—' : x.toFixed(3));

const missKinds: Readonly<Record<Miss['kind'], string>> = { missed: 'missed', 'false-positive': 'false positive', wrong: 'wrong' };

function table(scores: EvalScores): string[] {
  const width = Math.max(...metrics.map((m) => metricLabels[m].length));
  const header = `${'metric'.padEnd(width)}  docs      P      R     F1     tp    fp    fn`;
  const row = (m: Metric): string => {
    const s = scores.scores[m];
    const cells = [String(s.documents).padStart(4), ...[s.precision, s.recall, s.f1].map((x) => ratio(x).padStart(6)), ...[s.tp, s.fp, s.fn].map((n) => String(n).padStart(5))];
    return `${metricLabels[m].padEnd(width)}  ${cells.join(' ')}`;
  };
  const entityRows = metrics.filter((m) => !(relationMetrics as readonly string[]).includes(m)).map(row);
  return [header, '-'.repeat(header.length), ...entityRows, '-'.repeat(header.length), ...relationMetrics.map(row)];
}

function documentLines(scores: EvalScores): string[] {
  const lines: string[] = [];
  const width = Math.max(...metrics.map((m) => metricLabels[m].length));
  for (const doc of scores.documents) {
    lines.push('', doc.document);
    if (!doc.misses.length) lines.push('  no misses');
    for (const m of doc.misses) {
      lines.push(`  ${metricLabels[m.metric].padEnd(width)}  ${missKinds[m.kind].padEnd(14)}  ${m.name}${m.detail ? `  (${m.detail})` : ''}`);
    }
    const unscored = metrics.filter((m) => doc.tallies[m] === null).map((m) => metricLabels[m]);
    if (unscored.length) lines.push(`  not annotated in the gold, not scored: ${unscored.join(', ')}`);
    const neutral = doc.neutral.map((n) => `${n.name}${normaliseName(n.name) === normaliseName(n.gold) ? '' : ` (= ${n.gold})`}`);
    if (neutral.length) lines.push(`  optional in the gold, counted neither way: ${neutral.join(', ')}`);
  }
  return lines;
}

function corpusLines(checks: readonly CorpusCheck[]): string[] {
  const held = checks.filter((c) => c.ok).length;
  return [
    '',
    `Corpus facts: ${held} of ${checks.length} hold`,
    ...checks.map((c) => (c.ok ? `  ok    ${c.fact}` : `  FAIL  ${c.fact}: expected ${c.expected}, found ${c.actual}`)),
  ];
}

/** The readable report: the table, then each document's misses, then the corpus facts. */
export function formatReport(scores: EvalScores, corpusChecks: readonly CorpusCheck[] | null, notes: readonly string[] = []): string {
  const lines = [`Scores over ${scores.documents.length} document(s); P, R, F1 from the summed tp/fp/fn`, '', ...table(scores)];
  lines.push('', 'Misses per document', ...documentLines(scores));
  if (corpusChecks) lines.push(...corpusLines(corpusChecks));
  if (scores.unannotated.length) lines.push('', `Inputs without gold, not scored: ${scores.unannotated.join(', ')}`);
  if (scores.unscoredGold.length) lines.push('', `Gold files no input matched, not scored: ${scores.unscoredGold.join(', ')}`);
  for (const note of notes) lines.push('', note);
  return lines.join('\n');
}

/** The same report as one JSON-ready object. */
export function toReportJson(scores: EvalScores, corpusChecks: readonly CorpusCheck[] | null, notes: readonly string[] = []) {
  return {
    scores: scores.scores,
    documents: scores.documents,
    corpusFacts: corpusChecks,
    unannotated: scores.unannotated,
    unscoredGold: scores.unscoredGold,
    notes,
  };
}
