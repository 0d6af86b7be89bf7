// From entities in the graph to a registry edit: which list the decision goes in, and every
// spelling it covers. Shared by the CLI (names) and the API (ids).
import { normaliseKey } from '../cypher/model.ts';
import { type CuratedKind, CurationError, type MergeEdit, type SplitEdit } from './curation.ts';

export interface CuratedEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

const kindOf: Record<string, CuratedKind> = { person: 'persons', organisation: 'organisations', group: 'groups', project: 'projects' };

export function curatedKind(entity: CuratedEntity): CuratedKind {
  const kind = kindOf[entity.type];
  if (!kind) throw new CurationError(`${entity.name} is a ${entity.type}: only persons, organisations, groups and projects can be merged or split`);
  return kind;
}

/** `others` are `into`: the registry lists their names and spellings under `into`'s name. */
export function planMerge(into: CuratedEntity, others: readonly CuratedEntity[]): MergeEdit {
  const kind = curatedKind(into);
  for (const other of others) {
    if (other.id === into.id) throw new CurationError(`cannot merge ${into.name} with itself`);
    // A person is never an organisation, group or project; those three may be read as one another.
    if ((other.type === 'person') !== (into.type === 'person')) throw new CurationError(`cannot merge the ${other.type} ${other.name} into the ${into.type} ${into.name}`);
    curatedKind(other);
  }
  return { op: 'merge', kind, into: into.name, names: others.flatMap((o) => [o.name, ...o.aliases]) };
}

/** `name`, one of the entity's spellings, stands for someone or something else. */
export function planSplit(entity: CuratedEntity, name: string): SplitEdit {
  const kind = curatedKind(entity);
  const spelling = entity.aliases.find((a) => normaliseKey(a) === normaliseKey(name));
  if (!spelling) {
    const known = entity.aliases.length ? `its other spellings: ${entity.aliases.join(', ')}` : 'it has no other spellings';
    throw new CurationError(`'${name}' is not a spelling of ${entity.name} (${known})`);
  }
  return { op: 'split', kind, entity: entity.name, name: spelling };
}
