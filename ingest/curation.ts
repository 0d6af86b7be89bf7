// Merge and split as edits of the registry file, the one place of curated truth: a re-ingest
// resolves with the registry, so it keeps every decision, and a split undoes a merge (and back).
// The YAML is edited as a document, so the user's comments and layout survive.
import { type Document, isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { normaliseKey } from '../cypher/model.ts';

export const curatedKinds = ['persons', 'organisations', 'groups', 'projects'] as const;
export type CuratedKind = (typeof curatedKinds)[number];

/** `names` (other entities' names and their spellings) are one entity with `into`. */
export interface MergeEdit {
  readonly op: 'merge';
  readonly kind: CuratedKind;
  readonly into: string;
  readonly names: readonly string[];
}

/** `name` is not `entity`: a spelling read as that entity stands for someone or something else. */
export interface SplitEdit {
  readonly op: 'split';
  readonly kind: CuratedKind;
  readonly entity: string;
  readonly name: string;
}

/** A person to forget, by the hashes of the names they go by (registry.ts forgetKey). */
export interface ForgetEdit {
  readonly op: 'forget';
  readonly keys: readonly string[];
}

export type CurationEdit = MergeEdit | SplitEdit | ForgetEdit;

export class CurationError extends Error {}

const key = (s: string) => normaliseKey(s);
const text = (node: unknown): string => String(isScalar(node) ? node.value : node);

interface Entry {
  readonly node: YAMLMap;
  readonly name: string;
  readonly aliases: string[];
}

function listOf(doc: Document, field: string): YAMLSeq {
  let seq = doc.get(field);
  if (seq == null) {
    doc.set(field, doc.createNode([]));
    seq = doc.get(field);
  }
  if (!isSeq(seq)) throw new CurationError(`registry field '${field}' is not a list`);
  return seq;
}

function entriesOf(seq: YAMLSeq, field: string): Entry[] {
  return seq.items.map((item, i) => {
    if (!isMap(item) || typeof item.get('name') !== 'string') throw new CurationError(`registry field '${field}.${i}' has no name`);
    const aliases = item.get('aliases');
    return { node: item, name: item.get('name') as string, aliases: isSeq(aliases) ? aliases.items.map(text) : [] };
  });
}

const names = (e: Entry) => [e.name, ...e.aliases];
const holds = (e: Entry, name: string) => names(e).some((n) => key(n) === key(name));

function setAliases(doc: Document, e: Entry, aliases: readonly string[]): void {
  if (!aliases.length) {
    e.node.delete('aliases');
    return;
  }
  const seq = doc.createNode([...aliases]) as YAMLSeq;
  seq.flow = true;
  e.node.set('aliases', seq);
}

/** keepApart pairs matching `match` are removed; returns the pairs removed. */
function dropKeepApart(doc: Document, match: (a: string, b: string) => boolean): string[][] {
  const seq = doc.get('keepApart');
  const removed: string[][] = [];
  if (!isSeq(seq)) return removed;
  seq.items = seq.items.filter((item) => {
    const pair = isSeq(item) ? item.items.map(text) : [];
    if (pair.length === 2 && match(pair[0]!, pair[1]!)) return !removed.push(pair);
    return true;
  });
  return removed;
}

function merge(doc: Document, edit: MergeEdit): string[] {
  const changes: string[] = [];
  const group = new Set([edit.into, ...edit.names].map(key));
  for (const [a, b] of dropKeepApart(doc, (a, b) => group.has(key(a)) && group.has(key(b)))) changes.push(`keepApart: removed ["${a}", "${b}"]`);
  const seq = listOf(doc, edit.kind);
  seq.flow = false;
  let entries = entriesOf(seq, edit.kind);
  let target = entries.find((e) => holds(e, edit.into));
  if (!target) {
    seq.add(doc.createNode({ name: edit.into }));
    entries = entriesOf(seq, edit.kind);
    target = entries.at(-1)!;
    changes.push(`${edit.kind}: added ${edit.into}`);
  }
  const aliases = [...target.aliases];
  for (const name of edit.names) {
    if (holds({ ...target, aliases }, name)) continue;
    // An entry of its own is folded in whole; an alias listed under another entry moves here.
    const own = entries.find((e) => e !== target && key(e.name) === key(name));
    const moved = own ? names(own) : [name];
    if (own) {
      seq.items = seq.items.filter((item) => item !== own.node);
      if (!target.node.has('category') && own.node.has('category')) target.node.set('category', own.node.get('category'));
    }
    for (const other of entries) {
      if (other === target || other === own) continue;
      const kept = other.aliases.filter((a) => !moved.some((m) => key(m) === key(a)));
      if (kept.length !== other.aliases.length) setAliases(doc, other, kept);
    }
    for (const m of moved) if (!holds({ ...target, aliases }, m)) aliases.push(m);
    changes.push(`${edit.kind}: ${moved.join(', ')} → ${target.name}`);
  }
  setAliases(doc, target, aliases);
  return changes;
}

function split(doc: Document, edit: SplitEdit): string[] {
  if (key(edit.name) === key(edit.entity)) throw new CurationError(`'${edit.name}' is the entity's own name; split off another spelling`);
  const seq = listOf(doc, edit.kind);
  const target = entriesOf(seq, edit.kind).find((e) => holds(e, edit.entity));
  if (target && key(target.name) === key(edit.name)) throw new CurationError(`'${edit.name}' is the registry name of this ${edit.kind.replace(/s$/, '')}`);
  if (target && target.aliases.some((a) => key(a) === key(edit.name))) {
    // Undoing a merge made in the registry: the alias goes; an entry left with only its name goes too.
    setAliases(doc, target, target.aliases.filter((a) => key(a) !== key(edit.name)));
    if (!target.node.has('aliases') && target.node.items.length === 1) seq.items = seq.items.filter((item) => item !== target.node);
    return [`${edit.kind}: ${edit.name} is no longer ${target.name}`];
  }
  // The rules joined them (same key, a nickname, an initial): only keepApart can part them.
  const keepApart = listOf(doc, 'keepApart');
  const pair = [edit.entity, edit.name];
  const exists = keepApart.items.some((item) => isSeq(item) && item.items.map((x) => key(text(x))).sort().join('|') === pair.map(key).sort().join('|'));
  if (exists) return [];
  keepApart.flow = false;
  const node = doc.createNode(pair) as YAMLSeq;
  node.flow = true;
  keepApart.add(node);
  return [`keepApart: added ["${edit.entity}", "${edit.name}"]`];
}

function forget(doc: Document, edit: ForgetEdit): string[] {
  const seq = listOf(doc, 'forget');
  const known = new Set(seq.items.map(text));
  const added = edit.keys.filter((k) => !known.has(k));
  if (!added.length) return [];
  seq.flow = false;
  for (const k of added) seq.add(doc.createNode(k));
  // The change line names no one: only how many hashes were added.
  return [`forget: ${added.length} name hash(es) added`];
}

/** Applies the edit to the registry document in place; returns what changed, one line each. */
export function applyEdit(doc: Document, edit: CurationEdit): string[] {
  return edit.op === 'merge' ? merge(doc, edit) : edit.op === 'split' ? split(doc, edit) : forget(doc, edit);
}
