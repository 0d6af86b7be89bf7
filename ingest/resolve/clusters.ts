// Non-person names across the corpus grouped into entities: one cluster per organisation,
// group, project, event or place, whatever spelling, inflection or abbreviation was used.
import type { EntityType } from '../../cypher/model.ts';
import type { Candidate, DocumentExtraction } from '../extract/context.ts';
import { partyFullNames } from '../lexicon/index.ts';
import { perWord } from '../lexicon/word-cache.ts';
import type { Registry } from '../registry.ts';
import { defaultCompare, keyOf, svCompare } from './key-cache.ts';
import { nameKey, wordPrefixes } from './keys.ts';
import { correctTownGenitive } from './place-typos.ts';
import { inferCategory } from './categories.ts';

export interface Cluster {
  key: string;
  type: EntityType;
  name: string;
  /** Every spelling seen, with how often. */
  readonly surfaces: Map<string, number>;
  readonly evidence: Map<EntityType, { strength: number; count: number }>;
  category: string | null;
  /** True when the category comes from the name's shape (categories.ts), not the registry or the party list. */
  categoryInferred: boolean;
}

export interface ClusterIndex {
  readonly clusters: readonly Cluster[];
  /** The cluster a name belongs to, by its key or an alias's key. */
  lookup(name: string): Cluster | undefined;
}

const typePreference: readonly EntityType[] = ['group', 'organisation', 'project', 'event', 'place', 'person'];

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    const p = this.parent.get(k) ?? k;
    if (p === k) return k;
    const root = this.find(p);
    this.parent.set(k, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The shorter key stays the root, so merges do not depend on the order they are made in.
    if (ra !== rb) (ra.length < rb.length || (ra.length === rb.length && ra < rb) ? this.parent.set(rb, ra) : this.parent.set(ra, rb));
  }
}

function registryKey(registry: Registry, c: { type: EntityType; name: string }): string {
  // The candidate's own kind first; then the others, as a merge made in the explorer may join
  // names that rules read as different kinds (one text's "organisation" is another's "group").
  const own = c.type === 'organisation' ? registry.organisationAliases : c.type === 'group' ? registry.groupAliases : c.type === 'project' ? registry.projectAliases : null;
  const key0 = keyOf(c.name);
  const canonical = own?.get(key0) ?? (own ? [registry.organisationAliases, registry.groupAliases, registry.projectAliases].map((m) => m.get(key0)).find(Boolean) : undefined);
  const key = nameKey(canonical ?? correctTownGenitive(c.name) ?? c.name);
  // keepApart: a spelling that would share its key with one it must stay apart from gets a key
  // of its own ("Fritidsbank" and "Fritidsbanken" both stem to one key).
  return !canonical && registry.apartFrom(c.name).some((other) => nameKey(other) === key) ? `${key}#${keyOf(c.name)}` : key;
}

/** The registry's organisations, groups and projects by the key of their canonical name. */
function curatedByKey(registry: Registry): Map<string, { name: string; type: EntityType }> {
  const kinds = [['organisation', registry.file.organisations], ['group', registry.file.groups], ['project', registry.file.projects]] as const;
  return new Map(kinds.flatMap(([type, list]) => list.map((e) => [nameKey(e.name), { name: e.name, type }] as const)));
}

/** Unions that keepApart forbids: the two keys come from a kept-apart pair. */
function apartPairs(registry: Registry): Set<string> {
  return new Set(registry.file.keepApart.map(([a, b]) => [nameKey(a), nameKey(b)].sort().join('|')));
}

// Swedish proper names of institutions and services take the definite form ("Lånebanken",
// "Försäkringskassan"); where a text also writes the bare form ("Lånebank"), the definite
// one is the name and the bare one counts towards it.
const definiteSuffixes = ['en', 'et', 'n', 't'];

function foldDefinite(surfaces: Map<string, number>): Map<string, number> {
  const folded = new Map(surfaces);
  for (const [name, count] of surfaces) {
    const definite = definiteSuffixes.map((s) => name + s).find((d) => surfaces.has(d));
    if (!definite) continue;
    folded.delete(name);
    folded.set(definite, (folded.get(definite) ?? 0) + count);
  }
  return folded;
}

function chooseName(surfaces: Map<string, number>): string {
  return [...foldDefinite(surfaces)].sort(([a, ca], [b, cb]) => cb - ca || Number(/s$/.test(a)) - Number(/s$/.test(b)) || b.length - a.length || svCompare(a, b))[0]![0];
}

