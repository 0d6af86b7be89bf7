// Comparing two periods on the seeds. The expected names are read from the minutes' attendance
// lists ("Närvarande"), not from the program's output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareAttendance, compareNetworks } from '../../analysis/compare-periods.ts';
import { compareGroupPeriods, compareNetworkPeriods } from '../../analysis/period-data.ts';
import type { Elements } from '../../server/api/shapes.ts';
import { openTestGateway, type TestGateway } from './seeds-gateway.ts';

describe('compareAttendance and compareNetworks (pure)', () => {
  it('splits people into joined, left and stayed', () => {
    const p = (id: string, meetings = 1) => ({ id, name: id.toUpperCase(), meetings });
    const change = compareAttendance([p('a'), p('b', 2)], [p('b', 3), p('c')]);
    expect(change.joined.map((x) => x.id)).toEqual(['c']);
    expect(change.left.map((x) => x.id)).toEqual(['a']);
    expect(change.stayed).toEqual([{ id: 'b', name: 'B', meetingsA: 2, meetingsB: 3 }]);
  });

  it('matches ties by id across periods', () => {
    const el = (...pairs: [string, string, number][]): Elements => ({
      nodes: [...new Set(pairs.flat().filter((x) => typeof x === 'string'))].map((id) => ({
        data: { id: id as string, label: (id as string).toUpperCase(), type: 'organisation' as const, category: null, weight: 0, date: null },
      })),
      edges: pairs.map(([s, t, w]) => ({ data: { id: `${s}|${t}|TIED`, source: s, target: t, type: 'TIED', weight: w, first: null, last: null } })),
    });
    const change = compareNetworks(el(['a', 'b', 1], ['b', 'c', 1]), el(['b', 'c', 4], ['c', 'd', 2]));
    expect(change.appeared).toMatchObject([{ id: 'c|d|TIED', weight: 2, sourceLabel: 'C', targetLabel: 'D' }]);
    expect(change.disappeared).toMatchObject([{ id: 'a|b|TIED', weight: 1 }]);
    expect(change.persisted).toMatchObject([{ id: 'b|c|TIED', weightA: 1, weightB: 4 }]);
    expect(change.nodesJoined.map((n) => n.id)).toEqual(['d']);
    expect(change.nodesLeft.map((n) => n.id)).toEqual(['a']);
  });
});

describe('comparing periods on the seeds', () => {
  let db: TestGateway;
  beforeAll(async () => {
    db = await openTestGateway({ ingestSeeds: true });
  });
  afterAll(() => db?.close());

  const names = (xs: { name: string }[]) => xs.map((x) => x.name).sort();
  const april2016 = { from: '2016-04-01', to: '2016-04-30' };
  const september2016 = { from: '2016-09-01', to: '2016-09-30' };

  it('Gemensam utvecklingsgrupp, 4 April vs 5 September 2016: joiners and leavers from the two Närvarande lists', async () => {
    // 000 (4 april 2016) lists: Bo Pettersson, Herbert Tinz, Rebecka Glimsjö, Nicklas Wenkel,
    // Bent S. Nilsen, Anders Sandberg, Gösta Strand, Åke Malmén, Leif Redestig, Johan Larsson.
    // 002 (5 september) lists: Bo Pettersson, Leif Redestig, Carina Sörensen, Gösta Strand,
    // Per Norbeck, Johnny Nyander, Rebecka Glimsjö, "Anders S" (Anders Sandberg, the only
    // Anders of the group), Allan Hedman, Lina Håkansson, Herbert Tinz.
    const c = await compareGroupPeriods(db.gateway, 'group:gemensam utvecklingsgrupp', april2016, september2016);
    expect(names(c.joined)).toEqual(['Allan Hedman', 'Carina Sörensen', 'Johnny Nyander', 'Lina Håkansson', 'Per Norbeck']);
    expect(names(c.left)).toEqual(['Bent S. Nilsen', 'Johan Larsson', 'Nicklas Wenkel', 'Åke Malmén'].sort());
    expect(names(c.stayed)).toEqual(['Anders Sandberg', 'Bo Pettersson', 'Gösta Strand', 'Herbert Tinz', 'Leif Redestig', 'Rebecka Glimsjö']);
    expect([c.a.held, c.b.held]).toEqual([1, 1]);
  });

  it('Ledningsgrupp för utveckling, 2 October vs 7 December 2017: those "inte med" count as gone', async () => {
    // 003 (2 oktober 2017) lists Ivan Kuzhikov, Bosse (= Bo) Pettersson, Bengt Nilsson, Ann
    // Abrahamsson, Håkan Hallgren, Samir Kafedzic, Gösta Strand, Anne Eskilsson, David Bergström,
    // Pernilla Kvist. 001 (7 december 2017) lists Samir, Thomas Naujocks, Bo, Ann, Bengt, Håkan,
    // Ivan, Gösta, Leif Redestig, Anne, and says "Eftersom David inte är med" and "Pernilla är inte med".
    const c = await compareGroupPeriods(db.gateway, 'group:ledningsgrupp för utveckling',
      { from: '2017-10-01', to: '2017-10-31' }, { from: '2017-12-01', to: '2017-12-31' });
    expect(names(c.joined)).toEqual(['Leif Redestig', 'Thomas Naujocks']);
    expect(names(c.left)).toEqual(['David Bergström', 'Pernilla Kvist']);
    expect(c.stayed).toHaveLength(8);
  });

  it('a period without meetings of the group: everyone of the other period joined or left', async () => {
    const c = await compareGroupPeriods(db.gateway, 'group:gemensam utvecklingsgrupp', { from: '2015-01-01', to: '2015-12-31' }, april2016);
    expect(c.a.held).toBe(0);
    expect(c.joined).toHaveLength(10);
    expect(c.left).toEqual([]);
  });

  it('organisation ties, April vs September 2016: IFS sat only at the April table', async () => {
    // 000: "Bent S. Nilsen, IFS" beside Ria, Bryggan, arbetsmarknadsförvaltningen and
    // socialförvaltningen; 002 has no one from IFS. Ria and Bryggan are represented at both.
    // 002's Digitalisering item names "Olsgården, Ria, Bryggan med flera" together.
    const c = await compareNetworkPeriods(db.gateway, 'organisations', april2016, september2016);
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(c.disappeared)).toEqual(expect.arrayContaining([
      'organisation:arbetsmarknadsförvaltningen|organisation:ifs|TIED',
      'organisation:bryggan|organisation:ifs|TIED',
      'organisation:ifs|organisation:ria|TIED',
      'organisation:ifs|organisation:socialförvaltningen|TIED',
    ]));
    expect(ids(c.persisted)).toContain('organisation:bryggan|organisation:ria|TIED');
    expect(ids(c.appeared)).toEqual(expect.arrayContaining(['organisation:bryggan|organisation:olsgården|TIED', 'organisation:olsgården|organisation:ria|TIED']));
    expect(ids(c.nodesLeft)).toContain('organisation:ifs');
    expect(ids(c.nodesJoined)).toContain('organisation:olsgården');
  });
});
