// Counts and the precision / recall / F1 derived from them.
import { entityTypes, type EntityType } from '../../cypher/model.ts';

export interface Tally {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Ratios are null when their denominator is 0 (nothing predicted, nothing in the gold). */
export interface Score extends Tally {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** Scores beside the entity types, in report order. */
export const relationMetrics = [
  'attendees',
  'attendeeOrganisations',
  'absent',
  'memberships',
  'projectRoles',
  'meetingDates',
  'minuteTakers',
  'meetingGroups',
] as const;
export type RelationMetric = (typeof relationMetrics)[number];
export type Metric = EntityType | RelationMetric;
export const metrics: readonly Metric[] = [...entityTypes, ...relationMetrics];

export const metricLabels: Readonly<Record<Metric, string>> = {
  person: 'person',
  organisation: 'organisation',
  group: 'group',
  project: 'project',
  event: 'event',
  place: 'place',
  attendees: 'attendees (present)',
  attendeeOrganisations: "attendees' organisation",
  absent: 'absent members',
  memberships: 'memberships',
  projectRoles: 'project roles',
  meetingDates: 'meeting dates',
  minuteTakers: 'minute takers',
  meetingGroups: 'meeting groups',
};

export const zeroTally: Tally = { tp: 0, fp: 0, fn: 0 };

export function addTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), zeroTally);
}

export function toScore(t: Tally): Score {
  const precision = t.tp + t.fp === 0 ? null : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? null : t.tp / (t.tp + t.fn);
  // 2tp / (2tp + fp + fn) equals the harmonic mean of P and R, and is 0 (not undefined) when
  // one side is empty and the other not.
  const f1 = t.tp + t.fp + t.fn === 0 ? null : (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
  return { ...t, precision, recall, f1 };
}
