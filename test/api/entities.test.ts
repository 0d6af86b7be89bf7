// GET /api/entities/:id and /api/people/:id/timeline on the seeds. The expected facts are read
// from the seed minutes: Gösta Strand is on the attendance list of four of the five meetings,
// once as "Gösta Strand arbetsmarknadsförvaltningen" (000) and once with a comma (002); the
// Fritidsbank is discussed on 5 September 2016 (002) and in the undated 2016/17 minutes (004).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as S from '../../server/api/shapes.ts';
import { apiOnSeeds, enc, type ApiClient } from '../support/api.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await apiOnSeeds();
});
afterAll(() => api?.close());

type ProfileOf<T extends S.Profile['type']> = T extends S.MentionedProfile['type'] ? S.MentionedProfile : Extract<S.Profile, { type: T }>;

async function profileOf<T extends S.Profile['type']>(id: string, type: T): Promise<ProfileOf<T>> {
  const { status, body } = await api.get(`/api/entities/${enc(id)}`);
  expect(status, JSON.stringify(body)).toBe(200);
  const profile = S.Profile.parse(body);
  expect(profile.type).toBe(type);
  return profile as ProfileOf<T>;
}

const search = async (q: string) => S.SearchResult.parse((await api.get(`/api/search?q=${enc(q)}`)).body).results;

describe('person profile', () => {
  it('Gösta Strand: four meetings, a member of arbetsmarknadsförvaltningen', async () => {
    const p = await profileOf('person:gösta strand', 'person');
    expect(p.meetings).toHaveLength(4);
    expect(p.meetings.every((m) => m.present)).toBe(true);
    expect(p.meetings.map((m) => m.date)).toEqual(['2016-04-04', '2016-09-05', '2017-10-02', '2017-12-07']);
    expect(p.organisations.map((o) => o.id)).toEqual(['organisation:arbetsmarknadsförvaltningen']);
    expect(p.organisations[0]).toMatchObject({ first: '2016-04-04', last: '2016-09-05' });
    expect(p.organisations[0]!.sources).toHaveLength(2);
    expect(p.groups.map((g) => [g.name, g.meetings])).toEqual([
      ['Gemensam utvecklingsgrupp', 2],
      ['Ledningsgrupp för utveckling', 2],
    ]);
    // Bo Pettersson is on all four of those attendance lists too.
    expect(p.coAttendees[0]).toMatchObject({ id: 'person:bo pettersson', shared: 4 });
    expect(p.projects).toEqual([]);
  });

  it("every meeting's source span quotes the person's name", async () => {
    const p = await profileOf('person:gösta strand', 'person');
    for (const m of p.meetings) {
      const quote = S.Provenance.parse((await api.get(`/api/provenance?doc=${enc(m.source.doc)}&start=${m.source.start}&end=${m.source.end}`)).body).quote;
      expect(quote).toBe('Gösta Strand');
    }
  });

  it('Bo Pettersson: Ria in three documents, G7 in one', async () => {
    const p = await profileOf('person:bo pettersson', 'person');
    const byId = Object.fromEntries(p.organisations.map((o) => [o.id, o.sources.length]));
    expect(byId).toEqual({ 'organisation:ria': 3, 'organisation:g7': 1 });
  });

  it('the person timeline lists the same meetings in date order; 404 for a non-person', async () => {
    const { status, body } = await api.get(`/api/people/${enc('person:gösta strand')}/timeline`);
    expect(status).toBe(200);
    const t = S.PersonTimeline.parse(body);
    expect(t.meetings.map((m) => m.date)).toEqual(['2016-04-04', '2016-09-05', '2017-10-02', '2017-12-07']);
    expect((await api.get(`/api/people/${enc('organisation:ria')}/timeline`)).status).toBe(404);
  });
});

