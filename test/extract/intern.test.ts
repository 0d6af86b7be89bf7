// Shared name strings (ingest/extract/intern.ts): which string object stands for a spelling
// cannot be seen from JavaScript, so what is checked is that interning changes nothing else,
// and that every name an extraction holds is given to the interner.
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../bench/generate/corpus.ts';
import { corpusRegistryOf } from '../../bench/run/context.ts';
import type { DocumentExtraction } from '../../ingest/extract/context.ts';
import { createInterner, internNames } from '../../ingest/extract/intern.ts';
import { extractOne } from '../../ingest/pipeline.ts';
import { makeSourceDocument } from '../../ingest/read.ts';
import { buildRegistry } from '../../ingest/registry.ts';

function syntheticExtractions(docs: number): DocumentExtraction[] {
  const { world, documents } = createCorpus({ docs, seed: 5 });
  const registry = corpusRegistryOf(world);
  return [...documents()].map((d) => extractOne(makeSourceDocument(`synthetic/${d.fileName}`, d.text, 'txt'), registry).extraction);
}

/** Every name an extraction holds, field by field. */
function namesOf(doc: DocumentExtraction): string[] {
  return [
    ...doc.attendees.flatMap((a) => [a.name, ...a.organisations]),
    ...doc.candidates.map((c) => c.name),
    ...doc.firstNames.map((r) => r.name),
    ...doc.absentees.map((r) => r.name),
    ...(doc.minuteTaker ? [doc.minuteTaker.name] : []),
    ...(doc.meeting.group ? [doc.meeting.group.name] : []),
    ...doc.memberships.flatMap((m) => [m.person.name, m.organisation]),
    ...doc.projectRoles.flatMap((p) => [p.person.name, p.project]),
    ...doc.aliases.flatMap((a) => [a.alias, a.name]),
  ];
}

/** A hand-made minute for what the synthetic ones never write: a short form in brackets, a minute-taker. */
function handMadeExtraction(): DocumentExtraction {
  const registry = buildRegistry({ nicknames: {}, organisations: [], persons: [], groups: [], projects: [], notPersons: [], keepApart: [] });
  const text = 'Styrgruppen för Trygg skolväg 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, Kulturförvaltningen\nMaja Ruud, Fontänhuset\n\nProtokollförare: Maja Ruud\n\n1. Forskning\n\nVi samarbetar med Centrum för välfärdsforskning (CVF) om utvärderingen. Lars berättade. Eva är inte med idag.\n';
  return extractOne(makeSourceDocument('hand-made.txt', text), registry).extraction;
}

describe('createInterner', () => {
  it('gives back an equal string, also once it has started afresh past its limit', () => {
    const intern = createInterner(2);
    const words = ['Anna Lindström', 'Stadsmissionen', 'Anna Lindström', 'Kulturförvaltningen', 'Stadsmissionen', 'Anna Lindström'];
    expect(words.map((w) => intern(w.slice(0)))).toEqual(words);
  });
});

describe('internNames', () => {
  const extractions = [...syntheticExtractions(40), handMadeExtraction()];

  it('is given documents that hold every kind of name (else the checks below would prove little)', () => {
    for (const field of ['attendees', 'candidates', 'firstNames', 'absentees', 'memberships', 'projectRoles', 'aliases'] as const) {
      expect(extractions.some((d) => d[field].length > 0), field).toBe(true);
    }
    expect(extractions.some((d) => d.meeting.group)).toBe(true);
    expect(extractions.some((d) => d.minuteTaker)).toBe(true);
  });

  it('leaves every extraction as it was, and passes every name through the interner', () => {
    for (const doc of extractions) {
      const copy = structuredClone(doc);
      const given: string[] = [];
      const intern = createInterner();
      expect(internNames(copy, (s) => (given.push(s), intern(s)))).toEqual(doc);
      expect(given.sort()).toEqual(namesOf(doc).sort());
    }
  });
});
