// Entities of one document against its gold: precision and recall per entity type.
import { entityTypes, type EntityType } from '../../cypher/model.ts';
import type { ResolvedEntity } from '../resolve/resolved.ts';
import type { Miss, Neutral, PartScore } from './document-score.ts';
import type { GoldDocument, GoldEntity } from './gold.ts';
import { matchOneToOne } from './matching.ts';
import type { Tally } from './metrics.ts';
import { intersects, nameSet, normaliseName } from './names.ts';

interface GoldItem {
  readonly entity: GoldEntity;
  readonly names: ReadonlySet<string>;
  readonly types: readonly EntityType[];
}

interface PredictedItem {
  readonly entity: ResolvedEntity;
  readonly names: ReadonlySet<string>;
}

const toGoldItem = (entity: GoldEntity): GoldItem => ({ entity, names: nameSet([entity.name, ...entity.aliases]), types: [entity.type, ...entity.alsoTypes] });

const sameNames = (p: PredictedItem, g: GoldItem): boolean => intersects(p.names, g.names);

/**
 * The matching rule. A predicted entity matches a gold entity when one of its names (name or
 * aliases) equals one of the gold's names, compared by normaliseName, and its type is the
 * gold type or one of the gold's alsoTypes. Lower rank = better fit, so that with two
 * candidates the one with the same canonical name and primary type is preferred.
 */
function fit(p: PredictedItem, g: GoldItem): number | null {
  if (!sameNames(p, g) || !g.types.includes(p.entity.type)) return null;
  return (normaliseName(p.entity.name) === normaliseName(g.entity.name) ? 0 : 1) + (p.entity.type === g.entity.type ? 0 : 2);
}

/**
 * Required gold entities are matched one-to-one (matchOneToOne). A true positive and a missed
 * gold entity count for the gold's primary type; a false positive for the predicted type.
 * A predicted entity left over is, in this order: neutral when it matches an `optional`
 * entry (same rule); a false positive "duplicate" when it matches a required gold entity
 * another predicted entity already took; otherwise a false positive.
 */
export function scoreEntities(predicted: readonly ResolvedEntity[], gold: GoldDocument): PartScore {
  const required = gold.entities.map(toGoldItem);
  const optional = gold.optional.map(toGoldItem);
  const items: PredictedItem[] = predicted.map((entity) => ({ entity, names: nameSet([entity.name, ...entity.aliases]) }));
  const { pairs, unmatchedPredicted, unmatchedGold } = matchOneToOne(items, required, fit);

  const counts = new Map<EntityType, { tp: number; fp: number; fn: number }>(entityTypes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  const neutral: Neutral[] = [];
  for (const { gold: g } of pairs) counts.get(g.entity.type)!.tp++;

  for (const g of unmatchedGold) {
    counts.get(g.entity.type)!.fn++;
    const otherType = items.find((p) => sameNames(p, g));
    const detail = otherType ? `found as ${otherType.entity.type} '${otherType.entity.name}'` : null;
    misses.push({ metric: g.entity.type, kind: 'missed', name: g.entity.name, detail });
  }

  for (const p of unmatchedPredicted) {
    const { name, type } = p.entity;
    const opt = optional.find((o) => fit(p, o) !== null);
    if (opt) {
      neutral.push({ metric: type, name, gold: opt.entity.name });
      continue;
    }
    counts.get(type)!.fp++;
    const taken = pairs.find((x) => fit(p, x.gold) !== null);
    const namesake = [...required, ...optional].find((g) => sameNames(p, g));
    const detail = taken
      ? `duplicate: gold '${taken.gold.entity.name}' is matched by '${taken.predicted.entity.name}'`
      : namesake
        ? `the gold has '${namesake.entity.name}' as ${namesake.types.join(' or ')}`
        : null;
    misses.push({ metric: type, kind: 'false-positive', name, detail });
  }

  const tallies: Partial<Record<EntityType, Tally>> = Object.fromEntries(counts);
  return { tallies, misses, neutral };
}
