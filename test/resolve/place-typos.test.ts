// A town's genitive one letter off a known place is a typo ("Karlsrad universitet").
import { describe, expect, it } from 'vitest';
import { correctTownGenitive, oneEditApart } from '../../ingest/resolve/place-typos.ts';

describe('oneEditApart', () => {
  it('is true for one substitution, insertion or deletion, false otherwise', () => {
    expect([oneEditApart('Karlstad', 'Karlsrad'), oneEditApart('Lund', 'Lunde'), oneEditApart('Malmö', 'Malö')]).toEqual([true, true, true]);
    expect([oneEditApart('Lund', 'Lund'), oneEditApart('Karlstad', 'Karlsrud'), oneEditApart('Lund', 'Lundby')]).toEqual([false, false, false]);
  });
});

describe('correctTownGenitive', () => {
  it('corrects a university, university college or municipality named after a misspelt known town', () => {
    expect(correctTownGenitive('Karlsrad universitet')).toBe('Karlstads universitet');
    expect(correctTownGenitive('Karlstadds kommun')).toBe('Karlstads kommun');
    // The genitive s missing as well: still the town's university.
    expect(correctTownGenitive('Karlstadd kommun')).toBe('Karlstads kommun');
    expect(correctTownGenitive('Karlstad universitet')).toBe('Karlstads universitet');
  });

  it('leaves known towns, unknown towns far from any known one, and other shapes alone', () => {
    expect(correctTownGenitive('Karlstads universitet')).toBeNull();
    expect(correctTownGenitive('Xyzabcs kommun')).toBeNull();
    expect(correctTownGenitive('Karlsrad förening')).toBeNull();
  });
});

describe('towns without a genitive s', () => {
  it('leaves a town ending in a vowel, s or x as it is ("Vellinge kommun")', () => {
    expect(correctTownGenitive('Vellinge kommun')).toBeNull();
    expect(correctTownGenitive('Vellinges kommun')).toBeNull();
  });
});
