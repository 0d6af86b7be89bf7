// GET /api/timelines/:kind with filters, on the seeds: lanes by id, a period's meetings (by
// Meeting.sortDate, undated ones left out), the busiest lanes; and the 400s for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as S from '../../server/api/shapes.ts';
import { apiOnSeeds, enc, type ApiClient } from '../support/api.ts';

let api: ApiClient;
let groups: S.Timeline;
let projects: S.Timeline;
beforeAll(async () => {
  api = await apiOnSeeds();
  groups = await ok('/api/timelines/groups');
  projects = await ok('/api/timelines/projects');
});
afterAll(() => api?.close());

async function ok(path: string): Promise<S.Timeline> {
  const { status, body } = await api.get(path);
  expect(status, JSON.stringify(body)).toBe(200);
  return S.Timeline.parse(body);
}

const ids = (t: S.Timeline) => t.lanes.map((l) => l.id);
const dates = (t: S.Timeline) => Object.fromEntries(t.lanes.map((l) => [l.id, l.meetings.map((m) => m.date)]));
const ledning = 'group:ledningsgrupp för utveckling';
const gemensam = 'group:gemensam utvecklingsgrupp';

describe('lanes by id', () => {
  it('one project: its lane only, the same as in the whole timeline', async () => {
    const t = await ok(`/api/timelines/projects?id=${enc('project:fritidsbanken')}`);
    expect(ids(t)).toEqual(['project:fritidsbanken']);
    expect(t.lanes[0]).toEqual(projects.lanes.find((l) => l.id === 'project:fritidsbanken'));
    expect(t).toMatchObject({ kind: 'projects', from: null, to: null, truncated: false });
  });

  it('several groups, by repeating id; an id with no lane (or repeated) adds nothing', async () => {
    const t = await ok(`/api/timelines/groups?id=${enc(ledning)}&id=${enc(gemensam)}&id=${enc('group:ingen alls')}&id=${enc(ledning)}`);
    expect(t.lanes).toEqual(groups.lanes);
  });
});

describe('a period', () => {
  it('keeps the meetings whose date (or window start) is in it, and only lanes with one', async () => {
    const t = await ok('/api/timelines/groups?from=2017-01-01&to=2017-12-31');
    expect(dates(t)).toEqual({ [ledning]: ['2017-10-02', '2017-12-07'] });
    expect(t).toMatchObject({ from: '2017-01-01', to: '2017-12-31', truncated: false });
  });

  it('bounds are inclusive; an open end reaches the first or last meeting', async () => {
    expect(dates(await ok('/api/timelines/groups?from=2016-09-05&to=2016-09-05'))).toEqual({ [gemensam]: ['2016-09-05'] });
    expect(dates(await ok('/api/timelines/groups?to=2016-04-04'))).toEqual({ [gemensam]: ['2016-04-04'] });
    expect(dates(await ok('/api/timelines/groups?from=2017-12-07'))).toEqual({ [ledning]: ['2017-12-07'] });
  });

  it('an undated meeting counts at the start of its window, and is left out of periods not holding it', async () => {
    const undated = groups.lanes.find((l) => l.id === ledning)!.meetings.find((m) => m.date === null)!;
    const all = await ok('/api/timelines/groups?from=2000-01-01&to=2099-12-31');
    expect(all.lanes.find((l) => l.id === ledning)!.meetings.map((m) => m.id)).toContain(undated.id);
    expect(dates(await ok('/api/timelines/groups?from=2017-01-01'))[ledning]).not.toContain(null);
  });

  it('with ids: those lanes, in the period', async () => {
    const t = await ok(`/api/timelines/projects?id=${enc('project:fritidsbanken')}&from=2016-09-01&to=2016-09-30`);
    expect(t.lanes.map((l) => [l.id, l.meetings.map((m) => m.title)])).toEqual([['project:fritidsbanken', ['Gemensam utvecklingsgrupp 5 september']]]);
  });

  it('the same lanes from the period query as from each lane filtered (with and without ids)', async () => {
    const every = await ok('/api/timelines/projects?from=2016-01-01&to=2016-12-31');
    const named = await ok(`/api/timelines/projects?from=2016-01-01&to=2016-12-31&${projects.lanes.map((l) => `id=${enc(l.id)}`).join('&')}`);
    expect(every.lanes.length).toBeGreaterThan(0);
    expect(every.lanes).toEqual(named.lanes);
  });
});

