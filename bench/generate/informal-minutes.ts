// Minutes of a working group in the seeds' informal style: a title with the group and the
// date, a "Närvarande" list (with or without organisations), headed sections of running
// text that call people by their given name, and perhaps "Vid pennan" at the end.
import type { Prng } from './prng.ts';
import { DocBuilder } from './doc-builder.ts';
import { abbreviatedForm, fullName, genitive, givenForm, nicknameForm, type NameForm, organisationGenitive, type DayParts } from './name-forms.ts';
import type { Group, Person, World } from './population.ts';

export interface Meeting {
  readonly group: Group;
  readonly date: DayParts;
  readonly present: readonly number[];
  readonly absent: readonly number[];
}

interface Writer {
  readonly b: DocBuilder;
  readonly rng: Prng;
  readonly world: World;
  readonly meeting: Meeting;
}

const headerLabels = ['Närvarande', 'Närvarande:', 'Närvarande vid mötet:'];

/** How a list line names its person: mostly in full, sometimes by nickname or "Lars E". */
function listForm(w: Writer, p: Person): NameForm {
  const u = w.rng.next();
  if (p.nickname && u < 0.35) return nicknameForm(p);
  if (u > 0.95) return abbreviatedForm(p);
  return { surface: fullName(p), fullForm: fullName(p) };
}

function orgSurface(w: Writer, orgId: number): string {
  const o = w.world.organisations[orgId]!;
  // Abbreviations are what colleagues write in a hurry: "SOF", "AMF".
  return o.abbreviation && w.rng.chance(0.15) ? o.abbreviation : o.name;
}

/** Writes the list; returns who signs off with "Vid pennan" at the end, if anyone. */
function writeAttendance(w: Writer): number | null {
  const { b, rng, world, meeting } = w;
  const withOrg = rng.chance(0.7);
  const takerMark = !withOrg && rng.chance(0.5);
  const taker = rng.chance(0.6) ? rng.pick(meeting.present) : null;
  b.line(rng.pick(headerLabels)).line();
  for (const id of [...meeting.present, ...meeting.absent]) {
    const p = world.persons[id]!;
    const present = meeting.present.includes(id);
    const form = listForm(w, p);
    b.person(p, form.surface, form.fullForm);
    const org = world.organisations[p.orgId]!;
    if (withOrg) {
      // "Gösta Strand arbetsmarknadsförvaltningen": lines without the comma occur too.
      b.put(org.kind === 'administration' && rng.chance(0.1) ? ' ' : ', ').org(org, orgSurface(w, p.orgId));
      if (present) b.member(id, org.name);
      else b.member(id, org.name, true);
    }
    if (!present) b.put(' (ej närvarande)');
    if (takerMark && id === taker) b.put(' (antecknar)');
    b.line();
    b.attend(id, withOrg ? org.name : null, present);
  }
  b.line();
  if (taker !== null) b.minuteTaker = taker;
  return taker !== null && !takerMark ? taker : null;
}

/**
 * A present person as running text names them: the given name when no one else present has
 * it (a minute taker writes "Anna B" or the full name when two Annas are in the room).
 * With `genitive`, the genitive when the name takes one; returns whether it did.
 */
function mention(w: Writer, id: number, opts: { genitive?: boolean } = {}): boolean {
  const { b, rng, world, meeting } = w;
  const p = world.persons[id]!;
  const clash = meeting.present.some((o) => o !== id && world.persons[o]!.given === p.given);
  const form: NameForm = !clash && rng.chance(0.6) ? givenForm(p, rng.chance(0.5)) : p.nickname && rng.chance(0.3) ? nicknameForm(p) : { surface: fullName(p), fullForm: fullName(p) };
  const gen = opts.genitive ? genitive(form.surface) : null;
  b.person(p, gen ?? form.surface, form.fullForm);
  return gen !== null;
}

/** Someone from outside the group, named in full with the organisation they come from. */
function outsider(w: Writer): void {
  const { b, rng, world, meeting } = w;
  const town = world.towns[meeting.group.townId]!;
  const orgIds = [...town.associationOrgs, town.regionOrg, ...town.administrations.map((a) => a.orgId), ...world.stateOrgs];
  const id = world.staff(town.id, rng.pick(orgIds), 0.3);
  const p = world.persons[id]!;
  const org = world.organisations[p.orgId]!;
  b.person(p, fullName(p), fullName(p));
  if (rng.chance(0.5)) b.put(' från ').org(org);
  else b.put(' (').org(org).put(')');
  b.member(id, org.name);
}

