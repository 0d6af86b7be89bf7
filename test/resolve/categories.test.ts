// Organisation categories from the shapes of Swedish names (invented names, real shapes).
import { describe, expect, it } from 'vitest';
import { inferCategory } from '../../ingest/resolve/categories.ts';

const cases: [string, string | null][] = [
  ['fritidsförvaltningen', 'municipal-administration'],
  ['Stadsbyggnadsförvaltningen', 'municipal-administration'],
  ['Åsby kommun', 'municipal-administration'],
  ['Norrviks stad', 'municipal-administration'],
  ['Kommunledningskontoret', 'municipal-administration'],
  ['Socialnämnden', 'political-body'],
  ['Kommunstyrelsen', 'political-body'],
  ['Kommunfullmäktige', 'political-body'],
  ['Region Norrland', 'region'],
  ['Mellersta landstinget', 'region'],
  ['Åsby universitet', 'academia'],
  ['Norrviks högskola', 'academia'],
  ['Centrum för välfärdsforskning', 'academia'],
  ['Försäkringskassan', 'state'],
  ['Trafikverket', 'state'],
  ['Arbetsförmedlingen', 'state'],
  ['Länsstyrelsen', 'state'],
  ['föreningen Gemenskap', 'association'],
  ['Hyresgästföreningen', 'association'],
  ['Pensionärsförbundet', 'association'],
  ['Stiftelsen Vägen ut', 'association'],
  ['Bygg och Montage AB', 'company'],
  ['Norrbuss AB (publ)', 'company'],
  // No shape, no guess: a person decides in the registry.
  ['Fontänhuset', null],
  ['Socialdemokraterna', null],
  ['Vägen', null],
];

describe('inferCategory', () => {
  it.each(cases)('%s → %s', (name, category) => {
    expect(inferCategory(name)).toBe(category);
  });
});
