// User involvement and tenure-aware attendance on the seeds, against counts made by hand from
// the minutes' attendance lists and the registry's categories (written down below).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchInvolvement, fetchTenure } from '../../analysis/involvement-data.ts';
import { involvementByPeriod, type MeetingInvolvement, meetingInvolvementCsv, periodOf } from '../../analysis/involvement.ts';
import { openTestGateway, type TestGateway } from './seeds-gateway.ts';

let db: TestGateway;
beforeAll(async () => {
  db = await openTestGateway({ ingestSeeds: true });
});
afterAll(async () => db?.close());

const nonZero = (m: MeetingInvolvement) => Object.fromEntries(Object.entries(m.counts).filter(([, v]) => v > 0));

describe('who sat at the table, per meeting', () => {
  it('counts the people present by the category of the organisation their attendance line names', async () => {
    const meetings = await fetchInvolvement(db.gateway, { group: null, from: null, to: null });
    const byDate = Object.fromEntries(meetings.map((m) => [m.sortDate, [m.present, nonZero(m)]]));
    expect(byDate).toEqual({
      // 000: Ria and four from Bryggan (user organisations, registry); arbetsmarknadsförvaltningen and
      // twice socialförvaltningen; IFS (no category); Anders Sandberg with no organisation.
      '2016-04-04': [10, { 'user-organisation': 5, 'municipal-administration': 3, uncategorised: 1, none: 1 }],
      // 002: Ria and five from Bryggan; socialförvaltningen, arbetsmarknadsförvaltningen;
      // "Anders S" and the two mentors name no organisation.
      '2016-09-05': [11, { 'user-organisation': 6, 'municipal-administration': 2, none: 3 }],
      // 004: Bo (Ria/G7, both user organisations: one category), Ivan (Vorta Drom); five from
      // socialförvaltningen; Per Norbeck and Ia Jonsson "ej närvarande" are not at the table.
      '2016-12-12': [7, { 'user-organisation': 2, 'municipal-administration': 5 }],
      // 003 and 001: bare name lists.
      '2017-10-02': [10, { none: 10 }],
      '2017-12-07': [10, { none: 10 }],
    });
  });

  it('sums per group and quarter, with shares of the seats', async () => {
    const meetings = await fetchInvolvement(db.gateway, { group: 'group:gemensam utvecklingsgrupp', from: null, to: null });
    const quarters = involvementByPeriod(meetings, 'quarter');
    expect(quarters.map((q) => [q.period, q.present, q.shares['user-organisation']])).toEqual([['2016-Q2', 10, 0.5], ['2016-Q3', 11, 6 / 11]]);
    const year = involvementByPeriod(meetings, 'year');
    expect(year.map((y) => [y.period, y.meetings.length, y.counts['municipal-administration']])).toEqual([['2016', 2, 5]]);
  });

  it('filters by period and writes CSV with one row per meeting', async () => {
    const meetings = await fetchInvolvement(db.gateway, { group: null, from: '2017-01-01', to: '2017-12-31' });
    expect(meetings.map((m) => m.sortDate)).toEqual(['2017-10-02', '2017-12-07']);
    const csv = meetingInvolvementCsv(meetings).trimEnd().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]).toMatch(/^meeting,title,date,group,document,path,present,municipal-administration,/);
  });

  it('names periods by month, quarter and year', () => {
    expect([periodOf('2016-04-04', 'month'), periodOf('2016-04-04', 'quarter'), periodOf('2016-12-31', 'quarter'), periodOf(null, 'year')]).toEqual(['2016-04', '2016-Q2', '2016-Q4', 'undated']);
  });
});

describe('attendance that respects tenure', () => {
  it('counts each member against the meetings held between their first and last appearance', async () => {
    const rows = await fetchTenure(db.gateway, 'group:ledningsgrupp för utveckling');
    const table = Object.fromEntries(rows.map((r) => [r.name, [r.held, r.attended, r.absent, r.notListed]]));
    // The group met on 2016-12-12 (004), 2017-10-02 (003) and 2017-12-07 (001).
    expect(table).toMatchObject({
      'Bo Pettersson': [3, 3, 0, 0],
      // Present in 004 and 003; 001 says "David inte är med": a recorded absence.
      'David Bergström': [3, 2, 1, 0],
      // Present in 004 and 001, not on 003's list.
      'Leif Redestig': [3, 2, 0, 1],
      // 001: "Pernilla är inte med".
      'Pernilla Kvist': [3, 2, 1, 0],
      // First seen in 003: 004 was before his tenure.
      'Bengt Nilsson': [2, 2, 0, 0],
      // Only on 001's list.
      'Thomas Naujocks': [1, 1, 0, 0],
      // 004: "(ej närvarande)", and never again.
      'Ia Jonsson': [1, 0, 1, 0],
    });
    expect(rows.find((r) => r.name === 'Leif Redestig')!.rate).toBeCloseTo(2 / 3);
  });
});
