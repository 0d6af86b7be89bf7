// What a reader of each protocol knows, written by hand (not read back from the goldens):
// the meeting, who attended in which role for which party, who was absent, who kept the
// minutes, the numbered items, and that page furniture never becomes a name.
import { describe, expect, it } from 'vitest';
import { runLayout } from './run-layout.ts';

interface Expected {
  readonly date: string;
  readonly group: string;
  readonly minuteTaker: string;
  /** Present: name, organisation (the party for a councillor), role. */
  readonly present: ReadonlyArray<readonly [string, string | null, string | null]>;
  readonly absent: ReadonlyArray<readonly [string, string | null]>;
  readonly items: readonly string[];
  /** Persons beyond the attendees, named in the items' text. */
  readonly alsoPersons: readonly string[];
  readonly organisations: readonly string[];
  readonly memberships: ReadonlyArray<readonly [string, string]>;
}

const expected: Record<string, Expected> = {
  'ks-one-per-line.txt': {
    date: '2020-08-18', group: 'Kommunstyrelsen', minuteTaker: 'Agneta Wikander',
    present: [
      ['Vera Lindqvist', 'Moderaterna', 'ordförande'], ['Tomas Ekberg', 'Socialdemokraterna', '1:e vice ordförande'],
      ['Sigrid Åkesson', 'Kristdemokraterna', '2:e vice ordförande'], ['Karim Haddad', 'Sverigedemokraterna', null],
      ['Britt-Marie Sundin', 'Centerpartiet', null], ['Jonas Friberg', 'Liberalerna', null], ['Elsa Nordqvist', 'Vänsterpartiet', null],
      ['Mats Olander', 'Miljöpartiet', null], ['Lovisa Granath', 'Socialdemokraterna', 'ersättare'], ['Rasmus Hedlund', 'Moderaterna', 'ersättare'],
      ['Camilla Bergfors', null, 'kommundirektör'], ['Henrik Stålberg', null, 'ekonomichef'], ['Agneta Wikander', null, 'kommunsekreterare'],
    ],
    absent: [['Yvonne Kvarnström', 'Socialdemokraterna']],
    items: ['Val av justerare', 'Ekonomisk uppföljning juli 2020', 'Samverkansavtal med Region Västerbotten', 'Anmälan av delegationsbeslut'],
    alsoPersons: [],
    organisations: ['Region Västerbotten', 'Socialnämnden', 'barn- och utbildningsnämnden', 'Moderaterna'],
    memberships: [['Vera Lindqvist', 'Moderaterna'], ['Yvonne Kvarnström', 'Socialdemokraterna']],
  },
  'bun-two-columns.txt': {
    date: '2021-03-09', group: 'Barn- och utbildningsnämnden', minuteTaker: 'Leila Karimi',
    present: [
      ['Petra Hallberg', 'Socialdemokraterna', 'ordförande'], ['Lennart Borg', 'Moderaterna', 'vice ordförande'],
      ['Amir Sadeghi', 'Socialdemokraterna', 'justerare'], ['Ulrika Fält', 'Centerpartiet', null],
      ['Ingrid Persson Wahlgren', 'Socialdemokraterna', null], ['Oskar Brandt', 'Sverigedemokraterna', null],
      ['Ebba Sjöholm', 'Liberalerna', null], ['Axel Rydén', 'Kristdemokraterna', null],
      ['Malin Grönvall', 'Vänsterpartiet', 'ersättare'], ['Roger Engdahl', 'Moderaterna', 'ersättare'],
      ['Therese Lundmark', null, 'förvaltningschef'], ['Leila Karimi', null, 'nämndsekreterare'],
    ],
    absent: [['Gunnel Ahlström', 'Socialdemokraterna'], ['Sven Ivarsson', 'Moderaterna']],
    items: ['Skolskjuts i glesbygd', 'Information om föreningen Läslust'],
    alsoPersons: ['Bent K. Mårtensson', 'Hanna Öberg-Lind'],
    organisations: ['Umeå universitet', 'Läslust', 'barn- och utbildningsförvaltningen'],
    memberships: [['Bent K. Mårtensson', 'Umeå universitet'], ['Malin Grönvall', 'Vänsterpartiet']],
  },
  'pdf-run-together.txt': {
    date: '2019-11-20', group: 'Socialnämnden', minuteTaker: 'Sara Ljungberg',
    present: [
      ['Fredrik Almgren', 'Socialdemokraterna', 'ordförande'], ['Pia Törnqvist', 'Moderaterna', 'vice ordförande'],
      ['Linnea Backman', 'Centerpartiet', null], ['Torbjörn Ekström', 'Sverigedemokraterna', null],
      ['Nils Gyllensvärd', 'Liberalerna', null], ['Jens Malmqvist', null, 'socialdirektör'], ['Sara Ljungberg', null, 'nämndsekreterare'],
    ],
    absent: [],
    items: ['Budget 2020 för socialnämnden', 'Rapport om hemlöshet', 'Anmälningsärenden'],
    alsoPersons: ['Bent S. Nilsén'],
    organisations: ['socialförvaltningen', 'Vårdförbundet Kusten', 'Kustbo Omsorg AB', 'Mälardalens universitet'],
    memberships: [['Jens Malmqvist', 'socialförvaltningen'], ['Bent S. Nilsén', 'Mälardalens universitet']],
  },
  'kfn-substitutes.txt': {
    date: '2022-05-03', group: 'Kultur- och fritidsnämnden', minuteTaker: 'Johan Ekvall',
    present: [
      ['Hanna Wester', 'Socialdemokraterna', 'ordförande'], ['Kristoffer Dahlgren', 'Moderaterna', 'justerare'],
      ['Elin Forsmark', 'Centerpartiet', null], ['Roger Lindblom', 'Socialdemokraterna', 'ersättare'],
      ['Tove Strömberg', null, 'kultur- och fritidschef'], ['Johan Ekvall', null, 'nämndsekreterare'],
    ],
    absent: [['Annika Holmgren', 'Socialdemokraterna']],
    items: ['Föreningsbidrag 2022', 'Sommarlovsaktiviteter'],
    alsoPersons: [],
    organisations: ['Kultur- och fritidsförvaltningen', 'Storviks Konstgille', 'Storviks IF'],
    memberships: [['Tove Strömberg', 'Kultur- och fritidsförvaltningen'], ['Annika Holmgren', 'Socialdemokraterna']],
  },
};

