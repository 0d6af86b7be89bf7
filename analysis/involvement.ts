// User involvement (brukarmedverkan): who sat at the table, by the category of the organisation
// each person present represented according to the attendance list. A person representing
// organisations of k categories counts 1/k towards each, so a meeting's counts add up to the
// people present; "none" is a person whose line names no organisation, "uncategorised" one
// whose organisation has no category yet (settle it in the registry).
import type { InvolvementMeetingRow } from '../cypher/registry.ts';
import { csvText } from './export/csv.ts';
import { type InvolvementKey, involvementKeys, type PeriodUnit, periodUnits } from './involvement-keys.ts';

export { type InvolvementKey, involvementKeys, type PeriodUnit, periodUnits };
export type Counts = Record<InvolvementKey, number>;

export interface MeetingInvolvement {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly sortDate: string | null;
  readonly groupId: string | null;
  readonly groupName: string | null;
  readonly docId: string;
  readonly path: string;
  /** People present. */
  readonly present: number;
  readonly counts: Counts;
  readonly attendees: readonly { readonly name: string; readonly organisations: readonly string[]; readonly categories: readonly InvolvementKey[] }[];
}

const zero = (): Counts => Object.fromEntries(involvementKeys.map((k) => [k, 0])) as Counts;

export function meetingInvolvement(rows: readonly InvolvementMeetingRow[]): MeetingInvolvement[] {
  return rows.map((row) => {
    const counts = zero();
    const attendees = row.attendees.map((a) => {
      const categories = [...new Set(a.organisations.map((o) => (o.category ?? 'uncategorised') as InvolvementKey))].sort();
      const keys: InvolvementKey[] = categories.length ? categories : ['none'];
      for (const k of keys) counts[k] += 1 / keys.length;
      return { name: a.name, organisations: a.organisations.map((o) => o.name), categories: keys };
    });
    const { id, title, date, sortDate, groupId, groupName, docId, path } = row;
    return { id, title, date, sortDate, groupId, groupName, docId, path, present: attendees.length, counts, attendees };
  });
}

/** "2016-04-04" → "2016-04" (month), "2016-Q2" (quarter), "2016" (year); no date → "undated". */
export function periodOf(date: string | null, unit: Exclude<PeriodUnit, 'meeting'>): string {
  if (!date) return 'undated';
  const [year, month] = [date.slice(0, 4), Number(date.slice(5, 7))];
  return unit === 'year' ? year : unit === 'month' ? date.slice(0, 7) : `${year}-Q${Math.ceil(month / 3)}`;
}

export interface PeriodInvolvement {
  readonly groupId: string | null;
  readonly groupName: string | null;
  readonly period: string;
  readonly meetings: readonly string[];
  /** People present, summed over the meetings (a person at two meetings counts twice). */
  readonly present: number;
  readonly counts: Counts;
  /** counts / present, per key; 0 when nobody was present. */
  readonly shares: Counts;
}

/** Per group and period: the meetings' counts summed, and each key's share of the seats. */
export function involvementByPeriod(meetings: readonly MeetingInvolvement[], unit: Exclude<PeriodUnit, 'meeting'>): PeriodInvolvement[] {
  const buckets = new Map<string, { groupId: string | null; groupName: string | null; period: string; meetings: string[]; present: number; counts: Counts }>();
  for (const m of meetings) {
    const period = periodOf(m.sortDate, unit);
    const key = `${m.groupId ?? ''}|${period}`;
    const b = buckets.get(key) ?? { groupId: m.groupId, groupName: m.groupName, period, meetings: [], present: 0, counts: zero() };
    b.meetings.push(m.id);
    b.present += m.present;
    for (const k of involvementKeys) b.counts[k] += m.counts[k];
    buckets.set(key, b);
  }
  return [...buckets.values()]
    .sort((a, b) => (a.groupName ?? '').localeCompare(b.groupName ?? '', 'sv') || a.period.localeCompare(b.period))
    .map((b) => ({ ...b, shares: Object.fromEntries(involvementKeys.map((k) => [k, b.present ? b.counts[k] / b.present : 0])) as Counts }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function meetingInvolvementCsv(meetings: readonly MeetingInvolvement[]): string {
  return csvText([
    ['meeting', 'title', 'date', 'group', 'document', 'path', 'present', ...involvementKeys, 'attendees'],
    ...meetings.map((m) => [m.id, m.title, m.date, m.groupName, m.docId, m.path, m.present, ...involvementKeys.map((k) => round(m.counts[k])),
      m.attendees.map((a) => `${a.name} (${a.organisations.join('/') || '-'})`).join('; ')]),
  ]);
}

export function periodInvolvementCsv(periods: readonly PeriodInvolvement[]): string {
  return csvText([
    ['group', 'period', 'meetings', 'present', ...involvementKeys, ...involvementKeys.map((k) => `share ${k}`)],
    ...periods.map((p) => [p.groupName, p.period, p.meetings.length, p.present, ...involvementKeys.map((k) => round(p.counts[k])), ...involvementKeys.map((k) => round(p.shares[k]))]),
  ]);
}
