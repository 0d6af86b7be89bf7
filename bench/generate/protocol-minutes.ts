// A board's formal protocol (sammanträdesprotokoll) in one of the two layouts of
// test/fixtures/layouts: labelled blocks one name a line ("Beslutande", "Ersättare", "Övriga
// deltagare", "Frånvarande", "Utses att justera", "Sekreterare"), or labels with the names on
// the same line ("Ledamöter: A (S), ordförande; B (M)"). Politicians carry their party's
// abbreviation, officials their title; the business is in §-items.
import { DocBuilder } from './doc-builder.ts';
import { capitalise, fullName, surnameFirst, type DayParts } from './name-forms.ts';
import type { Group, Person, World } from './population.ts';
import type { Prng } from './prng.ts';

export interface BoardMeeting {
  readonly group: Group;
  readonly date: DayParts;
  readonly present: readonly number[];
  readonly absent: readonly number[];
  readonly substitutes: readonly number[];
  /** The first § number of this meeting: numbering runs on through the year's meetings. */
  readonly firstItem: number;
}

interface Writer {
  readonly b: DocBuilder;
  readonly rng: Prng;
  readonly world: World;
  readonly meeting: BoardMeeting;
}

function partyOf(w: Writer, p: Person) {
  return w.world.organisations[p.orgId]!;
}

/** "Anna Berg (S)": a politician and the party's abbreviation, the party being the organisation. */
function politician(w: Writer, id: number, present = true): void {
  const p = w.world.persons[id]!;
  const party = partyOf(w, p);
  w.b.person(p, fullName(p), fullName(p)).put(' (').org(party, party.abbreviation!).put(')');
  w.b.member(id, party.name, !present);
  w.b.attend(id, party.name, present);
}

function official(w: Writer, id: number, title: string, surnameFirstForm: boolean): void {
  const p = w.world.persons[id]!;
  w.b.person(p, surnameFirstForm ? surnameFirst(p) : fullName(p), surnameFirstForm ? null : fullName(p)).put(`, ${title}`);
  w.b.attend(id, null);
}

function secretary(w: Writer): number {
  const { officials } = w.meeting.group;
  return (officials.find((o) => o.title.endsWith('sekreterare')) ?? officials[0]!).personId;
}

/** "Rådhuset, sal 2": the building and the room, each of which may be read as a place. */
function place(w: Writer): DocBuilder {
  const [building, room] = w.rng.pick(w.world.places).split(', ');
  w.b.maybe('place', building!).put(', ');
  const named = /\p{Lu}\p{Ll}+$/u.exec(room!);
  return named ? w.b.put(room!.slice(0, named.index)).maybe('place', named[0]) : w.b.put(room!);
}

/** One-per-line blocks, as most municipal protocols print their first page. */
function blockHeader(w: Writer): void {
  const { b, rng, meeting } = w;
  const { day, month, year, weekday } = meeting.date;
  b.entity('group', meeting.group.name).line().line('SAMMANTRÄDESPROTOKOLL').line();
  b.line('Plats och tid');
  place(w).line(`, ${weekday} ${day} ${month} ${year} kl. 13.00–15.30`).line();
  b.line('Beslutande');
  meeting.present.forEach((id, i) => {
    politician(w, id);
    b.line(i === 0 ? ', ordförande' : '');
  });
  if (meeting.substitutes.length) {
    b.line().line('Ersättare');
    for (const id of meeting.substitutes) politician(w, id), b.line();
  }
  b.line().line('Övriga deltagare');
  for (const o of meeting.group.officials) official(w, o.personId, o.title, false), b.line();
  if (meeting.absent.length) {
    b.line().line('Frånvarande');
    for (const id of meeting.absent) politician(w, id, false), b.line();
  }
  const justerare = meeting.present[1 + rng.int(meeting.present.length - 1)]!;
  b.line().line('Utses att justera');
  politician(w, justerare);
  b.line().line().line('Sekreterare');
  const sec = w.world.persons[secretary(w)]!;
  b.person(sec, fullName(sec), fullName(sec)).line().line();
  b.minuteTaker = sec.id;
}

