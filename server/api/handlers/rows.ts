// Small conversions from query rows to the API's shapes, shared by the handlers.
import type { MeetingRow, SourceRow } from '../../../cypher/registry.ts';
import type { EntityType, MeetingRef, Ref, Source } from '../shapes.ts';

/** Query rows name a node's type by its lower-cased label, which is an EntityType. */
export const ref = (id: string, type: string, name: string): Ref => ({ id, type: type as EntityType, name });

export const source = (row: SourceRow): Source => ({ doc: row.doc, start: row.start ?? null, end: row.end ?? null });

export const meetingRef = (row: MeetingRow): MeetingRef => ({ id: row.id, title: row.title, date: row.date ?? null });

/** Date order (the date, else the start of the meeting's window); undated meetings last. */
export function byMeetingDate(a: MeetingRow, b: MeetingRow): number {
  if (a.sortDate !== b.sortDate) {
    if (a.sortDate === null) return 1;
    if (b.sortDate === null) return -1;
    return a.sortDate < b.sortDate ? -1 : 1;
  }
  return a.title.localeCompare(b.title, 'sv') || a.id.localeCompare(b.id);
}

/** The earliest and latest of some dates, ignoring the unknown ones. */
export function seen(dates: readonly (string | null)[]): { first: string | null; last: string | null } {
  const known = dates.filter((d): d is string => d !== null).sort();
  return { first: known[0] ?? null, last: known.at(-1) ?? null };
}
