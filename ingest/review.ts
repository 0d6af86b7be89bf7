// `minutes-graph review`: the resolver's doubtful decisions, for a person to confirm or reject
// in the registry — names it could not resolve, spellings it merged, names seen only once.
import type { EntityType } from '../cypher/model.ts';
import type { ResolvedDocument } from './resolve/resolved.ts';

export type ReviewKind = 'unresolved' | 'merged' | 'seen-once';

export interface ReviewItem {
  readonly kind: ReviewKind;
  readonly type: EntityType;
  readonly name: string;
  /** What the resolver decided or could not decide. */
  readonly detail: string;
  /** Where in the corpus: the document path and the span. */
  readonly where: readonly { readonly path: string; readonly start: number; readonly end: number }[];
  /** What to write in the registry to reject or settle it. */
  readonly remedy: string;
}

const reviewedTypes: readonly EntityType[] = ['person', 'organisation', 'group', 'project'];

export function reviewCorpus(resolved: readonly ResolvedDocument[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const doc of resolved) {
    for (const u of doc.unresolved) {
      items.push({
        kind: 'unresolved', type: 'person', name: u.name, detail: u.reason,
        where: [{ path: doc.source, start: u.start, end: u.end }],
        remedy: `persons: - name: <full name>\n    aliases: [${u.name}]   (or leave it: a later document may settle it)`,
      });
    }
  }
  // The same entity appears in many documents: gather its aliases and mentions once.
  const entities = new Map<string, { type: EntityType; name: string; aliases: Set<string>; where: ReviewItem['where'][number][] }>();
  for (const doc of resolved) {
    for (const e of doc.entities) {
      if (!reviewedTypes.includes(e.type)) continue;
      const key = `${e.type}:${e.name}`;
      const entry = entities.get(key) ?? { type: e.type, name: e.name, aliases: new Set<string>(), where: [] };
      for (const a of e.aliases) entry.aliases.add(a);
      for (const m of e.mentions) entry.where.push({ path: doc.source, start: m.start, end: m.end });
      entities.set(key, entry);
    }
  }
  for (const e of [...entities.values()].sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name, 'sv'))) {
    for (const alias of [...e.aliases].sort((a, b) => a.localeCompare(b, 'sv'))) {
      // A change of case alone is no decision worth a person's time.
      if (alias.toLocaleLowerCase('sv') === e.name.toLocaleLowerCase('sv')) continue;
      items.push({
        kind: 'merged', type: e.type, name: e.name, detail: `"${alias}" was read as ${e.name}`,
        where: e.where.slice(0, 3),
        remedy: `minutes-graph split "${e.name}" "${alias}"   (or Rätta → split in the explorer; it writes keepApart: - ["${e.name}", "${alias}"])`,
      });
    }
    if (e.where.length === 1) {
      items.push({
        kind: 'seen-once', type: e.type, name: e.name, detail: `named once in the corpus`, where: e.where,
        remedy: e.type === 'person' ? `notPersons: - "${e.name}"   (if it is not a person)` : 'check the name and its type',
      });
    }
  }
  return items;
}

export function formatReview(items: readonly ReviewItem[], quote: (path: string, start: number, end: number) => string): string {
  if (!items.length) return 'nothing to review';
  const titles: Record<ReviewKind, string> = {
    unresolved: 'Names not resolved to a person',
    merged: 'Spellings merged into one entity',
    'seen-once': 'Names seen only once',
  };
  const out: string[] = [];
  for (const kind of Object.keys(titles) as ReviewKind[]) {
    const group = items.filter((i) => i.kind === kind);
    if (!group.length) continue;
    out.push(`${titles[kind]} (${group.length})`);
    for (const i of group) {
      const at = i.where[0];
      const context = at ? ` — ${at.path}: "${quote(at.path, at.start, at.end)}"` : '';
      out.push(`  ${i.type} ${i.name}: ${i.detail}${context}`, `    registry: ${i.remedy.replace(/\n/g, '\n    ')}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
