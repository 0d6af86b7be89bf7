// The scorer's matching rules on tiny hand-made gold / predicted pairs.
import { describe, expect, it } from 'vitest';
import { matchOneToOne } from '../../ingest/eval/matching.ts';
import { scoreCorpus, scoreDocument } from '../../ingest/eval/score.ts';
import type { ResolvedDocument } from '../../ingest/resolve/resolved.ts';
import { attendee, entity, goldDoc, predictedDoc, span } from './eval-fixtures.ts';

describe('entities', () => {
  it('matches through aliases on either side, ignoring case, spacing and Unicode form', () => {
    const gold = goldDoc({
      entities: [
        { type: 'person', name: 'Bo Pettersson', aliases: ['Bosse Pettersson'] },
        { type: 'person', name: 'Anders Sandberg' },
        { type: 'person', name: 'Gösta Strand' },
      ],
    });
    const predicted = predictedDoc({
      entities: [entity('person', 'Bosse Pettersson'), entity('person', 'Anders S', ['Anders  SANDBERG']), entity('person', 'Go\u0308sta Strand')],
    });
    const score = scoreDocument(predicted, gold);
    expect(score.tallies.person).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(score.misses).toEqual([]);
  });

  it('accepts alsoTypes and credits the gold primary type; another type is a miss and a false positive', () => {
    const gold = goldDoc({
      entities: [
        { type: 'project', name: 'Sip-grupp', alsoTypes: ['group'] },
        { type: 'event', name: 'Utvecklingsdag' },
      ],
    });
    const predicted = predictedDoc({ entities: [entity('group', 'Sip-grupp'), entity('organisation', 'Utvecklingsdag')] });
    const score = scoreDocument(predicted, gold);
    expect(score.tallies.project).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.tallies.group).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score.tallies.event).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.tallies.organisation).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.misses.map((m) => [m.metric, m.kind, m.name])).toEqual([
      ['organisation', 'false-positive', 'Utvecklingsdag'],
      ['event', 'missed', 'Utvecklingsdag'],
    ]);
  });

  it('counts a match with an optional entry neither way', () => {
    const gold = goldDoc({ optional: [{ type: 'place', name: 'Stockholm' }, { type: 'organisation', name: 'Yrkeshögskolan', aliases: ['Yrkehögskolan'], alsoTypes: ['place'] }] });
    const predicted = predictedDoc({ entities: [entity('place', 'stockholm'), entity('place', 'Yrkehögskolan'), entity('person', 'Stockholm')] });
    const score = scoreDocument(predicted, gold);
    expect(score.tallies.place).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score.tallies.organisation).toEqual({ tp: 0, fp: 0, fn: 0 });
    // The optional entry is a place: as a person the same name is wrong.
    expect(score.tallies.person).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.neutral.map((n) => n.name)).toEqual(['stockholm', 'Yrkehögskolan']);
  });

  it('matches each gold entity once: a second match is a duplicate false positive, whatever the order', () => {
    const gold = goldDoc({ entities: [{ type: 'project', name: 'Digitalt utanförskap', aliases: ['Digitalisering'] }] });
    for (const entities of [
      [entity('project', 'Digitalisering'), entity('project', 'Digitalt utanförskap')],
      [entity('project', 'Digitalt utanförskap'), entity('project', 'Digitalisering')],
    ]) {
      const score = scoreDocument(predictedDoc({ entities }), gold);
      expect(score.tallies.project).toEqual({ tp: 1, fp: 1, fn: 0 });
      expect(score.misses).toEqual([
        { metric: 'project', kind: 'false-positive', name: 'Digitalisering', detail: "duplicate: gold 'Digitalt utanförskap' is matched by 'Digitalt utanförskap'" },
      ]);
    }
  });

  it('finds the largest matching, not the first come', () => {
    const m = matchOneToOne(['ab', 'a'], ['a', 'b'], (p, g) => (p.includes(g) ? 0 : null));
    expect(m.pairs).toHaveLength(2);
    expect(m.unmatchedPredicted).toEqual([]);
  });
});