const pickPresent = (w: Writer): number => w.rng.pick(w.meeting.present);

function project(w: Writer): string | null {
  return w.meeting.group.projects.length ? w.rng.pick(w.meeting.group.projects) : null;
}

// Each sentence names what it names through the builder, so the gold follows the text.
const sentences: readonly ((w: Writer) => void)[] = [
  (w) => {
    const proj = project(w);
    mention(w, pickPresent(w));
    if (proj) w.b.put(' informerar om läget i projektet ').entity('project', proj).put('.');
    else w.b.put(' informerar om läget i arbetet.');
  },
  (w) => {
    const [a, c] = [pickPresent(w), pickPresent(w)];
    mention(w, a);
    if (c !== a) w.b.put(' och '), mention(w, c);
    w.b.put(' tar fram ett förslag till nästa möte.');
  },
  (w) => {
    w.b.put('Vi bjuder in '), outsider(w), w.b.put(' till nästa möte.');
  },
  (w) => {
    const town = w.world.towns[w.meeting.group.townId]!;
    w.b.put(mention(w, pickPresent(w), { genitive: true }) ? ' förslag är att vi träffas' : ' föreslår att vi träffas');
    w.b.put(' hos föreningen ').org(w.world.organisations[w.rng.pick(town.associationOrgs)]!).put(' nästa gång.');
  },
  (w) => {
    const town = w.world.towns[w.meeting.group.townId]!;
    const admin = w.world.organisations[w.rng.pick(town.administrations).orgId]!;
    w.b.put('Representanter för ').org(admin, organisationGenitive(admin.name)!).put(' enheter deltar i arbetet.');
  },
  (w) => {
    const town = w.world.towns[w.meeting.group.townId]!;
    mention(w, pickPresent(w));
    w.b.put(' berättar att ').org(w.world.organisations[town.regionOrg]!).put(' vill delta i samverkan.');
  },
  (w) => {
    const proj = project(w);
    w.b.put('Beslut: ');
    mention(w, pickPresent(w));
    if (proj) w.b.put(' samordnar arbetet med ').entity('project', proj).put(' under våren.');
    else w.b.put(' samordnar arbetet under våren.');
  },
  (w) => {
    w.b.put('Vi diskuterar hur fler kan engageras. ');
    mention(w, pickPresent(w));
    w.b.put(' tycker att vi behöver nå ut bredare.');
  },
  (w) => {
    const town = w.world.towns[w.meeting.group.townId]!;
    w.b.org(w.world.organisations[w.rng.pick(w.world.stateOrgs)]!).put(' och ').org(w.world.organisations[town.municipalityOrg]!).put(' har fått i uppdrag att samverka kring frågan.');
  },
  (w) => {
    w.b.put('Det finns ett önskemål om att ');
    outsider(w);
    w.b.put(' ska ingå i gruppen.');
  },
];

export function writeInformalMinutes(world: World, meeting: Meeting, rng: Prng): DocBuilder {
  const b = new DocBuilder();
  const w: Writer = { b, rng, world, meeting };
  b.group = meeting.group.name;
  b.date = meeting.date.iso;
  const { day, month, year } = meeting.date;
  b.line().line().entity('group', meeting.group.name).line(` ${day} ${month} ${year}`).line();
  const signOff = writeAttendance(w);
  const sections = rng.between(2, 4);
  for (let s = 0; s < sections; s++) {
    const proj = project(w);
    if (proj && rng.chance(0.5)) b.entity('project', proj).line().line();
    else b.maybe('project', rng.pick(world.headings)).line().line();
    // A paragraph does not say the same kind of thing twice.
    const used = new Set<number>();
    const n = rng.between(2, 4);
    for (let k = 0; k < n; k++) {
      let t = rng.int(sentences.length);
      while (used.has(t)) t = (t + 1) % sentences.length;
      used.add(t);
      sentences[t]!(w);
      // Most of a paragraph is discussion that names no one.
      for (let f = rng.int(3); f > 0; f--) b.put(` ${rng.pick(world.filler)}`);
      b.put(k === n - 1 ? '\n\n' : ' ');
    }
  }
  if (signOff !== null) {
    const p = world.persons[signOff]!;
    b.line('Vid pennan').line().person(p, fullName(p), fullName(p)).line();
  }
  return b;
}
