// Persons across the corpus: one cluster per person, whatever form of the name was used.
// Nicknames (Lasse = Lars) come from the registry; "Lars E" is Lars Ekdahl when only one
// Lars E… is known; "Ulf Holm" is "Ulf T. Holm"; similar names stay apart.
import type { DocumentExtraction, NameRef } from '../extract/context.ts';
import type { Registry } from '../registry.ts';
import { perWord } from '../lexicon/word-cache.ts';
import { codeUnitCompare, keyOf, svCompare } from './key-cache.ts';

export interface PersonCluster {
  readonly key: string;
  name: string;
  readonly first: string;
  /** `keyOf(first)`, made once: it is compared for every person around a meeting a given name is looked for among. */
  readonly firstKey: string;
  /** The first letter of the key's last word (the surname's initial); null for a lone given name. */
  readonly initial: string | null;
  readonly surfaces: Map<string, number>;
  strength: number;
}

export interface PersonIndex {
  readonly persons: readonly PersonCluster[];
  /** The person a full name, a nickname form or an abbreviation ("Lars E") stands for. */
  lookup(name: string): PersonCluster | undefined;
  /** Everyone known in the corpus by this given name. */
  byFirstName(first: string): readonly PersonCluster[];
  /** Those of them known with a surname too. */
  namedInFull(first: string): readonly PersonCluster[];
  /** The key a given name is known by: its formal form ("Lasse" → "lars"). */
  firstNameKey(first: string): string;
}

export const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);

function formalFirst(registry: Registry, first: string): string {
  return registry.nicknames.get(keyOf(first)) ?? first;
}

/** First name (formal) + surname, middle initials left out: "Ulf T. Holm" → "ulf holm". */
function matchKey(registry: Registry, name: string): { key: string; first: string; abbreviated: string | null } {
  const words = name.split(/\s+/);
  const first = formalFirst(registry, words[0]!);
  const last = words.length > 1 ? words[words.length - 1]! : null;
  const abbreviated = last && isInitial(last) ? last[0]! : null;
  const middle = words.slice(1, -1).filter((w) => !isInitial(w));
  const key = keyOf([first, ...middle, ...(last && !abbreviated ? [last] : [])].join(' '));
  return { key, first, abbreviated };
}

