// Short forms of names settled by the meeting's context, and Swedish genitives of full names
// (person-context.ts, persons.ts). Invented names; none from the seeds.
import { describe, expect, it } from 'vitest';
import { extractOne, resolveAll } from '../../ingest/pipeline.ts';
import { makeSourceDocument } from '../../ingest/read.ts';
import { buildRegistry } from '../../ingest/registry.ts';
import { createPersonScanner } from '../../ingest/resolve/person-scan.ts';
import type { PersonCluster } from '../../ingest/resolve/persons.ts';

const registry = buildRegistry({});

function resolve(...texts: string[]) {
  const out = resolveAll(texts.map((t, i) => extractOne(makeSourceDocument(`m${i}.txt`, t), registry)), registry);
  return texts.map((_, i) => out.find((r) => r.source === `m${i}.txt`)!);
}

type Resolved = ReturnType<typeof resolve>[number];
const personWith = (r: Resolved, text: string) => r.entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.text === text))?.name ?? null;
const persons = (r: Resolved) => r.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

describe('resolving short forms by context', () => {
  it('reads a full name with a genitive -s as the person, not a second one', () => {
    const [a, b] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nAnna Söderström, KUF\nLars Ekdahl, KUF\n',
      'Styrgrupp 7 april 2019\n\nNärvarande\n\nLars Ekdahl, KUF\n\nBudget\n\nVi diskuterade Anna Söderströms förslag om budgeten.\n',
    );
    expect(persons(a!)).toContain('Anna Söderström');
    expect(persons(b!)).not.toContain('Anna Söderströms');
    expect(personWith(b!, 'Anna Söderströms')).toBe('Anna Söderström');
  });

  it('settles "Kerstin A" in a list by the group\'s regulars when the corpus knows two Kerstin A…', () => {
    const [, b, c] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nKerstin Alm, KUF\nLars Ekdahl, KUF\n',
      'Referensgrupp 4 mars 2019\n\nNärvarande\n\nKerstin Ahl, Fontänhuset\nMaja Ruud, Fontänhuset\n\nÖvrigt\n\nInga frågor.\n',
      'Styrgrupp 7 april 2019\n\nNärvarande\n\nKerstin A, KUF\nLars Ekdahl, KUF\n',
    );
    expect(personWith(c!, 'Kerstin A')).toBe('Kerstin Alm');
    expect(c!.attendees.map((a) => a.name)).toContain('Kerstin Alm');
    expect(persons(b!)).toContain('Kerstin Ahl');
  });

  it('settles a lone given name by the group\'s regulars when no attendee has it', () => {
    const [, , c] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nMaja Ruud, Fontänhuset\nLars Ekdahl, KUF\n',
      'Referensgrupp 4 mars 2019\n\nNärvarande\n\nMaja Lindgren, KUF\nPer Holm, KUF\n',
      'Styrgrupp 7 april 2019\n\nNärvarande\n\nLars Ekdahl, KUF\n\nBudget\n\nMaja har skickat underlaget.\n',
    );
    expect(personWith(c!, 'Maja')).toBe('Maja Ruud');
  });

  it('leaves a lone given name unresolved when two regulars have it', () => {
    const [, , c] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nMaja Ruud, Fontänhuset\nLars Ekdahl, KUF\n',
      'Styrgrupp 4 mars 2019\n\nNärvarande\n\nMaja Lindgren, KUF\nLars Ekdahl, KUF\n',
      'Styrgrupp 7 april 2019\n\nNärvarande\n\nLars Ekdahl, KUF\n\nBudget\n\nMaja har skickat underlaget.\n',
    );
    expect(personWith(c!, 'Maja')).toBeNull();
  });

  it('reads a known given name in the genitive as the one person around the meeting who has it', () => {
    const [, b] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nAnna Söderström, KUF\nLars Ekdahl, KUF\n',
      'Styrgrupp 7 april 2019\n\nNärvarande\n\nAnna Söderström, KUF\nLars Ekdahl, KUF\n\nBudget\n\nAnnas förslag antas.\n',
    );
    expect(personWith(b!, 'Annas')).toBe('Anna Söderström');
  });

  it('does not read a given name that is itself a name ending in -s as a genitive', () => {
    const [r] = resolve('Styrgrupp 3 mars 2019\n\nNärvarande\n\nAgne Holm, KUF\nLars Ekdahl, KUF\n\nBudget\n\nAgnes förslag antas.\n');
    expect(personWith(r!, 'Agnes')).toBeNull();
  });
});

describe('the person scanner', () => {
  const person = (name: string, strength = 3): PersonCluster => ({ key: name.toLowerCase(), name, first: name.split(' ')[0]!, firstKey: name.split(' ')[0]!.toLowerCase(), initial: name.includes(' ') ? name.toLowerCase().split(' ').at(-1)![0]! : null, surfaces: new Map([[name, 1]]), strength });

  it('finds full names in the genitive, and as written only when asked', () => {
    const text = 'Justerare: Lars Ekdahl\nLars Ekdahls förslag antas. Lars Ekdahl-Berg deltar.';
    const spans = (asWritten: boolean) => createPersonScanner([person('Lars Ekdahl')], { asWritten }).scan(text, []).map((f) => text.slice(f.start, f.end));
    expect(spans(false)).toEqual(['Lars Ekdahls']);
    expect(spans(true)).toEqual(['Lars Ekdahl', 'Lars Ekdahls']);
  });

  it('does not look for a name only ever guessed from a capitalised pair', () => {
    expect(createPersonScanner([person('Stark Hälsa', 1)]).scan('Stark Hälsas budget', [])).toEqual([]);
  });
});
