// What scoring one document yields: counts per metric and the items behind the errors.
import type { Metric, Tally } from './metrics.ts';

/**
 * missed: in the gold, not found · false-positive: found, not in the gold ·
 * wrong: a one-per-document value (date, minute taker, an attendee's organisation) that differs.
 */
export type MissKind = 'missed' | 'false-positive' | 'wrong';

export interface Miss {
  readonly metric: Metric;
  readonly kind: MissKind;
  readonly name: string;
  readonly detail: string | null;
}

/** A predicted item that matched an optional gold entry: counted neither way. */
export interface Neutral {
  readonly metric: Metric;
  readonly name: string;
  /** The optional gold entry it matched. */
  readonly gold: string;
}

/** A part of one document's score; parts are merged into a DocumentScore. */
export interface PartScore {
  /** null: the gold does not annotate this metric for the document, so it is not scored. */
  readonly tallies: Partial<Record<Metric, Tally | null>>;
  readonly misses: readonly Miss[];
  readonly neutral: readonly Neutral[];
}

export interface DocumentScore extends PartScore {
  /** The basename gold and input are matched by. */
  readonly document: string;
  readonly source: string;
  readonly tallies: Readonly<Record<Metric, Tally | null>>;
}

/**
 * A value there is one of per document (or per attendee): right is a true positive; wrong or
 * missing is a false negative, and a wrong non-empty prediction is also a false positive. So
 * tp + fn is always the number of slots, and "5/5 dates" reads tp = 5, fn = 0.
 */
export function scoreSlot(metric: Metric, label: string, correct: boolean, gold: string | null, predicted: string | null): { tally: Tally; misses: Miss[] } {
  if (correct) return { tally: { tp: 1, fp: 0, fn: 0 }, misses: [] };
  return {
    tally: { tp: 0, fp: predicted === null ? 0 : 1, fn: 1 },
    misses: [{ metric, kind: 'wrong', name: label, detail: `expected ${gold ?? '(none)'}, predicted ${predicted ?? '(none)'}` }],
  };
}
