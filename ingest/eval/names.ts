// Name comparison for scoring: one normal form, and alias books that expand a name to every
// name the same entity is known by in one document (predicted or gold).
import type { EntityType } from '../../cypher/model.ts';

/**
 * Names are equal when they are equal after Unicode NFC, whitespace folding (runs of white
 * space become one space, ends trimmed) and lower-casing. Nothing else is forgiven: dashes,
 * punctuation and inflection must match, or be listed as an alias in the gold.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function nameSet(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.map(normaliseName));
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** One entity as the alias book sees it: all its names, and the types it may be taken as. */
export interface BookEntry {
  readonly names: ReadonlySet<string>;
  readonly types: readonly EntityType[];
}

/**
 * Expands a name to the names of every entity of one of `types` that carries it: a predicted
 * "Lasse Ekdahl" and a gold "Lars Ekdahl" meet when either side lists the other as an alias.
 */
export function expandName(book: readonly BookEntry[], name: string, types: readonly EntityType[]): ReadonlySet<string> {
  const key = normaliseName(name);
  const out = new Set([key]);
  for (const entry of book) {
    if (entry.names.has(key) && entry.types.some((t) => types.includes(t))) for (const n of entry.names) out.add(n);
  }
  return out;
}

/** Compares names of one kind (persons, organisations, projects …) through both alias books. */
export interface NameJudge {
  same(predicted: string, gold: string, types: readonly EntityType[]): boolean;
}

export function createNameJudge(predictedBook: readonly BookEntry[], goldBook: readonly BookEntry[]): NameJudge {
  return {
    same: (predicted, gold, types) => intersects(expandName(predictedBook, predicted, types), expandName(goldBook, gold, types)),
  };
}

/** The kinds of name each relation end may be: MEMBER_OF reaches organisations and groups. */
export const personTypes: readonly EntityType[] = ['person'];
export const organisationTypes: readonly EntityType[] = ['organisation', 'group'];
export const projectTypes: readonly EntityType[] = ['project'];
export const groupTypes: readonly EntityType[] = ['group'];
