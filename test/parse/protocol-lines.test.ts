// The line-level rules for formal protocols, each on a small invented example.
import { describe, expect, it } from 'vitest';
import { splitItemLine } from '../../ingest/parse/agenda-items.ts';
import { parseAttendeeLine } from '../../ingest/parse/attendance-line.ts';
import { findBoilerplate } from '../../ingest/parse/boilerplate.ts';
import { findDates } from '../../ingest/parse/dates.ts';
import { laterLabels, matchLabel } from '../../ingest/parse/labels.ts';
import { splitLines } from '../../ingest/parse/lines.ts';
import { splitNameList } from '../../ingest/parse/name-list.ts';

describe('protocol labels', () => {
  it('reads a label alone, with a colon, or before its content', () => {
    expect(matchLabel('Beslutande')).toMatchObject({ kind: 'present', role: null });
    expect(matchLabel('Tjänstgörande ersättare:')).toMatchObject({ kind: 'present', role: 'ersättare' });
    expect(matchLabel('Utses att justera   Eva Ek (S)')).toMatchObject({ kind: 'role', role: 'justerare', contentAt: 20 });
    expect(matchLabel('Sekreterare ………………')).toMatchObject({ kind: 'minute-taker', contentAt: 18 });
    expect(matchLabel('Justeringens plats och tid Rådhuset')).toMatchObject({ kind: 'ignore' });
  });
  it('does not take prose for a label', () => {
    expect(matchLabel('Ordförande i föreningen är ny.')).toBeNull();
    expect(matchLabel('Justeringen sker på fredag')).toBeNull();
  });
  it('finds the labels a PDF ran together on one line', () => {
    const line = 'Plats och tid Rådhuset kl. 13.00 Beslutande Eva Ek (S), Per Al (M)';
    expect(laterLabels(line)).toEqual([line.indexOf('Beslutande')]);
  });
});

describe('name lists', () => {
  const texts = (t: string) => splitNameList(t, 0).map((e) => e.text);
  it('splits two columns, semicolons and comma-separated persons with parties', () => {
    expect(texts('Eva Ek (S), ordförande      Per Al (M)')).toEqual(['Eva Ek (S), ordförande', 'Per Al (M)']);
    expect(texts('Eva Ek (S)\tPer Al (M)')).toEqual(['Eva Ek (S)', 'Per Al (M)']);
    expect(texts('Eva Ek (S), ordförande, Per Al (M), vice ordförande')).toEqual(['Eva Ek (S), ordförande', 'Per Al (M), vice ordförande']);
    expect(texts('Eva Ek (S); Per Al (M)')).toEqual(['Eva Ek (S)', 'Per Al (M)']);
  });
  it('keeps a name and its organisation or surname-first name together', () => {
    expect(texts('Lars Ekdahl, KUF')).toEqual(['Lars Ekdahl, KUF']);
    expect(texts('Holm, Karin, nämndsekreterare, Ek, Eva')).toEqual(['Holm, Karin, nämndsekreterare', 'Ek, Eva']);
  });
});

describe('attendee lines of protocols', () => {
  it('reads a substitute and the member stood in for', () => {
    const a = parseAttendeeLine('Per Al (S) ersätter Eva Ek (S)', 0)!;
    expect(a.name.text).toBe('Per Al');
    expect(a.role?.text).toBe('ersättare');
    expect(a.replaces?.name.text).toBe('Eva Ek');
    expect(a.replaces?.party?.text).toBe('S');
  });
  it('reads a surname-first name, a party, a numbered role and an item range', () => {
    expect(parseAttendeeLine('Holm, Karin, kultur- och fritidschef', 0)).toMatchObject({ name: { text: 'Karin Holm', start: 0, end: 11 }, role: { text: 'kultur- och fritidschef' } });
    expect(parseAttendeeLine('Eva Ek (KD), 1:e vice ordförande', 0)).toMatchObject({ party: { text: 'KD' }, role: { text: '1:e vice ordförande' }, organisations: [] });
    expect(parseAttendeeLine('Eva Ek (MP), §§ 63–66', 0)).toMatchObject({ name: { text: 'Eva Ek' }, organisations: [], present: true });
  });
});

describe('page furniture and agenda items', () => {
  it('blanks page numbers, signature lines and headers repeated on every page, but for the first', () => {
    // "Ordförande ………" stays: it is a signature label, read for the name under it.
    const lines = splitLines('Socialnämnden\nSida 1 (2)\nText\nJusterandes sign\nSocialnämnden\nSida 2 (2)\nOrdförande ………\n……………\nDnr SN 2020/4');
    expect([...findBoilerplate(lines)].sort()).toEqual([1, 3, 4, 5, 7, 8]);
  });
  it('splits an item line into its number and title, and a run-together text after the title', () => {
    const [line] = splitLines('KS § 202\tDnr KS 2020/123');
    expect(splitItemLine(line!).map((l) => l.text)).toEqual(['KS § 202']);
    const [run] = splitLines('§ 102 Rapport om hemlöshet Forskaren Eva Ek presenterar en studie.');
    expect(splitItemLine(run!).map((l) => l.text)).toEqual(['§ 102', 'Rapport om hemlöshet', 'Forskaren Eva Ek presenterar en studie.']);
    const [titled] = splitLines('§63 Samverkan med Region Halland');
    expect(splitItemLine(titled!).map((l) => l.text)).toEqual(['§63', 'Samverkan med Region Halland']);
  });
});

describe('protocol dates', () => {
  it('reads a weekday date, an ISO date and the first day of a two-day meeting', () => {
    expect(findDates('Tisdag 20 augusti 2013 kl. 13.00')[0]).toMatchObject({ day: 20, month: 8, year: 2013, weekday: 2 });
    expect(findDates('Sammanträdesdatum 2020-08-18')[0]).toMatchObject({ day: 18, month: 8, year: 2020 });
    expect(findDates('den 3 och 4 maj 2022')[0]).toMatchObject({ day: 3, month: 5, year: 2022 });
  });
});
