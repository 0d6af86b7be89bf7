// Resolution accuracy against the generator's truth: every person mention the generator wrote
// knows who it is; the resolver's answer is the person entity whose mention covers it.
//
// A mention counts as right when its predicted entity is the one most of that person's
// mentions went to, and that entity belongs to that person (most of its mentions are theirs).
// So a person split over two entities loses the smaller part, two namesakes merged into one
// entity lose the smaller person, and a mention left unresolved ("Lars E" with two Lars E…
// in the corpus) is wrong. Names alone cannot state this (namesakes share every name), which
// is why it is measured here and not in corpus.json.
import type { ResolvedDocument } from '../../ingest/resolve/resolved.ts';
import type { PersonMention } from '../generate/doc-builder.ts';

export interface ResolutionAccuracy {
  readonly mentions: number;
  readonly correct: number;
  readonly accuracy: number | null;
  /** Mentions no person entity covers. */
  readonly unresolved: number;
  /** Persons whose mentions went to more than one entity. */
  readonly splitPersons: number;
  /** Entities that carry mentions of more than one person. */
  readonly mergedEntities: number;
}

function bump<K, L>(map: Map<K, Map<L, number>>, k: K, l: L): void {
  const inner = map.get(k) ?? new Map<L, number>();
  inner.set(l, (inner.get(l) ?? 0) + 1);
  map.set(k, inner);
}

/** The most frequent key; ties go to the smaller key, so the result does not depend on order. */
function top<L extends string | number>(counts: Map<L, number>): L {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}

export function scoreResolution(pairs: readonly { predicted: ResolvedDocument; mentions: readonly PersonMention[] }[]): ResolutionAccuracy {
  const assigned: { personId: number; entity: string | null }[] = [];
  const byPerson = new Map<number, Map<string, number>>();
  const byEntity = new Map<string, Map<number, number>>();
  for (const { predicted, mentions } of pairs) {
    const persons = predicted.entities.filter((e) => e.type === 'person');
    for (const m of mentions) {
      const hit = persons.find((e) => e.mentions.some((x) => x.start < m.end && m.start < x.end));
      const entity = hit ? hit.name : null;
      assigned.push({ personId: m.personId, entity });
      if (entity === null) continue;
      bump(byPerson, m.personId, entity);
      bump(byEntity, entity, m.personId);
    }
  }
  const bestOf = new Map([...byPerson].map(([p, c]) => [p, top(c)]));
  const ownerOf = new Map([...byEntity].map(([e, c]) => [e, top(c)]));
  const correct = assigned.filter((a) => a.entity !== null && bestOf.get(a.personId) === a.entity && ownerOf.get(a.entity) === a.personId).length;
  return {
    mentions: assigned.length,
    correct,
    accuracy: assigned.length ? correct / assigned.length : null,
    unresolved: assigned.filter((a) => a.entity === null).length,
    splitPersons: [...byPerson.values()].filter((c) => c.size > 1).length,
    mergedEntities: [...byEntity.values()].filter((c) => c.size > 1).length,
  };
}
