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
function collectEntities(resolved: readonly ResolvedDocument[], norm: (name: string) => string): CorpusEntity[] {
  const byKey = new Map<string, CorpusEntity>();
  for (const doc of resolved) {
    for (const e of doc.entities) {
      const key = `${e.type}|${norm(e.name)}`;
      const entry = byKey.get(key) ?? { name: e.name, person: e.type === 'person', names: new Set<string>() };
      for (const n of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) entry.names.add(norm(n));
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/**
 * The entities of a pool by each name they carry, built once: the checks look names up for
 * every attendee of every document, and a scan of the pool per look-up made the check of a
 * thousand documents take minutes.
 */
interface Pool {
  /** The entities that carry a name, in the pool's order. */
  holders(name: string): readonly CorpusEntity[];
}

function indexPool(entities: readonly CorpusEntity[], norm: (name: string) => string): Pool {
  const byName = new Map<string, CorpusEntity[]>();
  for (const e of entities) for (const n of e.names) (byName.get(n) ?? byName.set(n, []).get(n)!).push(e);
  return { holders: (name) => byName.get(norm(name)) ?? [] };
}

function describe(pool: Pool, name: string): string {
  const found = pool.holders(name);
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
  // Names repeat (every attendee line): each distinct one is normalised once.
  const normalised = new Map<string, string>();
  const norm = (name: string) => normalised.get(name) ?? normalised.set(name, normaliseName(name)).get(name)!;
  const all = collectEntities(resolved, norm);
  const personList = all.filter((e) => e.person);
  const persons = indexPool(personList, norm);
  const others = indexPool(all.filter((e) => !e.person), norm);
  const checks: CorpusCheck[] = [];

  if (corpus.distinctPersons !== undefined) {
    checks.push({ fact: 'distinct persons', ok: personList.length === corpus.distinctPersons, expected: String(corpus.distinctPersons), actual: String(personList.length) });
  }
  const sameChecks = [
    ['same person', persons, corpus.samePerson],
    ['same organisation', others, corpus.sameOrganisation],
    ['same group', others, corpus.sameGroup],
    ['same project', others, corpus.sameProject],
  ] as const;
  for (const [label, pool, pairs] of sameChecks) {
    for (const [a, b] of pairs) {
      const ok = pool.holders(a).some((e) => e.names.has(norm(b)));
      checks.push({ fact: `${label}: ${a} = ${b}`, ok, expected: 'one entity', actual: `${describe(pool, a)}; ${describe(pool, b)}` });
    }
  }
  for (const [a, b] of corpus.differentPersons) {
    const found = persons.holders(a).length > 0 && persons.holders(b).length > 0;
    const ok = found && !persons.holders(a).some((e) => e.names.has(norm(b)));
    checks.push({ fact: `different persons: ${a} ≠ ${b}`, ok, expected: 'two persons', actual: `${describe(persons, a)}; ${describe(persons, b)}` });
  }
  const carries = (pool: Pool, actual: string, wanted: string): boolean =>
    norm(actual) === norm(wanted) || pool.holders(actual).some((e) => e.names.has(norm(wanted)));
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
