// The one-per-document values: meeting date, minute taker, the group that met.
import type { ResolvedDocument } from '../resolve/resolved.ts';
import { scoreSlot, type Miss, type PartScore } from './document-score.ts';
import type { GoldDocument } from './gold.ts';
import type { Metric, Tally } from './metrics.ts';
import { groupTypes, personTypes, type NameJudge } from './names.ts';

/**
 * A stated or inferred gold date must be predicted exactly. For an undated gold meeting
 * (date null) the prediction must be undated too, and its [dateFrom, dateTo] window must be
 * non-empty and lie within the gold `dateWindow` (when the gold gives one).
 */
export function isDateRight(meeting: ResolvedDocument['meeting'], gold: GoldDocument['meeting']): boolean {
  if (gold.date !== null) return meeting.date === gold.date;
  if (meeting.date !== null) return false;
  if (!gold.dateWindow) return true;
  const { dateFrom: from, dateTo: to } = meeting;
  const [first, last] = gold.dateWindow;
  // ISO dates (YYYY-MM-DD) compare as strings.
  return from !== null && to !== null && from <= to && first <= from && to <= last;
}

function describeDate(m: ResolvedDocument['meeting']): string | null {
  if (m.date !== null) return m.date;
  return m.dateFrom !== null || m.dateTo !== null ? `window ${m.dateFrom ?? '?'}…${m.dateTo ?? '?'}` : null;
}

export function scoreMeeting(predicted: ResolvedDocument, gold: GoldDocument, judge: NameJudge): PartScore {
  const goldDate = gold.meeting.date ?? (gold.meeting.dateWindow ? `undated, within ${gold.meeting.dateWindow.join('…')}` : 'undated');
  const bothOr = (p: string | null, g: string | null, same: (p: string, g: string) => boolean): boolean => (p === null || g === null ? p === g : same(p, g));
  const slots: [Metric, { tally: Tally; misses: Miss[] }][] = [
    ['meetingDates', scoreSlot('meetingDates', 'meeting date', isDateRight(predicted.meeting, gold.meeting), goldDate, describeDate(predicted.meeting))],
    [
      'minuteTakers',
      scoreSlot('minuteTakers', 'minute taker', bothOr(predicted.minuteTaker, gold.minuteTaker, (p, g) => judge.same(p, g, personTypes)), gold.minuteTaker, predicted.minuteTaker),
    ],
    [
      'meetingGroups',
      scoreSlot('meetingGroups', 'group', bothOr(predicted.meeting.group, gold.meeting.group, (p, g) => judge.same(p, g, groupTypes)), gold.meeting.group, predicted.meeting.group),
    ],
  ];
  return { tallies: Object.fromEntries(slots.map(([m, s]) => [m, s.tally])), misses: slots.flatMap(([, s]) => s.misses), neutral: [] };
}
