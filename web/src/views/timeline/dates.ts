// Calendar days as the API writes them (YYYY-MM-DD), handled in UTC so a day never shifts with
// the browser's time zone.
import { utcDay, utcMonth, utcYear } from 'd3';

/** The day a date string names, or null when it is not a date (undated meetings). */
export function parseDay(s: string | null | undefined): Date | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The nearest day boundary to an instant (brush edges fall between days). */
export function roundDay(d: Date): Date {
  return utcDay.round(d);
}

export function addDays(d: Date, n: number): Date {
  return utcDay.offset(d, n);
}

/** The year that ends on this day (both ends included): a year ago tomorrow up to the day. */
export function yearEndingOn(d: Date): [Date, Date] {
  return [addDays(utcYear.offset(d, -1), 1), d];
}

/** The time span to show for these days: padded so first and last marks are not on the edge. */
export function paddedExtent(days: readonly Date[]): [Date, Date] {
  if (!days.length) {
    const now = utcDay.floor(new Date());
    return [addDays(now, -365), addDays(now, 30)];
  }
  let lo = days[0]!;
  let hi = days[0]!;
  for (const d of days) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const pad = Math.max(15, Math.round((hi.getTime() - lo.getTime()) / 864e5 / 20));
  return [addDays(lo, -pad), addDays(hi, pad + 1)];
}

/** Axis labels in the reader's language: the year at a new year, else the month, else the day. */
export function axisFormat(lang: string): (d: Date) => string {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (d) => (utcMonth(d) < d ? day : utcYear(d) < d ? month : year).format(d);
}