describe('project, organisation, group, meeting, event profiles', () => {
  it('Fritidsbanken (search "fritid") has its meetings in date order', async () => {
    const [hit] = await search('fritid');
    expect(hit?.id).toBe('project:fritidsbanken');
    const p = await profileOf(hit!.id, 'project');
    expect(p.meetings.map((m) => m.title)).toEqual(['Gemensam utvecklingsgrupp 5 september', 'Gemensam ledningsgrupp utveckling']);
    expect(p.meetings[0]!.sections).toEqual(['Fritidsbank']);
    expect(p.first).toBe('2016-09-05');
    // "… med Allan Hedman som projektledare" under the heading Fritidsbank (002).
    expect(p.people.find((x) => x.id === 'person:allan hedman')?.roles).toEqual(['projektledare']);
    // "Lokal" in 004: Ria and Alfo Gross are discussed under the same heading as Fritidsbanken.
    expect(p.organisations.map((o) => o.id)).toEqual(expect.arrayContaining(['organisation:ria', 'organisation:alfo gross']));
  });

  it('Bryggan: its people, and the meetings it was represented at in date order', async () => {
    const o = await profileOf('organisation:bryggan', 'organisation');
    expect(o.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Herbert Tinz', 'Rebecka Glimsjö', 'Per Norbeck']));
    expect(o.meetings.map((m) => m.date)).toEqual(['2016-04-04', '2016-09-05']);
    expect(o.meetings[0]!.representatives.map((r) => r.name)).toEqual(expect.arrayContaining(['Herbert Tinz', 'Johan Larsson']));
  });

  it('Gemensam utvecklingsgrupp: two meetings held, in date order, with attendee counts', async () => {
    const g = await profileOf('group:gemensam utvecklingsgrupp', 'group');
    expect(g.meetings.map((m) => [m.date, m.attendees])).toEqual([
      ['2016-04-04', 10],
      ['2016-09-05', 11],
    ]);
    expect(g).toMatchObject({ first: '2016-04-04', last: '2016-09-05' });
    expect(g.members.find((m) => m.id === 'person:gösta strand')).toMatchObject({ attended: 2 });
  });

  it('the 7 December 2017 meeting: attendees, minute taker, absentees, topics and the "Beslut:" list', async () => {
    const m = await profileOf('meeting:doc:45fcb04d6ec50db1', 'meeting');
    expect(m.date).toBe('2017-12-07');
    expect(m.group?.name).toBe('Ledningsgrupp för utveckling');
    expect(m.attendees).toHaveLength(10);
    expect(m.minuteTaker?.name).toBe('Anne Eskilsson');
    expect(m.absentees.map((a) => a.name)).toEqual(expect.arrayContaining(['David Bergström']));
    expect(m.topics.map((t) => t.heading)).toEqual(expect.arrayContaining(['Återblick på året', 'Beslut', 'Kommunikation']));
    expect(m.decisions.map((d) => d.text)).toEqual(
      expect.arrayContaining(['Vi beslutar att tillfråga Jörgen.', 'Att vi förlägger våra möten ute i föreningarna']),
    );
    expect(m.document.path).toBe('seeds/001_f9b29f4a5844bb89.txt');
  });

  it('the undated 2016/17 meeting lists Per Norbeck and Ia Jonsson as absent ("ej närvarande")', async () => {
    const meeting = (await profileOf('person:per norbeck', 'person')).meetings.find((x) => !x.present);
    expect(meeting?.title).toBe('Gemensam ledningsgrupp utveckling');
    const m = await profileOf(meeting!.id, 'meeting');
    expect(m.date).toBeNull();
    expect(m.dateFrom).not.toBeNull();
    expect(m.absentees.map((a) => a.name).sort()).toEqual(['Ia Jonsson', 'Per Norbeck']);
    expect(m.attendees.find((a) => a.name === 'Bo Pettersson')?.organisations.map((o) => o.name).sort()).toEqual(['G7', 'Ria']);
  });

  it('an event lists the meetings that mention it', async () => {
    const e = await profileOf('event:julfika', 'event');
    expect(e.meetings.map((m) => m.date)).toEqual(['2017-12-07']);
    expect(e.meetings[0]!.sources.length).toBeGreaterThan(0);
  });

  it('every search hit has a profile that parses', async () => {
    for (const type of S.entityTypes) {
      const hits = S.SearchResult.parse((await api.get(`/api/search?q=a&types=${type}&limit=3`)).body).results;
      for (const hit of hits) await profileOf(hit.id, hit.type);
    }
  });
});
