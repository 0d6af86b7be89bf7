// The registry's keepApart pairs undo the resolver's merges, for persons and for other entities.
import { describe, expect, it } from 'vitest';
import { extractOne, resolveAll } from '../../ingest/pipeline.ts';
import { makeSourceDocument } from '../../ingest/read.ts';
import { buildRegistry, type RegistryFile } from '../../ingest/registry.ts';

const base: RegistryFile = { nicknames: { Lasse: 'Lars' }, organisations: [], persons: [], groups: [], projects: [], notPersons: [], keepApart: [], forget: [] };
const texts = [
  'Styrgrupp 3 mars 2019\n\nNärvarande\n\nLars Ekdahl, KUF\nMaja Ruud, Fontänhuset\n\nCykelkök\n\nVi pratade om lokalen.\n',
  'Styrgrupp 7 april 2019\n\nNärvarande\n\nLasse Ekdahl, KUF\nMaja Ruud, Fontänhuset\n\nÖvrigt\n\nÄven Cykelköket behöver en lokal.\n',
];

function names(file: RegistryFile, type: string): string[] {
  const registry = buildRegistry(file);
  const resolved = resolveAll(texts.map((t, i) => extractOne(makeSourceDocument(`m${i}.txt`, t), registry)), registry);
  return [...new Set(resolved.flatMap((r) => r.entities.filter((e) => e.type === type).map((e) => e.name)))].sort();
}

describe('keepApart', () => {
  it('merges a nickname and the definite form without it', () => {
    expect(names(base, 'person')).toEqual(['Lars Ekdahl', 'Maja Ruud']);
    expect(names(base, 'project')).toEqual(['Cykelköket']);
  });
  it('keeps two people apart that a nickname would join', () => {
    expect(names({ ...base, keepApart: [['Lasse Ekdahl', 'Lars Ekdahl']] }, 'person')).toEqual(['Lars Ekdahl', 'Lasse Ekdahl', 'Maja Ruud']);
  });
  it('keeps a spelling apart from a project that stemming would join it to', () => {
    // "Cykelköket" is only in running text: kept apart, it is neither the name nor a mention.
    expect(names({ ...base, keepApart: [['Cykelkök', 'Cykelköket']] }, 'project')).toEqual(['Cykelkök']);
  });
});
