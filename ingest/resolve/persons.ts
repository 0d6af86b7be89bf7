// Persons across the corpus: one cluster per person, whatever form of the name was used.
// Nicknames (Lasse = Lars) come from the registry; "Lars E" is Lars Ekdahl when only one
// Lars E… is known; "Ulf Holm" is "Ulf T. Holm"; similar names stay apart.
import { normaliseKey } from '../../cypher/model.ts';
import type { DocumentExtraction, NameRef } from '../extract/context.ts';
import type { Registry } from '../registry.ts';

export interface PersonCluster {
  readonly key: string;
  name: string;
  readonly first: string;
  readonly surfaces: Map<string, number>;
  strength: number;
}

export interface PersonIndex {
  readonly persons: readonly PersonCluster[];
  /** The person a full name, a nickname form or an abbreviation ("Lars E") stands for. */
  lookup(name: string): PersonCluster | undefined;
  /** Everyone known in the corpus by this given name. */
  byFirstName(first: string): readonly PersonCluster[];
}

const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);

function formalFirst(registry: Registry, first: string): string {
  return registry.nicknames.get(normaliseKey(first)) ?? first;
}

/** First name (formal) + surname, middle initials left out: "Ulf T. Holm" → "ulf holm". */
function matchKey(registry: Registry, name: string): { key: string; first: string; abbreviated: string | null } {
  const words = name.split(/\s+/);
  const first = formalFirst(registry, words[0]!);
  const last = words.length > 1 ? words[words.length - 1]! : null;
  const abbreviated = last && isInitial(last) ? last[0]! : null;
  const middle = words.slice(1, -1).filter((w) => !isInitial(w));
  const key = normaliseKey([first, ...middle, ...(last && !abbreviated ? [last] : [])].join(' '));
  return { key, first, abbreviated };
}

export function buildPersons(docs: readonly DocumentExtraction[], registry: Registry): PersonIndex {
  const named: { name: string; strength: number }[] = [];
  for (const doc of docs) {
    for (const a of doc.attendees) named.push({ name: a.name, strength: 3 });
    for (const c of doc.candidates) if (c.type === 'person') named.push({ name: c.name, strength: c.strength });
    for (const a of doc.absentees) if (a.name.includes(' ')) named.push({ name: a.name, strength: 2 });
  }
  const clusters = new Map<string, PersonCluster>();
  const abbreviations: { name: string; first: string; initial: string }[] = [];
  for (const { name, strength } of named.sort((a, b) => a.name.localeCompare(b.name, 'sv'))) {
    if (registry.notPersons.has(normaliseKey(name))) continue;
    const curated = registry.personAliases.get(normaliseKey(name));
    const matched = matchKey(registry, curated ?? name);
    const { first, abbreviated } = matched;
    // keepApart: "Lasse Berg" ≠ "Lars Berg" when the registry says so, though the nickname joins them.
    const kept = !curated && registry.apartFrom(name).some((other) => matchKey(registry, other).key === matched.key);
    const key = kept ? `${matched.key}#${normaliseKey(name)}` : matched.key;
    if (abbreviated) {
      abbreviations.push({ name, first, initial: abbreviated });
      continue;
    }
    let cluster = clusters.get(key);
    if (!cluster) clusters.set(key, (cluster = { key, name, first, surfaces: new Map(), strength: 0 }));
    cluster.surfaces.set(name, (cluster.surfaces.get(name) ?? 0) + 1);
    cluster.strength = Math.max(cluster.strength, strength);
  }
  const byFirst = new Map<string, PersonCluster[]>();
  const push = (map: Map<string, PersonCluster[]>, key: string, c: PersonCluster) => (map.get(key) ?? map.set(key, []).get(key)!).push(c);
  for (const c of clusters.values()) push(byFirst, normaliseKey(c.first), c);
  // Blocking key of an abbreviation: given name + the surname's initial ("lars|e").
  const byInitial = new Map<string, PersonCluster[]>();
  for (const c of clusters.values()) {
    if (!c.key.includes(' ')) continue;
    const block = `${normaliseKey(c.first)}|${c.key.split(' ').at(-1)![0]}`;
    push(byInitial, block, c);
  }
  const aliasOf = new Map<string, PersonCluster>();
  // "Lars E" is the one Lars whose surname starts with E, when there is exactly one.
  for (const a of abbreviations) {
    const apart = registry.apartFrom(a.name);
    const matches = (byInitial.get(`${normaliseKey(a.first)}|${a.initial.toLocaleLowerCase('sv')}`) ?? []).filter((c) =>
      ![...c.surfaces.keys()].some((s) => apart.includes(normaliseKey(s))));
    if (matches.length === 1) {
      matches[0]!.surfaces.set(a.name, (matches[0]!.surfaces.get(a.name) ?? 0) + 1);
      aliasOf.set(normaliseKey(a.name), matches[0]!);
    }
  }
  for (const c of clusters.values()) {
    // The canonical form: the formal given name, then the fullest and most frequent spelling.
    c.name = [...c.surfaces].sort(([a, ca], [b, cb]) =>
      Number(registry.nicknames.has(normaliseKey(a.split(' ')[0]!))) - Number(registry.nicknames.has(normaliseKey(b.split(' ')[0]!))) ||
      Number(isInitial(a.split(' ').at(-1)!)) - Number(isInitial(b.split(' ').at(-1)!)) ||
      b.split(' ').length - a.split(' ').length || cb - ca || b.length - a.length || a.localeCompare(b, 'sv'))[0]![0];
    // A person the registry names is spelt as the registry spells them.
    const curated = [...c.surfaces.keys()].map((sf) => registry.personAliases.get(normaliseKey(sf))).find(Boolean);
    if (curated) c.name = curated;
    for (const s of c.surfaces.keys()) aliasOf.set(normaliseKey(s), c);
  }
  return {
    persons: [...clusters.values()].sort((a, b) => a.key.localeCompare(b.key)),
    lookup: (name) => aliasOf.get(normaliseKey(name)) ?? clusters.get(matchKey(registry, name).key),
    byFirstName: (first) => byFirst.get(normaliseKey(formalFirst(registry, first))) ?? [],
  };
}

export type FirstNameResolution = { person: PersonCluster } | { ambiguous: readonly PersonCluster[] } | null;

/**
 * A lone given name is the one person with that name among the meeting's attendees, else among
 * those named in full in the document, else in the corpus. Two candidates anywhere on that path:
 * it stays unresolved rather than guessed.
 */
export function resolveFirstName(persons: PersonIndex, doc: DocumentExtraction, ref: NameRef, corpusWide: boolean): FirstNameResolution {
  const all = persons.byFirstName(ref.name);
  if (!all.length) return null;
  const named = new Set(all);
  const inDoc = (names: readonly string[]) => [...new Set(names.map((n) => persons.lookup(n)).filter((p): p is PersonCluster => !!p && named.has(p)))];
  for (const pool of [inDoc(doc.attendees.map((a) => a.name)), inDoc(doc.candidates.filter((c) => c.type === 'person' && c.name.includes(' ')).map((c) => c.name))]) {
    if (pool.length === 1) return { person: pool[0]! };
    if (pool.length > 1) return { ambiguous: pool };
  }
  if (!corpusWide) return null;
  const full = all.filter((p) => p.key.includes(' '));
  if (full.length === 1) return { person: full[0]! };
  return full.length > 1 ? { ambiguous: full } : null;
}
