// Resolution rules on small hand-made minutes (no names from the seeds).
import { describe, expect, it } from 'vitest';
import { extractOne, resolveAll } from '../../ingest/pipeline.ts';
import { makeSourceDocument } from '../../ingest/read.ts';
import { buildRegistry } from '../../ingest/registry.ts';

const registry = buildRegistry({ nicknames: { Lasse: 'Lars' }, organisations: [{ name: 'kulturförvaltningen', aliases: ['KUF'] }], persons: [], groups: [], projects: [], notPersons: [], keepApart: [] });

function resolve(...texts: string[]) {
  // The resolver orders documents by id; give them back in the order they were written here.
  const out = resolveAll(texts.map((t, i) => extractOne(makeSourceDocument(`m${i}.txt`, t), registry)), registry);
  return texts.map((_, i) => out.find((r) => r.source === `m${i}.txt`)!);
}

const persons = (r: ReturnType<typeof resolve>[number]) => r.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

describe('resolving names', () => {
  it('resolves a nickname to the formal name', () => {
    const [a, b] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\n',
      'Styrgrupp 7 april 2019\n\nNärvarande\n\nLasse Ekdahl, KUF\nMaja Ruud, Fontänhuset\n',
    );
    expect(b!.attendees.map((x) => x.name)).toContain('Lars Ekdahl');
    expect(persons(a!)).toEqual(persons(b!));
  });
  it('resolves a lone given name to the one attendee who has it', () => {
    const [r] = resolve('Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\n\nBudget\n\nMaja berättar om budgeten.\n');
    const maja = r!.entities.find((e) => e.name === 'Maja Ruud')!;
    expect(maja.mentions.map((m) => m.text)).toContain('Maja');
  });
  it('does not guess a given name that two attendees share', () => {
    const [r] = resolve('Styrgrupp 3 mars 2019\n\nNärvarande\n\nMaja Ruud, Fontänhuset\nMaja Lindgren, KUF\n\nBudget\n\nMaja berättar om budgeten.\n');
    expect(r!.unresolved.map((u) => u.name)).toEqual(['Maja']);
    for (const e of r!.entities.filter((x) => x.type === 'person')) expect(e.mentions.map((m) => m.text)).not.toContain('Maja');
  });
  it('keeps similar names apart', () => {
    const [r] = resolve('Styrgrupp 3 mars 2019\n\nNärvarande\n\nPernilla Ek, KUF\nPernille Ek, Fontänhuset\nAnn Holm\nAnne Holm\n');
    expect(persons(r!)).toEqual(['Ann Holm', 'Anne Holm', 'Pernilla Ek', 'Pernille Ek']);
  });
  it('maps an abbreviation through the registry and reads a genitive', () => {
    const [r] = resolve('Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\n\nÖvrigt\n\nKulturförvaltningens budget diskuteras.\n');
    const orgs = r!.entities.filter((e) => e.type === 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['kulturförvaltningen']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['KUF', 'Kulturförvaltningens']);
  });
  it('infers a missing year from the group\'s weekday and leaves it open when nothing fixes it', () => {
    const [, b] = resolve(
      'Styrgrupp 4 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\n',
      'Styrgrupp 6 maj\n\nNärvarande\n\nLars Ekdahl, KUF\n',
    );
    // 4 March 2019 was a Monday; of 2018–2020 only 2019 has 6 May on a Monday.
    expect(b!.meeting).toMatchObject({ date: '2019-05-06', dateCertainty: 'inferred' });
  });
  it('names an entity by its definite form when running text writes it so', () => {
    const [a, b] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\n\nCykelkök\n\nVi pratade om lokalen.\n',
      'Styrgrupp 7 april 2019\n\nNärvarande\n\nLars Ekdahl, KUF\n\nÖvrigt\n\nÄven Cykelköket behöver en lokal.\n',
    );
    const names = (r: typeof a) => r!.entities.filter((e) => e.type !== 'person' && /kök/.test(e.name)).map((e) => e.name);
    expect(names(a)).toEqual(['Cykelköket']);
    expect(names(b)).toEqual(['Cykelköket']);
  });
  it('reads who works on a project from commitments in its section', () => {
    const [r] = resolve(
      'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\nOla Berg, KUF\n\nCykelköksprojektet\n\n' +
        'Lars Ekdahl som projektledare presenterade läget. Maja och Ola kommer att ta fram en budget. Vi diskuterade lokalen med Ola Berg.\n',
    );
    expect(r!.projectRoles.map((p) => [p.person, p.role])).toEqual([['Lars Ekdahl', 'projektledare'], ['Maja Ruud', null], ['Ola Berg', null]]);
  });
});
