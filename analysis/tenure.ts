// Attendance that respects tenure: a person is counted only against the meetings their group
// held while they belonged — from their first to their last appearance (on an attendance list,
// present or recorded absent, or named as a member in the minutes). A recorded absence is an
// absence; so is a meeting in the tenure whose list does not name them.
import { csvText } from './export/csv.ts';

export interface GroupMeetingRow {
  readonly id: string;
  readonly title: string;
  readonly sortDate: string | null;
  readonly listed: readonly { readonly id: string; readonly name: string; readonly present: boolean }[];
  readonly stated: readonly { readonly id: string; readonly name: string }[];
}

export type MeetingStatus = 'present' | 'absent' | 'not-listed';

export interface TenureAttendance {
  readonly id: string;
  readonly name: string;
  readonly first: string | null;
  readonly last: string | null;
  /** Meetings the group held in the tenure. */
  readonly held: number;
  readonly attended: number;
  /** Absences the minutes record ("förhinder", "ej närvarande"). */
  readonly absent: number;
  /** Meetings in the tenure whose attendance list does not name the person. */
  readonly notListed: number;
  /** attended / held. */
  readonly rate: number;
  readonly meetings: readonly { readonly id: string; readonly status: MeetingStatus }[];
}

export function tenureAttendance(meetings: readonly GroupMeetingRow[]): TenureAttendance[] {
  const people = new Map<string, { name: string; appears: Set<string> }>();
  for (const m of meetings) {
    for (const p of [...m.listed, ...m.stated]) {
      const entry = people.get(p.id) ?? { name: p.name, appears: new Set<string>() };
      entry.appears.add(m.id);
      people.set(p.id, entry);
    }
  }
  return [...people].map(([id, { name, appears }]) => {
    const dates = meetings.filter((m) => appears.has(m.id) && m.sortDate).map((m) => m.sortDate!).sort();
    const [first, last] = [dates[0] ?? null, dates.at(-1) ?? null];
    // An undated meeting is in the tenure only where the person appears in it.
    const inTenure = meetings.filter((m) => (m.sortDate && first && last ? m.sortDate >= first && m.sortDate <= last : appears.has(m.id)));
    const statuses = inTenure.map((m) => {
      const listing = m.listed.find((p) => p.id === id);
      return { id: m.id, status: (listing ? (listing.present ? 'present' : 'absent') : 'not-listed') as MeetingStatus };
    });
    const count = (s: MeetingStatus) => statuses.filter((x) => x.status === s).length;
    const held = statuses.length;
    return { id, name, first, last, held, attended: count('present'), absent: count('absent'), notListed: count('not-listed'), rate: held ? count('present') / held : 0, meetings: statuses };
  }).sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, 'sv'));
}

export function tenureCsv(group: string, rows: readonly TenureAttendance[]): string {
  return csvText([
    ['group', 'person', 'first', 'last', 'held', 'attended', 'absent', 'not listed', 'rate'],
    ...rows.map((r) => [group, r.name, r.first, r.last, r.held, r.attended, r.absent, r.notListed, Math.round(r.rate * 1000) / 1000]),
  ]);
}
