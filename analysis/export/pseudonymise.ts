// Pseudonymised exports: each person gets an identifier that is stable for one corpus (HMAC of
// the person's id, keyed by a hash of the corpus's document hashes) and every way the corpus
// writes a person's name — canonical name, aliases, mention texts and each of their words — is
// removed from every string, quotes and provenance included.
import { createHash, createHmac } from 'node:crypto';
import { compare } from '../network-graph.ts';
import type { CorpusDocument, IncidenceExport, NetworkExport } from './export-model.ts';

export interface PersonNames {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly string[];
}

/** Same documents, same key: pseudonyms can be compared across exports of one corpus only. */
export function corpusKey(corpus: readonly CorpusDocument[]): Buffer {
  return createHash('sha256').update(corpus.map((d) => d.sha256).sort(compare).join('\n')).digest();
}

export function pseudonymFor(key: Buffer, personId: string): string {
  return `P-${createHmac('sha256', key).update(personId).digest('hex').slice(0, 12)}`;
}

/** Used where a word of a name is shared by several people and cannot say which one it was. */
export const anonymousPerson = '[person]';

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that replaces every written form of a person by that person's pseudonym. */
export function createScrubber(people: readonly PersonNames[], pseudonym: (id: string) => string): (text: string) => string {
  const forms = new Map<string, string>();
  const words = new Map<string, string>();
  const claim = (map: Map<string, string>, form: string, value: string) => {
    const key = lower(form.trim());
    if (key.length < 2) return;
    map.set(key, map.has(key) && map.get(key) !== value ? anonymousPerson : value);
  };
  for (const p of people) {
    const written = [p.name, ...p.aliases, ...p.mentions, p.id.slice(p.id.indexOf(':') + 1)];
    for (const form of written) {
      claim(forms, form, pseudonym(p.id));
      // A given name or surname alone ("Bengt anser …") names the person too. Initials ("S.") do not.
      for (const word of form.split(/[^\p{L}\p{N}'-]+/u)) if (/\p{L}{2,}/u.test(word)) claim(words, word, pseudonym(p.id));
    }
  }
  const table = new Map([...words, ...forms]);
  if (table.size === 0) return (text) => text;
  // Longest first, so a full name wins over its words; whole words only (no letter or digit either side).
  const alternatives = [...table.keys()].sort((a, b) => b.length - a.length || compare(a, b)).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.normalize('NFC').replace(pattern, (match) => table.get(lower(match)) ?? anonymousPerson);
}

/** Every string in a plain structure, mapped; numbers, booleans and nulls kept. */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}

function pseudonymiser(corpus: readonly CorpusDocument[], people: readonly PersonNames[]) {
  const key = corpusKey(corpus);
  const ids = new Map(people.map((p) => [p.id, `person:${pseudonymFor(key, p.id)}`]));
  const scrub = createScrubber(people, (id) => pseudonymFor(key, id));
  // Exact ids first (an edge id is built from them), then every remaining string is scrubbed.
  const id = (s: string) => ids.get(s) ?? s;
  const edgeIdOf = (s: string) => s.split('|').map(id).join('|');
  return { id, edgeIdOf, scrub, label: (personId: string, label: string) => (ids.has(personId) ? pseudonymFor(key, personId) : label) };
}

export function pseudonymiseNetwork(data: NetworkExport, people: readonly PersonNames[]): NetworkExport {
  const p = pseudonymiser(data.meta.corpus, people);
  const shaped: NetworkExport = {
    meta: { ...data.meta, pseudonymised: true },
    nodes: data.nodes.map((n) => ({ ...n, id: p.id(n.id), label: p.label(n.id, n.label) })),
    edges: data.edges.map((e) => ({ ...e, id: p.edgeIdOf(e.id), source: p.id(e.source), target: p.id(e.target) })),
  };
  return keepHashes(mapStrings(shaped, p.scrub), data);
}

export function pseudonymiseIncidence(data: IncidenceExport, people: readonly PersonNames[]): IncidenceExport {
  const p = pseudonymiser(data.meta.corpus, people);
  const shaped: IncidenceExport = {
    ...data,
    meta: { ...data.meta, pseudonymised: true },
    people: data.people.map((x) => ({ ...x, id: p.id(x.id), label: p.label(x.id, x.label) })),
  };
  return keepHashes(mapStrings(shaped, p.scrub), data);
}

/** The sha256s are what make the corpus checkable; a scrubber must never touch them. */
function keepHashes<T extends { meta: NetworkExport['meta'] }>(scrubbed: T, original: T): T {
  return { ...scrubbed, meta: { ...scrubbed.meta, corpus: scrubbed.meta.corpus.map((d, i) => ({ ...d, sha256: original.meta.corpus[i]!.sha256 })) } };
}
