import { describe, expect, it } from 'vitest';
import { allMatches, isSpaceCode, splitCount } from '../../ingest/parse/text-scan.ts';

describe('text-scan', () => {
  it('isSpaceCode is \\s', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
  it('splitCount counts what split(/\\s+/) gives', () => {
    for (const text of ['', ' ', 'a', ' a ', 'a  b\tc\u00a0d', '\u3000x\u2028', 'Eva Ek (S), ordförande']) expect(splitCount(text)).toBe(text.split(/\s+/).length);
  });
  it('allMatches gives what matchAll gives, empty matches too', () => {
    for (const [text, pattern] of [['a (b) c (d)', /\(([^)]*)\)/g], ['Kompassen/K2, SOF', /[^/,]+/g], ['a😀b', /(?:)/gu], ['a😀b', /(?:)/g], ['x y', /\S*/g]] as const) {
      expect(allMatches(text, pattern).map((m) => [m.index, ...m])).toEqual([...text.matchAll(pattern)].map((m) => [m.index, ...m]));
      expect(pattern.lastIndex).toBe(0);
    }
  });
});