describe('attendance', () => {
  const gold = goldDoc({
    entities: [
      { type: 'person', name: 'Bo Pettersson', aliases: ['Bosse Pettersson'] },
      { type: 'organisation', name: 'socialförvaltningen', aliases: ['SOF'] },
    ],
    attendees: [
      { name: 'Bo Pettersson', organisation: 'Ria' },
      { name: 'Leif Redestig', organisation: 'socialförvaltningen' },
      { name: 'Anders Sandberg', organisation: null },
    ],
    absent: ['David Bergström', 'Pernilla Kvist'],
  });

  it('matches attendees by name through aliases and checks each one organisation, null = null', () => {
    const predicted = predictedDoc({
      entities: [entity('organisation', 'SOF')],
      attendees: [attendee('Bosse Pettersson', 'Bryggan'), attendee('Leif Redestig', 'SOF'), attendee('Anders Sandberg'), attendee('Åke Malmén')],
    });
    const score = scoreDocument(predicted, gold);
    expect(score.tallies.attendees).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(score.tallies.attendeeOrganisations).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.misses.filter((m) => m.metric === 'attendeeOrganisations')).toEqual([
      { metric: 'attendeeOrganisations', kind: 'wrong', name: 'Bo Pettersson', detail: 'expected Ria, predicted Bryggan' },
    ]);
  });

  it('scores absent members against predicted attendees with present = false', () => {
    const predicted = predictedDoc({
      attendees: [attendee('Bo Pettersson'), attendee('David Bergström', null, false), attendee('Pernilla Kvist', null, true), attendee('Ia Jonsson', null, false)],
    });
    const score = scoreDocument(predicted, gold);
    expect(score.tallies.absent).toEqual({ tp: 1, fp: 1, fn: 1 });
    // Pernilla Kvist, wrongly present, is also a false positive attendee.
    expect(score.tallies.attendees).toEqual({ tp: 1, fp: 1, fn: 2 });
  });

  it('leaves a list the gold does not annotate out of the score', () => {
    const scores = scoreCorpus([predictedDoc()], [goldDoc({ memberships: [] })]);
    expect(scores.documents[0]!.tallies.absent).toBeNull();
    expect(scores.documents[0]!.tallies.projectRoles).toBeNull();
    expect(scores.documents[0]!.tallies.memberships).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scores.scores.projectRoles.documents).toBe(0);
    expect(scores.scores.memberships.documents).toBe(1);
  });
});

describe('memberships and project roles', () => {
  it('compares both ends through aliases; optional pairs count neither way; a pair stated twice is one', () => {
    const gold = goldDoc({
      entities: [
        { type: 'person', name: 'Bo Pettersson', aliases: ['Bosse Pettersson'] },
        { type: 'organisation', name: 'arbetsmarknadsförvaltningen', aliases: ['AMF'] },
        { type: 'project', name: 'Fritidsbanken', aliases: ['Fritidsbank'] },
      ],
      memberships: [
        { person: 'Bo Pettersson', organisation: 'arbetsmarknadsförvaltningen' },
        { person: 'Eva Kollberg', organisation: 'föreningsbidrag', optional: true },
        { person: 'Samir Kafedzic', organisation: 'arbetsmarknadsförvaltningen' },
      ],
      projectRoles: [{ person: 'Allan Hedman', project: 'Fritidsbanken', role: 'projektledare' }],
    });
    const m = (person: string, organisation: string) => ({ person, organisation, role: null, cue: 'attendance', ...span });
    const predicted = predictedDoc({
      memberships: [m('Bosse Pettersson', 'AMF'), m('Bosse Pettersson', 'AMF'), m('Eva Kollberg', 'föreningsbidrag'), m('Samir Kafedzic', 'socialförvaltningen')],
      projectRoles: [{ person: 'Allan Hedman', project: 'Fritidsbank', role: null, ...span }],
    });
    const score = scoreDocument(predicted, gold);
    expect(score.tallies.memberships).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.neutral).toEqual([{ metric: 'memberships', name: 'Eva Kollberg – föreningsbidrag', gold: 'Eva Kollberg – föreningsbidrag' }]);
    expect(score.tallies.projectRoles).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('meeting dates and minute takers', () => {
  const undated = goldDoc({ meeting: { group: null, date: null, dateCertainty: 'unknown', dateWindow: ['2016-12-12', '2017-01-23'] } });
  const dateOf = (meeting: Partial<ResolvedDocument['meeting']>) => scoreDocument(predictedDoc({ meeting }), undated).tallies.meetingDates;

  it('requires an undated prediction whose non-empty window lies within the gold window', () => {
    expect(dateOf({ date: null, dateFrom: '2016-12-12', dateTo: '2017-01-23' })).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(dateOf({ date: null, dateFrom: '2017-01-02', dateTo: '2017-01-09' })).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(dateOf({ date: null, dateFrom: '2016-12-05', dateTo: '2017-01-23' })).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(dateOf({ date: null, dateFrom: '2017-01-09', dateTo: '2017-01-02' })).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(dateOf({ date: null, dateFrom: null, dateTo: null })).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(dateOf({ date: '2017-01-09', dateFrom: null, dateTo: null })).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('requires a dated gold meeting to be predicted exactly', () => {
    const gold = goldDoc();
    expect(scoreDocument(predictedDoc(), gold).tallies.meetingDates).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreDocument(predictedDoc({ meeting: { date: '2017-04-04' } }), gold).tallies.meetingDates).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('takes a missing minute taker in both as right, and compares names through aliases', () => {
    expect(scoreDocument(predictedDoc(), goldDoc()).tallies.minuteTakers).toEqual({ tp: 1, fp: 0, fn: 0 });
    const gold = goldDoc({ minuteTaker: 'David Bergström', entities: [{ type: 'person', name: 'David Bergström', aliases: ['David'] }] });
    expect(scoreDocument(predictedDoc({ minuteTaker: 'David' }), gold).tallies.minuteTakers).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreDocument(predictedDoc({ minuteTaker: null }), gold).tallies.minuteTakers).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});
