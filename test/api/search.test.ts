// GET /api/search on the seeds, and the Lucene query it builds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../server/api/handlers/search.ts';
import * as S from '../../server/api/shapes.ts';
import { apiOnSeeds, type ApiClient } from '../support/api.ts';

describe('toLuceneQuery', () => {
  it('makes every word a required prefix, folded to plain lower case', () => {
    expect(toLuceneQuery('Gösta Str')).toBe('gosta* AND str*');
    expect(toLuceneQuery('ÅKE  malmén')).toBe('ake* AND malmen*');
  });

  it('escapes Lucene operators so they are text', () => {
    expect(toLuceneQuery('a+b (c)')).toBe('a\\+b* AND \\(c\\)*');
    expect(toLuceneQuery('it-grupp')).toBe('it\\-grupp*');
  });

  it('splits on punctuation and gives null when no word is left', () => {
    expect(toLuceneQuery('bo, ria')).toBe('bo* AND ria*');
    expect(toLuceneQuery(' ,.; ')).toBeNull();
  });
});

describe('GET /api/search', () => {
  let api: ApiClient;
  beforeAll(async () => {
    api = await apiOnSeeds();
  });
  afterAll(() => api?.close());

  it('finds Gösta Strand first for "gosta", whatever the diacritics', async () => {
    const { status, body } = await api.get('/api/search?q=gosta');
    expect(status).toBe(200);
    const result = S.SearchResult.parse(body);
    expect(result.results[0]).toMatchObject({ id: 'person:gösta strand', type: 'person', name: 'Gösta Strand' });
  });

  it('filters by type', async () => {
    const result = S.SearchResult.parse((await api.get('/api/search?q=fritid&types=project')).body);
    expect(result.results.map((r) => r.id)).toEqual(['project:fritidsbanken']);
  });
});
