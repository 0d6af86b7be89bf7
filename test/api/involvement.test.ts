// GET /api/involvement and /api/groups/:id/attendance over the seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Involvement, Tenure } from '../../server/api/shapes-involvement.ts';
import type { ErrorBody } from '../../server/api/shapes.ts';
import { type ApiClient, apiOnSeeds, enc } from '../support/api.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await apiOnSeeds();
});
afterAll(async () => api?.close());

describe('GET /api/involvement', () => {
  it('gives per-meeting counts by category for one group, the same as the minutes (see test/analysis/involvement.test.ts)', async () => {
    const { status, body } = await api.get(`/api/involvement?group=${enc('group:gemensam utvecklingsgrupp')}`);
    expect(status).toBe(200);
    const r = Involvement.parse(body);
    expect(r.meetings.map((m) => [m.sortDate, m.present, m.counts['user-organisation'], m.counts.none])).toEqual([['2016-04-04', 10, 5, 1], ['2016-09-05', 11, 6, 3]]);
    expect(r.meetings[0]!.attendees.find((a) => a.name === 'Gösta Strand')).toEqual({ name: 'Gösta Strand', organisations: ['arbetsmarknadsförvaltningen'], categories: ['municipal-administration'] });
  });

  it('sums per year with shares, and sends the CSV as a file when asked', async () => {
    const r = Involvement.parse((await api.get('/api/involvement?period=year')).body);
    expect(r.periods.map((p) => [p.groupName, p.period, p.present])).toEqual([
      ['Gemensam utvecklingsgrupp', '2016', 21],
      ['Ledningsgrupp för utveckling', '2016', 7],
      ['Ledningsgrupp för utveckling', '2017', 20],
    ]);
    expect(r.periods[1]!.shares['municipal-administration']).toBeCloseTo(5 / 7);
    const response = await fetch(`${api.url}/api/involvement?period=year&format=csv`);
    expect([response.headers.get('content-type'), response.headers.get('content-disposition')]).toEqual(['text/csv; charset=utf-8', 'attachment; filename="involvement-year.csv"']);
    expect((await response.text()).split('\r\n')[0]).toMatch(/^group,period,meetings,present,/);
  });

  it('names the field at fault', async () => {
    const bad = await api.get<ErrorBody>('/api/involvement?period=week');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/'period'/);
    const notGroup = await api.get<ErrorBody>(`/api/involvement?group=${enc('person:bo pettersson')}`);
    expect([notGroup.status, notGroup.body.error.message]).toEqual([400, "query parameter 'group': person:bo pettersson is a person, not a group"]);
  });
});

describe('GET /api/groups/:id/attendance', () => {
  it("counts each member against the group's meetings within their tenure", async () => {
    const r = Tenure.parse((await api.get(`/api/groups/${enc('group:ledningsgrupp för utveckling')}/attendance`)).body);
    expect(r.group.name).toBe('Ledningsgrupp för utveckling');
    const leif = r.members.find((m) => m.name === 'Leif Redestig')!;
    expect([leif.held, leif.attended, leif.notListed, leif.meetings.map((m) => m.status)]).toEqual([3, 2, 1, ['present', 'not-listed', 'present']]);
    expect((await api.get(`/api/groups/${enc('group:nope')}/attendance`)).status).toBe(404);
  });
});
