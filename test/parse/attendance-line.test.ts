import { describe, expect, it } from 'vitest';
import { parseAttendeeLine } from '../../ingest/parse/attendance-line.ts';

const parse = (line: string) => {
  const r = parseAttendeeLine(line, 0);
  return r && { name: r.name.text, organisations: r.organisations.map((o) => o.text), role: r.role?.text ?? null, party: r.party?.text ?? null, present: r.present, minuteTaker: r.minuteTaker };
};

describe('attendance lines', () => {
  it('reads "Efternamn, Förnamn" surname first, double surnames and hyphenated given names too', () => {
    expect(parse('Holm, Maria')).toMatchObject({ name: 'Maria Holm', organisations: [] });
    expect(parse('Nilsson Nachtweij, Ann-Christine, socialförvaltningen')).toMatchObject({ name: 'Ann-Christine Nilsson Nachtweij', organisations: ['socialförvaltningen'] });
    // Two words that are not a surname pair stay a name and an organisation.
    expect(parse('Region Halland, Maria')).not.toMatchObject({ name: 'Maria Region Halland' });
  });
  it('reads "Name, Organisation"', () => {
    expect(parse('Bo Svensson, Hyresgästföreningen')).toMatchObject({ name: 'Bo Svensson', organisations: ['Hyresgästföreningen'], role: null });
  });
  it('reads an organisation written without a comma', () => {
    expect(parse('Karin Ek kulturförvaltningen')).toMatchObject({ name: 'Karin Ek', organisations: ['kulturförvaltningen'] });
  });
  it('takes a role after the comma for a role, not an organisation', () => {
    expect(parse('Sven Holm, mentor')).toMatchObject({ name: 'Sven Holm', organisations: [], role: 'mentor' });
  });
  it('splits "Org/Org" into two organisations', () => {
    expect(parse('Eva Lind, Stadsmissionen/Hela människan')).toMatchObject({ organisations: ['Stadsmissionen', 'Hela människan'] });
  });
  it('marks "(ej närvarande)" as absent and keeps the organisation', () => {
    expect(parse('Per Dahl, Fontänhuset (ej närvarande)')).toMatchObject({ name: 'Per Dahl', organisations: ['Fontänhuset'], present: false });
  });
  it('marks "(antecknar)" as the minute taker', () => {
    expect(parse('Lisa Berg (antecknar)')).toMatchObject({ name: 'Lisa Berg', minuteTaker: true, present: true });
  });
  it('reads a party label as a party, not part of the name', () => {
    expect(parse('Anna Nordin (S)')).toMatchObject({ name: 'Anna Nordin', party: 'S', organisations: [] });
  });
  it('keeps initials in a name', () => {
    expect(parse('Bent S. Holm, IFS')).toMatchObject({ name: 'Bent S. Holm', organisations: ['IFS'] });
    expect(parse('Anders S')).toMatchObject({ name: 'Anders S', organisations: [] });
  });
  it('does not read a sentence or a heading as an attendee', () => {
    expect(parse('Vi kommer framöver att träffas varannan måndag eftermiddag.')).toBeNull();
    expect(parse('Utvecklingsdag den 16 maj')).toBeNull();
  });
});
