// Provenance quotes and document text with mentions, on the seeds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutOverlaps } from '../../server/api/handlers/documents.ts';
import * as S from '../../server/api/shapes.ts';
import { projectRoot } from '../../server/config.ts';
import { apiOnSeeds, enc, type ApiClient } from '../support/api.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await apiOnSeeds();
});
afterAll(() => api?.close());

const docOf7December = 'doc:45fcb04d6ec50db1';
const seedText = readFileSync(path.join(projectRoot, 'seeds/001_f9b29f4a5844bb89.txt'), 'utf8');

describe('GET /api/provenance', () => {
  it('quotes the span with up to 200 characters either side', async () => {
    const start = seedText.indexOf('Vi beslutar att tillfråga Jörgen.');
    const end = start + 'Vi beslutar att tillfråga Jörgen.'.length;
    const { status, body } = await api.get(`/api/provenance?doc=${enc(docOf7December)}&start=${start}&end=${end}`);
    expect(status).toBe(200);
    const p = S.Provenance.parse(body);
    expect(p.quote).toBe('Vi beslutar att tillfråga Jörgen.');
    expect(p.before).toBe(seedText.slice(start - 200, start));
    expect(p.after).toBe(seedText.slice(end, end + 200));
    expect(p.meeting?.date).toBe('2017-12-07');
  });

  it('clips the context at the ends of the text', async () => {
    const p = S.Provenance.parse((await api.get(`/api/provenance?doc=${enc(docOf7December)}&start=0&end=0`)).body);
    expect(p).toMatchObject({ quote: '', before: '' });
  });
});

describe('GET /api/documents/:id', () => {
  it('returns the text and sorted, non-overlapping mentions that slice to names', async () => {
    const { status, body } = await api.get(`/api/documents/${enc(docOf7December)}`);
    expect(status).toBe(200);
    const d = S.DocumentText.parse(body);
    expect(d.text).toBe(seedText);
    expect(d.meeting?.id).toBe('meeting:doc:45fcb04d6ec50db1');
    for (let i = 1; i < d.mentions.length; i++) expect(d.mentions[i]!.start).toBeGreaterThanOrEqual(d.mentions[i - 1]!.end);
    const gosta = d.mentions.find((m) => m.id === 'person:gösta strand');
    expect(gosta && d.text.slice(gosta.start, gosta.end)).toBe('Gösta Strand');
  });
});

describe('withoutOverlaps', () => {
  const m = (id: string, start: number, end: number) => ({ id, type: 'group' as const, name: id, start, end });
  it('keeps the longer of two overlapping mentions and sorts by start', () => {
    expect(withoutOverlaps([m('b', 10, 20), m('a', 0, 5), m('long', 8, 30), m('c', 30, 31)]).map((x) => x.id)).toEqual(['a', 'long', 'c']);
  });
});
