// Facts about all the documents together (corpus.json), checked on the resolved documents.
import type { ResolvedDocument } from '../resolve/resolved.ts';
import type { GoldCorpus } from './gold.ts';
import { normaliseName } from './names.ts';

export interface CorpusCheck {
  readonly fact: string;
  readonly ok: boolean;
  readonly expected: string;
  readonly actual: string;
}

/** One resolved entity across the corpus: its canonical name and every name it is known by. */
interface CorpusEntity {
  readonly name: string;
  readonly person: boolean;
  readonly names: Set<string>;
}

// Names are canonical across the documents resolved together, so an entity is known by the
// union, over the documents it appears in, of its name, its aliases and the text of its
// mentions: a signature "/Maja" resolved to Maja Ruud makes "Maja" one of her names,
// as the graph's MENTIONS {text} would.
function collectEntities(resolved: readonly ResolvedDocument[]): CorpusEntity[] {
  const byKey = new Map<string, CorpusEntity>();
  for (const doc of resolved) {
    for (const e of doc.entities) {
      const key = `${e.type}|${normaliseName(e.name)}`;
      const entry = byKey.get(key) ?? { name: e.name, person: e.type === 'person', names: new Set<string>() };
      for (const n of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) entry.names.add(normaliseName(n));
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

const holders = (entities: readonly CorpusEntity[], name: string): CorpusEntity[] => entities.filter((e) => e.names.has(normaliseName(name)));

function describe(entities: readonly CorpusEntity[], name: string): string {
  const found = holders(entities, name);
  return `${name} → ${found.length ? found.map((e) => e.name).join(' / ') : 'not found'}`;
}

/**
 * same*: one resolved entity carries both names (persons among persons; organisations, groups
 * and projects among all other entities, since their type is scored per document).
 * differentPersons: both names are found and no person carries both.
 * meetingsPerGroup: documents whose meeting's group carries the name.
 * attendanceCounts: documents where a present attendee carries the name.
 */
export function checkCorpusFacts(resolved: readonly ResolvedDocument[], corpus: GoldCorpus): CorpusCheck[] {
  const all = collectEntities(resolved);
  const persons = all.filter((e) => e.person);
  const others = all.filter((e) => !e.person);
  const checks: CorpusCheck[] = [];

  if (corpus.distinctPersons !== undefined) {
    checks.push({ fact: 'distinct persons', ok: persons.length === corpus.distinctPersons, expected: String(corpus.distinctPersons), actual: String(persons.length) });
  }
  const sameChecks = [
    ['same person', persons, corpus.samePerson],
    ['same organisation', others, corpus.sameOrganisation],
    ['same group', others, corpus.sameGroup],
    ['same project', others, corpus.sameProject],
  ] as const;
  for (const [label, pool, pairs] of sameChecks) {
    for (const [a, b] of pairs) {
      const ok = pool.some((e) => e.names.has(normaliseName(a)) && e.names.has(normaliseName(b)));
      checks.push({ fact: `${label}: ${a} = ${b}`, ok, expected: 'one entity', actual: `${describe(pool, a)}; ${describe(pool, b)}` });
    }
  }
  for (const [a, b] of corpus.differentPersons) {
    const found = holders(persons, a).length > 0 && holders(persons, b).length > 0;
    const ok = found && !persons.some((e) => e.names.has(normaliseName(a)) && e.names.has(normaliseName(b)));
    checks.push({ fact: `different persons: ${a} ≠ ${b}`, ok, expected: 'two persons', actual: `${describe(persons, a)}; ${describe(persons, b)}` });
  }
  const carries = (pool: readonly CorpusEntity[], actual: string, wanted: string): boolean =>
    normaliseName(actual) === normaliseName(wanted) || holders(pool, actual).some((e) => e.names.has(normaliseName(wanted)));
  for (const [group, expected] of Object.entries(corpus.meetingsPerGroup)) {
    const n = resolved.filter((d) => d.meeting.group !== null && carries(others, d.meeting.group, group)).length;
    checks.push({ fact: `meetings of ${group}`, ok: n === expected, expected: String(expected), actual: String(n) });
  }
  for (const [person, expected] of Object.entries(corpus.attendanceCounts)) {
    const n = resolved.filter((d) => d.attendees.some((a) => a.present && carries(persons, a.name, person))).length;
    checks.push({ fact: `meetings attended by ${person}`, ok: n === expected, expected: String(expected), actual: String(n) });
  }
  return checks;
}