describe('the busiest lanes', () => {
  it('limit keeps the lanes with most meetings and says the list was cut', async () => {
    const most = Math.max(...projects.lanes.map((l) => l.meetings.length));
    const t = await ok('/api/timelines/projects?limit=1');
    expect(t.truncated).toBe(projects.lanes.length > 1);
    expect(t.lanes).toHaveLength(1);
    expect(t.lanes[0]!.meetings).toHaveLength(most);
    expect((await ok(`/api/timelines/projects?limit=${projects.lanes.length}`)).truncated).toBe(false);
  });

  it('in a period, the busiest of that period', async () => {
    // 2016: the Gemensam group's two meetings, and the Ledningsgrupp's undated one of 2016/17.
    const t = await ok('/api/timelines/groups?from=2016-01-01&to=2016-12-31&limit=1');
    expect(dates(t)).toEqual({ [gemensam]: ['2016-04-04', '2016-09-05'] });
    expect(t.truncated).toBe(true);
    expect(dates(await ok('/api/timelines/groups?from=2016-01-01&to=2016-12-31&limit=2'))).toEqual({ [gemensam]: ['2016-04-04', '2016-09-05'], [ledning]: [null] });
  });
});

// The explorer opens all lanes on the year up to the last meeting (health tells the days), and
// widens to the first to the last meeting day.
describe('the days meetings span', () => {
  it('health gives the first and last meeting day: an undated meeting counts at the start of its window', async () => {
    const { status, body } = await api.get('/api/health');
    expect(status).toBe(200);
    expect(S.Health.parse(body).meetings).toEqual({ first: '2016-04-04', last: '2017-12-07' });
  });

  it('the year up to the last meeting holds the Ledningsgrupp only; the whole span is the whole timeline', async () => {
    const year = await ok('/api/timelines/groups?from=2016-12-08&to=2017-12-07&limit=20');
    expect(dates(year)).toEqual({ [ledning]: [null, '2017-10-02', '2017-12-07'] });
    expect(year.truncated).toBe(false);
    // Every meeting of the seeds has a sortDate, so nothing is lost by widening to the span.
    expect((await ok('/api/timelines/groups?from=2016-04-04&to=2017-12-07&limit=20')).lanes).toEqual(groups.lanes);
    expect((await ok('/api/timelines/projects?from=2016-04-04&to=2017-12-07&limit=20')).lanes).toEqual(projects.lanes);
  });
});

describe('bad input: 400 naming the field', () => {
  it.each([
    ['/api/timelines/projects?from=2016-13', /'from'/],
    ['/api/timelines/projects?to=yesterday', /'to'.*YYYY-MM-DD/],
    ['/api/timelines/projects?from=2017-01-01&to=2016-01-01', /'from': from must not be after to/],
    ['/api/timelines/projects?limit=0', /'limit'/],
    ['/api/timelines/projects?limit=many', /'limit'/],
    ['/api/timelines/projects?id=x', /'id\.0': Too small/],
    [`/api/timelines/projects?${Array.from({ length: 51 }, (_, i) => `id=project%3Ap${i}`).join('&')}`, /'id'.*at most 50/],
    [`/api/timelines/projects?id=${enc('group:gemensam utvecklingsgrupp')}`, /'id': 'group:gemensam utvecklingsgrupp' is not a project id/],
    [`/api/timelines/groups?id=${enc('project:fritidsbanken')}`, /'id': 'project:fritidsbanken' is not a group id/],
  ])('%s', async (path, message) => {
    const { status, body } = await api.get<S.ErrorBody>(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(message);
  });
});