export function buildClusters(docs: Iterable<DocumentExtraction>, registry: Registry): ClusterIndex {
  // Each distinct (type, strength, name) once, with how often it was read, in the order first
  // read: at 100k documents there are millions of readings but some tens of thousands of names.
  const tally = new Map<string, { key: string; cand: Pick<Candidate, 'type' | 'name' | 'strength'>; count: number }>();
  const see = (cand: Pick<Candidate, 'type' | 'name' | 'strength'>) => {
    const id = `${cand.type}\u0000${cand.strength}\u0000${cand.name}`;
    const entry = tally.get(id);
    if (entry) entry.count += 1;
    else tally.set(id, { key: '', cand: { type: cand.type, name: cand.name, strength: cand.strength }, count: 1 });
  };
  for (const doc of docs) {
    // The name in a meeting's title is the group that held it.
    if (doc.meeting.group) see({ type: 'group', name: doc.meeting.group.name, strength: 3 });
    for (const c of doc.candidates) if (c.type !== 'person') see(c);
    for (const o of doc.attendees.flatMap((a) => a.organisations)) see({ type: 'organisation', name: o, strength: 3 });
    for (const m of doc.memberships) see({ type: 'organisation', name: m.organisation, strength: 2 });
  }
  const seen = [...tally.values()];
  tally.clear();
  for (const s of seen) s.key = registryKey(registry, s.cand);
  const uf = new UnionFind();
  const apart = apartPairs(registry);
  const union = (a: string, b: string) => {
    if (!apart.has([a, b].sort().join('|'))) uf.union(a, b);
  };
  for (const doc of docs) for (const a of doc.aliases) union(registryKey(registry, { type: a.type, name: a.alias }), registryKey(registry, a));
  // "Trygg skolväg" ~ "Trygg skolväg för alla barn": a name that starts with another one is that one.
  // Blocking: each key looks up its own word prefixes in a set, so the cost grows with the number
  // of names times their length in words, never with pairs of names.
  const keys = new Set(seen.map((s) => s.key));
  for (const key of keys) {
    const prefix = wordPrefixes(key).find((p) => keys.has(p));
    if (prefix) union(prefix, key);
  }
  const byRoot = new Map<string, Cluster>();
  for (const { key, cand, count } of seen) {
    const root = uf.find(key);
    let cluster = byRoot.get(root);
    if (!cluster) byRoot.set(root, (cluster = { key: root, type: cand.type, name: '', surfaces: new Map(), evidence: new Map(), category: null, categoryInferred: false }));
    cluster.surfaces.set(cand.name, (cluster.surfaces.get(cand.name) ?? 0) + count);
    const ev = cluster.evidence.get(cand.type) ?? { strength: 0, count: 0 };
    cluster.evidence.set(cand.type, { strength: Math.max(ev.strength, cand.strength), count: ev.count + count });
  }
  const curatedNames = curatedByKey(registry);
  const aliasKeys = new Map<string, Cluster>();
  for (const cluster of byRoot.values()) {
    // The type with the strongest evidence wins; then the one seen most; then a fixed order.
    cluster.type = [...cluster.evidence].sort(([ta, a], [tb, b]) => b.strength - a.strength || b.count - a.count || typePreference.indexOf(ta) - typePreference.indexOf(tb))[0]![0];
    // A name the registry lists is of the kind it is listed under, spelt as it is spelt there.
    const curated = curatedNames.get(cluster.key);
    if (curated) cluster.type = curated.type;
    cluster.name = curated?.name ?? chooseName(cluster.surfaces);
    if (!curated) cluster.name = correctTownGenitive(cluster.name) ?? cluster.name;
    // A Swedish party (parties.txt) is a political body unless the registry says otherwise.
    cluster.category = registry.categories.get(cluster.name.toLocaleLowerCase('sv')) ?? (cluster.type === 'organisation' && partyFullNames.has(cluster.name) ? 'political-body' : null);
    if (!cluster.category && cluster.type === 'organisation') {
      cluster.category = inferCategory(cluster.name);
      cluster.categoryInferred = cluster.category !== null;
    }
    for (const surface of cluster.surfaces.keys()) aliasKeys.set(nameKey(surface), cluster);
    aliasKeys.set(cluster.key, cluster);
    aliasKeys.set(nameKey(cluster.name), cluster);
  }
  // Each name asked for once (null: asked, not found): a document asks for every organisation and
  // group it names, several times over, and the keys and maps behind an answer do not change.
  const looked = perWord((name: string): Cluster | null => aliasKeys.get(nameKey(name)) ?? byRoot.get(uf.find(nameKey(name))) ?? null, Infinity);
  return {
    clusters: [...byRoot.values()].sort((a, b) => defaultCompare(a.key, b.key)),
    lookup: (name) => looked(name) ?? undefined,
  };
}

/**
 * Spellings found only by scanning running text ("Även Lånebanken behöver …") may give an
 * entity its proper name: a capitalised one-word definite form of the chosen name (Swedish
 * names of services take the definite form) joins the surfaces, and the name is chosen again.
 * Curated names stay as the registry spells them.
 */
export function adoptDefiniteForms(perDocument: Iterable<readonly { cluster: Cluster; text: string }[]>, registry: Registry): void {
  const touched = new Set<Cluster>();
  const curatedNames = curatedByKey(registry);
  for (const found of perDocument) for (const { cluster, text } of found) {
    if (text.includes(' ') || !/^\p{Lu}/u.test(text) || cluster.surfaces.has(text)) continue;
    if (!definiteSuffixes.some((s) => text === cluster.name + s)) continue;
    if (curatedNames.has(cluster.key)) continue;
    if (registry.apartFrom(cluster.name).includes(keyOf(text))) continue;
    cluster.surfaces.set(text, 1);
    touched.add(cluster);
  }
  for (const cluster of touched) cluster.name = chooseName(cluster.surfaces);
}
