// A generated document's gold annotation, in the format of shared/eval/seeds-gold (checked by
// ingest/eval/gold.ts): what the text says, derived from what the builder recorded.
import type { DocBuilder } from './doc-builder.ts';
import { fullName } from './name-forms.ts';
import type { World } from './population.ts';

type EntityType = 'person' | 'organisation' | 'group' | 'project' | 'event' | 'place';

export interface GoldEntityJson {
  type: EntityType;
  name: string;
  aliases?: string[];
  alsoTypes?: EntityType[];
}

export interface GoldDocumentJson {
  document: string;
  meeting: { group: string | null; date: string | null; dateCertainty: 'stated' };
  minuteTaker: string | null;
  attendees: { name: string; organisation: string | null }[];
  absent: string[];
  entities: GoldEntityJson[];
  optional: GoldEntityJson[];
  memberships: { person: string; organisation: string; optional?: boolean }[];
}

// A board ("Socialnämnden") or working group may be taken for an organisation; a working
// group's project for a group: the seeds' gold allows the same.
const alsoTypesOf: Readonly<Record<string, EntityType[]>> = { group: ['organisation', 'project'], project: ['group'] };

export function goldDocument(b: DocBuilder, world: World, document: string): GoldDocumentJson {
  const name = (id: number) => fullName(world.persons[id]!);
  const persons: GoldEntityJson[] = [...b.personSurfaces].map(([id, forms]) => {
    const aliases = [...forms].filter((f) => f !== name(id)).sort();
    return { type: 'person', name: name(id), ...(aliases.length ? { aliases } : {}) };
  });
  const others: GoldEntityJson[] = [...b.entities.values()].map((e) => ({
    type: e.type,
    name: e.name,
    ...(e.aliases.size ? { aliases: [...e.aliases].sort() } : {}),
    ...(alsoTypesOf[e.type] ? { alsoTypes: alsoTypesOf[e.type] } : {}),
  }));
  return {
    document,
    meeting: { group: b.group, date: b.date, dateCertainty: 'stated' },
    minuteTaker: b.minuteTaker === null ? null : name(b.minuteTaker),
    attendees: b.attendees.filter((a) => a.present).map((a) => ({ name: name(a.personId), organisation: a.organisation })),
    absent: b.attendees.filter((a) => !a.present).map((a) => name(a.personId)),
    entities: [...persons, ...others],
    // A heading may be read as the name of a project or an event, a room as a place or a body.
    optional: [...b.optional.values()].map((o) => ({ type: o.type, name: o.name, alsoTypes: o.type === 'project' ? ['event', 'group', 'organisation'] : ['organisation', 'project'] })),
    memberships: b.memberships.map((m) => ({ person: name(m.personId), organisation: m.organisation, ...(m.optional ? { optional: true } : {}) })),
  };
}
