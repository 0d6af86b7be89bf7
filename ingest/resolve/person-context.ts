// Short forms of a name settled by context: a lone given name ("Kerstin") or a given name and
// an initial ("Kerstin A") is the one person it fits among those around the meeting — its
// attendees, the persons its text names in full, then the regulars of the group that met.
// Two who fit anywhere on that path: it stays unresolved rather than guessed.
import type { DocumentExtraction, NameRef } from '../extract/context.ts';
import type { Registry } from '../registry.ts';
import { keyOf } from './key-cache.ts';
import { isInitial, type PersonCluster, type PersonIndex } from './persons.ts';

/** The persons around one meeting, each once, in the order the document gives them. */
export interface DocumentPersons {
  /** The person each attendance record names (`persons.lookup`), in the order of `doc.attendees`. */
  readonly attendeeOf: readonly (PersonCluster | undefined)[];
  /** The person each full-name person candidate names, in the order of `doc.candidates` (undefined for the others). */
  readonly candidateOf: readonly (PersonCluster | undefined)[];
  readonly attendees: readonly PersonCluster[];
  readonly namedInFull: readonly PersonCluster[];
  /** Everyone who attended any meeting of the meeting's group, in the whole corpus, by given name. */
  readonly regulars: Regulars;
}

/** A group's attendees by the key of their given name (a big board's list grows over the years). */
export type Regulars = ReadonlyMap<string, readonly PersonCluster[]>;

const unique = (persons: readonly (PersonCluster | undefined)[]) => [...new Set(persons.filter((p): p is PersonCluster => !!p))];

/** The attendees of each group's meetings across the corpus, by the group's key. */
export function groupRegulars(persons: PersonIndex, docs: Iterable<DocumentExtraction>, groupOf: (doc: DocumentExtraction) => string | null): Map<string, Regulars> {
  const byGroup = new Map<string, Set<PersonCluster>>();
  for (const doc of docs) {
    const group = groupOf(doc);
    if (group === null) continue;
    const members = byGroup.get(group) ?? byGroup.set(group, new Set()).get(group)!;
    for (const a of doc.attendees) {
      const p = persons.lookup(a.name);
      if (p) members.add(p);
    }
  }
  const byFirst = (members: Set<PersonCluster>) => {
    const map = new Map<string, PersonCluster[]>();
    for (const p of members) (map.get(p.firstKey) ?? map.set(p.firstKey, []).get(p.firstKey)!).push(p);
    return map;
  };
  return new Map([...byGroup].map(([g, members]) => [g, byFirst(members)]));
}

/**
 * Each name is looked up once here and the answers kept for the rest of the document's
 * resolution: at 100k documents the corpus's map of names is far bigger than the processor's
 * cache, and every look-up in it costs a trip to memory.
 */
export function documentPersons(persons: PersonIndex, doc: DocumentExtraction, regulars: Regulars): DocumentPersons {
  const attendeeOf = doc.attendees.map((a) => persons.lookup(a.name));
  const candidateOf = doc.candidates.map((c) => (c.type === 'person' && c.name.includes(' ') ? persons.lookup(c.name) : undefined));
  return { attendeeOf, candidateOf, attendees: unique(attendeeOf), namedInFull: unique(candidateOf), regulars };
}

export type FirstNameResolution = { person: PersonCluster } | { ambiguous: readonly PersonCluster[] } | null;

/** The one person in the first pool where any fits; several there: ambiguous. */
function firstFit(pools: readonly (readonly PersonCluster[])[], fits: (p: PersonCluster) => boolean): FirstNameResolution {
  for (const pool of pools) {
    const found = pool.filter(fits);
    if (found.length === 1) return { person: found[0]! };
    if (found.length > 1) return { ambiguous: found };
  }
  return null;
}

/**
 * A lone given name: among the meeting's attendees, else those named in full in the document,
 * else the group's regulars (minutes of a standing group call its members by their given
 * names), else — for a signature or a full-name cue — everyone in the corpus.
 */
export function resolveFirstName(persons: PersonIndex, inDoc: DocumentPersons, ref: NameRef, corpusWide: boolean): FirstNameResolution {
  if (!persons.byFirstName(ref.name).length) return null;
  const first = persons.firstNameKey(ref.name);
  const found = firstFit([inDoc.attendees, inDoc.namedInFull, inDoc.regulars.get(first) ?? []], (p) => p.firstKey === first);
  if (found || !corpusWide) return found;
  const full = persons.namedInFull(ref.name);
  if (full.length === 1) return { person: full[0]! };
  return full.length > 1 ? { ambiguous: full } : null;
}

/**
 * "Kerstin A" where the corpus knows several Kerstin A…: the one among the persons around the
 * meeting whose given name is Kerstin and whose surname starts with A.
 */
export function resolveAbbreviation(persons: PersonIndex, inDoc: DocumentPersons, name: string, registry: Registry): PersonCluster | null {
  const words = name.split(/\s+/);
  if (words.length !== 2 || !isInitial(words[1]!)) return null;
  const first = persons.firstNameKey(words[0]!);
  const initial = words[1]![0]!.toLocaleLowerCase('sv');
  const apart = registry.apartFrom(name);
  const found = firstFit([inDoc.attendees, inDoc.namedInFull, inDoc.regulars.get(first) ?? []], (p) =>
    p.firstKey === first && p.initial === initial && (!apart.length || ![...p.surfaces.keys()].some((s) => apart.includes(keyOf(s)))));
  return found && 'person' in found ? found.person : null;
}
