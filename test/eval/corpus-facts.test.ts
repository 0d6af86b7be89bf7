// Facts about the corpus as a whole (corpus.json), checked on resolved documents.
import { describe, expect, it } from 'vitest';
import { checkCorpusFacts } from '../../ingest/eval/corpus-facts.ts';
import { parseGoldCorpus } from '../../ingest/eval/gold.ts';
import { attendee, entity, predictedDoc } from './eval-fixtures.ts';

describe('corpus facts', () => {
  it('checks distinct persons, same and different persons, meetings per group and attendance', () => {
    const corpus = parseGoldCorpus(
      {
        distinctPersons: 2,
        samePerson: [['David Bergström', 'David']],
        differentPersons: [['Pernilla Kvist', 'Pernille']],
        meetingsPerGroup: { 'Ledningsgrupp för utveckling': 2 },
        attendanceCounts: { 'David Bergström': 1, 'Pernille': 0 },
      },
      'corpus.json',
    );
    const david = { ...entity('person', 'David Bergström'), mentions: [{ start: 0, end: 5, text: 'David' }] };
    const docs = [
      predictedDoc({ source: 'a.txt', entities: [david, entity('person', 'Pernilla Kvist')], attendees: [attendee('David Bergström')], meeting: { group: 'Ledningsgrupp för utveckling' } }),
      predictedDoc({ source: 'b.txt', entities: [entity('person', 'Pernilla Kvist', ['Pernille'])], meeting: { group: 'Gemensam ledningsgrupp utveckling' } }),
    ];
    const checks = checkCorpusFacts(docs, corpus);
    expect(checks.map((c) => [c.fact, c.ok])).toEqual([
      ['distinct persons', true],
      ['same person: David Bergström = David', true],
      ['different persons: Pernilla Kvist ≠ Pernille', false],
      ['meetings of Ledningsgrupp för utveckling', false],
      ['meetings attended by David Bergström', true],
      ['meetings attended by Pernille', true],
    ]);
  });
});