export function buildPersons(docs: Iterable<DocumentExtraction>, registry: Registry): PersonIndex {
  // Each spelling once, with how often it was read and how strongly as a person: names repeat
  // across documents, so the work below grows with the distinct names, not with the mentions.
  const named = new Map<string, { count: number; strength: number }>();
  const note = (name: string, strength: number) => {
    const seen = named.get(name);
    if (seen) (seen.count += 1), (seen.strength = Math.max(seen.strength, strength));
    else named.set(name, { count: 1, strength });
  };
  const listed = new Set<string>();
  for (const doc of docs) {
    for (const a of doc.attendees) note(a.name, 3), listed.add(a.name);
    for (const c of doc.candidates) if (c.type === 'person') note(c.name, c.strength);
    for (const a of doc.absentees) if (a.name.includes(' ')) note(a.name, 2);
  }
  const clusters = new Map<string, PersonCluster>();
  const abbreviations: { name: string; first: string; initial: string; count: number }[] = [];
  // In the order the names were first read: the documents come in id order (resolveSorted),
  // so the order is fixed by the corpus, whatever order the documents were given in. Sorting
  // the names as well (about 300k at 100k documents) took 0.7 s there, 14× its time at 10k.
  for (const [name, { count, strength }] of named) {
    if (registry.notPersons.has(keyOf(name))) continue;
    const curated = registry.personAliases.get(keyOf(name));
    const matched = matchKey(registry, curated ?? name);
    const { first, abbreviated } = matched;
    // keepApart: "Lasse Berg" ≠ "Lars Berg" when the registry says so, though the nickname joins them.
    const kept = !curated && registry.apartFrom(name).some((other) => matchKey(registry, other).key === matched.key);
    const key = kept ? `${matched.key}#${keyOf(name)}` : matched.key;
    if (abbreviated) {
      abbreviations.push({ name, first, initial: abbreviated, count });
      continue;
    }
    let cluster = clusters.get(key);
    if (!cluster) clusters.set(key, (cluster = { key, name, first, firstKey: keyOf(first), initial: key.includes(' ') ? key.split(' ').at(-1)![0]! : null, surfaces: new Map(), strength: 0 }));
    cluster.surfaces.set(name, (cluster.surfaces.get(name) ?? 0) + count);
    cluster.strength = Math.max(cluster.strength, strength);
  }
  const genitives = foldGenitives(clusters, listed, registry);
  const byFirst = new Map<string, PersonCluster[]>();
  const push = (map: Map<string, PersonCluster[]>, key: string, c: PersonCluster) => (map.get(key) ?? map.set(key, []).get(key)!).push(c);
  for (const c of clusters.values()) push(byFirst, c.firstKey, c);
  // Blocking key of an abbreviation: given name + the surname's initial ("lars|e").
  const byInitial = new Map<string, PersonCluster[]>();
  for (const c of clusters.values()) if (c.initial !== null) push(byInitial, `${c.firstKey}|${c.initial}`, c);
  const aliasOf = new Map<string, PersonCluster>();
  // "Lars E" is the one Lars whose surname starts with E, when there is exactly one.
  for (const a of abbreviations) {
    const apart = registry.apartFrom(a.name);
    const block = byInitial.get(`${keyOf(a.first)}|${a.initial.toLocaleLowerCase('sv')}`) ?? [];
    const matches = apart.length ? block.filter((c) => ![...c.surfaces.keys()].some((s) => apart.includes(keyOf(s)))) : block;
    if (matches.length === 1) {
      matches[0]!.surfaces.set(a.name, (matches[0]!.surfaces.get(a.name) ?? 0) + a.count);
      aliasOf.set(keyOf(a.name), matches[0]!);
    }
  }
  for (const c of clusters.values()) {
    // The canonical form: the formal given name, then the fullest and most frequent spelling.
    const ranked = [...c.surfaces].map(([name, count]) => {
      const words = name.split(' ');
      return { name, count, nickname: Number(registry.nicknames.has(keyOf(words[0]!))), initial: Number(isInitial(words.at(-1)!)), genitive: Number(genitives.has(name)), words: words.length };
    });
    c.name = ranked.sort((a, b) =>
      a.nickname - b.nickname || a.initial - b.initial || a.genitive - b.genitive || b.words - a.words || b.count - a.count || b.name.length - a.name.length || svCompare(a.name, b.name))[0]!.name;
    // A person the registry names is spelt as the registry spells them.
    const curated = [...c.surfaces.keys()].map((sf) => registry.personAliases.get(keyOf(sf))).find(Boolean);
    if (curated) c.name = curated;
    for (const s of c.surfaces.keys()) aliasOf.set(keyOf(s), c);
  }
  // Everyone with a given name and a surname: the corpus-wide pool of a lone given name.
  const inFullByFirst = new Map([...byFirst].map(([first, list]) => [first, list.filter((p) => p.key.includes(' '))]));
  // Null for a name looked up and not found: one probe of the map, found or not.
  const looked = perWord((name: string): PersonCluster | null => aliasOf.get(keyOf(name)) ?? clusters.get(matchKey(registry, name).key) ?? null, Infinity);
  return {
    persons: [...clusters.values()].sort((a, b) => codeUnitCompare(a.key, b.key)),
    lookup: (name) => looked(name) ?? undefined,
    firstNameKey: (first) => keyOf(formalFirst(registry, first)),
    byFirstName: (first) => byFirst.get(keyOf(formalFirst(registry, first))) ?? [],
    namedInFull: (first) => inFullByFirst.get(keyOf(formalFirst(registry, first))) ?? [],
  };
}

/**
 * Swedish forms the genitive of a name with a final -s and no apostrophe: "Anna Söderströms
 * förslag" is Anna Söderström's. A full name that is another known person's name plus -s, and
 * that no attendance list ever gives (lists name people in the nominative), is that person.
 * Returns the spellings folded in.
 */
function foldGenitives(clusters: Map<string, PersonCluster>, listed: ReadonlySet<string>, registry: Registry): Set<string> {
  const folded = new Set<string>();
  for (const [key, c] of clusters) {
    if (!key.includes(' ') || !key.endsWith('s') || key.includes('#')) continue;
    const owner = clusters.get(key.slice(0, -1));
    if (!owner) continue;
    const spellings = [...c.surfaces.keys()];
    if (spellings.some((s) => listed.has(s) || registry.personAliases.has(keyOf(s)))) continue;
    if (spellings.some((s) => [...owner.surfaces.keys()].some((o) => registry.apartFrom(s).includes(keyOf(o))))) continue;
    for (const [s, n] of c.surfaces) owner.surfaces.set(s, (owner.surfaces.get(s) ?? 0) + n), folded.add(s);
    owner.strength = Math.max(owner.strength, c.strength);
    clusters.delete(key);
  }
  return folded;
}
