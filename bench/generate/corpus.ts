// The synthetic corpus, one document at a time: which group meets, when, who comes, and the
// minutes written in the group's style (a board's formal protocol, a working group's informal
// minutes), each with its gold annotation and the true identity behind every person mention.
import type { PersonMention } from './doc-builder.ts';
import { goldDocument, type GoldDocumentJson } from './gold.ts';
import { writeInformalMinutes } from './informal-minutes.ts';
import { dayParts } from './name-forms.ts';
import { Prng, Zipf } from './prng.ts';
import { World, type Group } from './population.ts';
import { writeProtocol } from './protocol-minutes.ts';

export interface CorpusOptions {
  readonly docs: number;
  readonly seed: number;
}

export interface GeneratedDocument {
  readonly index: number;
  readonly fileName: string;
  readonly text: string;
  readonly gold: GoldDocumentJson;
  /** Every person mention the text holds, with the person it really is. */
  readonly mentions: readonly PersonMention[];
  readonly style: 'informal' | 'protocol';
  /** Persons present at the meeting. */
  readonly present: readonly number[];
}

/** Core members come to most meetings, the tail now and then. */
const attendanceByRank = [0.95, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35, 0.3];

export function documentFileName(index: number, docs: number): string {
  return `${String(index).padStart(Math.max(6, String(docs - 1).length), '0')}.txt`;
}

function present(rng: Prng, members: readonly number[]): number[] {
  const chosen = members.filter((_, rank) => rng.chance(attendanceByRank[Math.min(rank, attendanceByRank.length - 1)]!));
  // A meeting with fewer than three is not held: the first members make up the number.
  for (const m of members) if (chosen.length < 3 && !chosen.includes(m)) chosen.push(m);
  return chosen;
}

/** Moves the group's calendar on by two to seven weeks, to a Monday–Thursday. */
function advance(group: Group, rng: Prng): number {
  const day = group.nextDay;
  let next = day + 14 + rng.int(35);
  while (![1, 2, 3, 4].includes(new Date(next * 86_400_000).getUTCDay())) next += 1;
  group.nextDay = next;
  group.meetings += 1;
  return day;
}

function meetWorkingGroup(world: World, group: Group, rng: Prng) {
  const here = present(rng, group.members);
  const away = rng.chance(0.25) ? group.members.slice(0, 5).filter((m) => !here.includes(m)) : [];
  // Guests: someone from one of the member organisations, often for this one meeting only.
  const guests = Array.from({ length: rng.int(3) }, () => world.staff(group.townId, rng.pick(group.orgIds), 0.3)).filter((g) => !here.includes(g) && !away.includes(g));
  return { present: [...here, ...new Set(guests)], absent: away };
}

function meetBoard(group: Group, rng: Prng) {
  const here = present(rng, group.members);
  const absent = group.members.filter((m) => !here.includes(m));
  // Substitutes (ersättare) serve for absent members, at most as many as are away.
  const substitutes = group.substitutes.slice(0, Math.min(absent.length, rng.between(0, group.substitutes.length)));
  // The chair opens the list: the first member present.
  return { present: here, absent, substitutes };
}

export interface Corpus {
  /** The invented population; it grows (guests, outsiders) as documents are generated. */
  readonly world: World;
  /** The documents as a lazy sequence: memory stays flat however many are written. Call once. */
  documents(): Generator<GeneratedDocument, void>;
}

export function createCorpus(options: CorpusOptions): Corpus {
  const root = new Prng(options.seed);
  const world = new World(options.docs, root.fork(1));
  const rng = root.fork(2);
  return { world, documents: () => generateDocuments(world, rng, options.docs) };
}

function* generateDocuments(world: World, rng: Prng, docs: number): Generator<GeneratedDocument, void> {
  // Groups meet with a skew too: some weekly for years, others a handful of times.
  const order = world.groups.map((g) => g.id);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const which = new Zipf(order.length, 0.6);
  for (let index = 0; index < docs; index++) {
    const group = world.groups[order[which.draw(rng)]!]!;
    const date = dayParts(advance(group, rng));
    const fileName = documentFileName(index, docs);
    const docRng = rng.fork(index);
    const built =
      group.kind === 'board'
        ? writeProtocol(world, { group, date, ...meetBoard(group, docRng), firstItem: 1 + (group.meetings - 1) * 4 }, docRng)
        : writeInformalMinutes(world, { group, date, ...meetWorkingGroup(world, group, docRng) }, docRng);
    const present = built.attendees.filter((a) => a.present).map((a) => a.personId);
    yield { index, fileName, text: built.text, gold: goldDocument(built, world, fileName), mentions: built.mentions, style: group.kind === 'board' ? 'protocol' : 'informal', present };
  }
}