// Protocol furniture and labels that must never be read as a name of anyone or anything.
const furniture = /^(?:Sida|Justerandes|Utdragsbestyrkande|Signatur|Underskrifter|Sammanträdes|Sekreterare|Ordförande|Justerare|Justerande|Beslutande|Ledamöter|Ersättare|Tjänstgörande|Övriga|Frånvarande|Förhinder|Plats|Dnr|Protokoll|SAMMANTRÄDES|BUN|KS|S|M|C|L|V|MP|KD|SD)(?!\p{L})|…|§/u;

describe('formal protocols, by hand', () => {
  for (const [file, want] of Object.entries(expected)) {
    describe(file, () => {
      const { resolved, extraction } = runLayout(file);
      it('dates the meeting and names its body and minute taker', () => {
        expect(resolved.meeting).toMatchObject({ date: want.date, dateCertainty: 'stated', group: want.group });
        expect(resolved.minuteTaker).toBe(want.minuteTaker);
      });
      it('reads every present attendee with party and role', () => {
        const present = resolved.attendees.filter((a) => a.present).map((a) => [a.name, a.organisation, a.role]);
        expect(present).toEqual(want.present);
      });
      it('reads the absent members', () => {
        expect(resolved.attendees.filter((a) => !a.present).map((a) => [a.name, a.organisation])).toEqual(want.absent);
      });
      it('keeps the numbered items as sections', () => {
        expect(extraction.sections.map((s) => s.heading)).toEqual(want.items);
      });
      it('finds the persons, and no page furniture, as persons', () => {
        const persons = resolved.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
        const all = [...want.present.map((p) => p[0]), ...want.absent.map((p) => p[0]), ...want.alsoPersons].sort();
        expect(persons).toEqual(all);
      });
      it('finds the organisations and never furniture as a name', () => {
        const names = resolved.entities.map((e) => e.name);
        expect(names).toEqual(expect.arrayContaining([...want.organisations]));
        expect(names.filter((n) => furniture.test(n))).toEqual([]);
      });
      it('records memberships, parties as political bodies', () => {
        const links = resolved.memberships.map((m) => [m.person, m.organisation]);
        expect(links).toEqual(expect.arrayContaining(want.memberships.map((m) => [...m])));
        for (const party of resolved.entities.filter((e) => /^(?:Socialdemokraterna|Moderaterna)$/.test(e.name))) expect(party.category).toBe('political-body');
      });
    });
  }
});
