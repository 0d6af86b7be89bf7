// Blocking keys: resolution looks names up by keys, it does not compare every pair of names.
import { describe, expect, it } from 'vitest';
import { wordPrefixes } from '../../ingest/resolve/keys.ts';

describe('wordPrefixes', () => {
  it('cuts a key at each word boundary, longest first, down to two words', () => {
    expect(wordPrefixes('trygg skolväg för alla barn')).toEqual(['trygg skolväg för alla', 'trygg skolväg för', 'trygg skolväg']);
  });

  it('gives nothing for names of one or two words (a one-word prefix says too little)', () => {
    expect(wordPrefixes('stadsmissionen')).toEqual([]);
    expect(wordPrefixes('trygg skolväg')).toEqual([]);
  });
});