/** Labels with names on the same line, semicolons between them. */
function inlineHeader(w: Writer): number {
  const { b, rng, meeting } = w;
  const { day, month, year } = meeting.date;
  b.put('Protokoll ').entity('group', meeting.group.name).line().line();
  b.put('Plats och tid: ');
  place(w).line(`, den ${day} ${month} ${year}, kl. 9.00`).line();
  b.line('Närvarande:').put('Ledamöter: ');
  const [chair, second, ...rest] = meeting.present;
  politician(w, chair!);
  b.put(', ordförande; ');
  politician(w, second!);
  b.line();
  for (const id of rest) politician(w, id), b.line();
  if (meeting.substitutes.length) {
    b.put('Tjänstgörande ersättare: ');
    meeting.substitutes.forEach((id, i) => (i > 0 && b.put('; '), politician(w, id)));
    b.line();
  }
  b.line().line('Övriga närvarande:');
  for (const o of meeting.group.officials) official(w, o.personId, o.title, true), b.line();
  const justerare = w.world.persons[meeting.present[1 + rng.int(meeting.present.length - 1)]!]!;
  b.line().put('Justerare: ').person(justerare, fullName(justerare), fullName(justerare)).line().line();
  return secretary(w);
}

/** Swedish definite form of a title: "förvaltningschef" → "förvaltningschefen", "sekreterare" → "sekreteraren". */
function definite(title: string): string {
  return /(?:e|er)$/.test(title) ? `${title}n` : `${title}en`;
}

const itemTexts: readonly ((w: Writer) => void)[] = [
  (w) => {
    const o = w.rng.pick(w.meeting.group.officials);
    const p = w.world.persons[o.personId]!;
    w.b.put(`${capitalise(definite(o.title))} `).person(p, fullName(p), fullName(p)).put(' föredrar ärendet.');
  },
  (w) => {
    const town = w.world.towns[w.meeting.group.townId]!;
    const office = w.world.organisations[w.meeting.group.orgIds[0]!]!;
    w.b.org(office, capitalise(office.name)).put(' har tagit emot ansökningar från föreningen ').org(w.world.organisations[w.rng.pick(town.associationOrgs)]!).put('.');
  },
  (w) => {
    const town = w.world.towns[w.meeting.group.townId]!;
    w.b.put('Avtalet gäller samverkan mellan kommunen och ').org(w.world.organisations[town.regionOrg]!).put('.');
  },
  (w) => {
    const id = w.rng.pick(w.meeting.present);
    const p = w.world.persons[id]!;
    const party = partyOf(w, p);
    w.b.person(p, fullName(p), fullName(p)).put(' (').org(party, party.abbreviation!).put(') yrkar bifall till förvaltningens förslag.');
  },
];

const decisions = ['beslutar att godkänna förslaget.', 'beslutar att lägga informationen till handlingarna.', 'beslutar att återremittera ärendet.'];

function items(w: Writer): void {
  const { b, rng, meeting } = w;
  const n = rng.between(2, 4);
  for (let k = 0; k < n; k++) {
    b.line(`§ ${meeting.firstItem + k}`).maybe('project', rng.pick(w.world.headings)).line().line();
    const sentences = rng.between(1, 2);
    for (let s = 0; s < sentences; s++) rng.pick(itemTexts)(w), b.put(` ${rng.pick(w.world.filler)} `);
    b.line().line();
    b.entity('group', meeting.group.name).line(` ${rng.pick(decisions)}`).line();
  }
}

export function writeProtocol(world: World, meeting: BoardMeeting, rng: Prng): DocBuilder {
  const b = new DocBuilder();
  const w: Writer = { b, rng, world, meeting };
  b.group = meeting.group.name;
  b.date = meeting.date.iso;
  if (rng.chance(0.5)) {
    blockHeader(w);
    items(w);
  } else {
    const sec = inlineHeader(w);
    items(w);
    const p = world.persons[sec]!;
    b.line('Vid protokollet').person(p, fullName(p), fullName(p)).line();
    b.minuteTaker = sec;
  }
  return b;
}
