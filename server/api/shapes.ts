// The HTTP API's contract: what each route accepts (validated at the boundary) and what it
// returns. The OpenAPI document is generated from these schemas, the server's handlers are
// typed by them, the API tests parse responses with them, and web/ imports the types.
import { z } from 'zod';

// ---------------------------------------------------------------- inputs

/** Node types a client can ask for by name; `meeting` ids are `meeting:doc:…`. */
export const entityTypes = ['person', 'organisation', 'group', 'project', 'event', 'place', 'meeting'] as const;
export const EntityType = z.enum(entityTypes);
export type EntityType = z.infer<typeof EntityType>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const id = z.string().min(3).max(300).describe('a node id, e.g. person:anna andersson or meeting:doc:1a2b…');

/** A comma-separated list of entity types, e.g. `person,organisation`. */
const typeList = z
  .string()
  .max(200)
  .transform((s, ctx) => {
    const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
    const bad = parts.filter((p) => !(entityTypes as readonly string[]).includes(p));
    if (bad.length) ctx.addIssue({ code: 'custom', message: `unknown type '${bad[0]}'; one of ${entityTypes.join(', ')}` });
    return parts as EntityType[];
  })
  .describe(`comma-separated entity types: ${entityTypes.join(', ')}`);

export const IdParams = z.object({ id });

/** Merge: these entities are the one in the path. */
export const MergeBody = z.object({ others: z.array(id).min(1).max(20).describe('ids of the entities that are the same as this one') });
/** Split: this spelling of the entity in the path stands for someone or something else. */
export const SplitBody = z.object({ name: z.string().trim().min(1).max(300).describe('one of the entity\'s other spellings (its aliases)') });

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200).describe('words or word prefixes; case and diacritics do not matter'),
  types: typeList.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const NeighbourhoodQuery = z.object({
  depth: z.coerce.number().int().min(1).max(2).default(1),
  limit: z.coerce.number().int().min(1).max(2000).default(200).describe('most nodes returned; the nearest and best-connected first'),
});

export const DateRange = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'from must not be after to', path: ['from'] });

export const networkKinds = ['co-attendance', 'organisations', 'person-project'] as const;
export const NetworkParams = z.object({ kind: z.enum(networkKinds) });
export const NetworkQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    minWeight: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(20000).default(5000).describe('most edges returned, heaviest first'),
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'from must not be after to', path: ['from'] });

export const PathQuery = z.object({ from: id, to: id });

export const timelineKinds = ['groups', 'projects'] as const;
export const TimelineParams = z.object({ kind: z.enum(timelineKinds) });
/** At most this many lanes asked for by id in one request. */
export const maxTimelineIds = 50;
export const TimelineQuery = z
  .object({
    // Repeated, not comma-separated: a name (and so an id) may hold a comma.
    id: z
      .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(id).max(maxTimelineIds, `at most ${maxTimelineIds} ids`))
      .optional()
      .describe(`a lane by its id (a project's or group's, e.g. project:fritidsbanken); repeat for up to ${maxTimelineIds} lanes`),
    from: isoDate.optional().describe('only meetings on or after this day (undated meetings are then left out)'),
    to: isoDate.optional().describe('only meetings on or before this day'),
    limit: z.coerce.number().int().min(1).max(1000).default(200).describe('most lanes returned, those with most meetings (in the period) first'),
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'from must not be after to', path: ['from'] });

export const ProvenanceQuery = z
  .object({
    doc: z.string().min(3).max(100),
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(0),
  })
  .refine((r) => r.end >= r.start, { message: 'end must not be before start', path: ['end'] });

// ---------------------------------------------------------------- outputs

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Where a fact comes from: a document and a character span in its text (null when the whole document). */
export const Source = z.object({ doc: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable() });
export type Source = z.infer<typeof Source>;

export const Ref = z.object({ id: z.string(), type: EntityType, name: z.string() });
export type Ref = z.infer<typeof Ref>;

/** What a merge or split changed in the registry, and the entity as the graph now has it. */
export const Curation = z.object({ changes: z.array(z.string()), entity: Ref });
export type Curation = z.infer<typeof Curation>;

/** What forgetting a person did: the documents whose text lost the name, and how many mentions. */
export const Forgotten = z.object({ documentsRedacted: z.number().int(), namesCut: z.number().int(), orphansDeleted: z.number().int() });
export type Forgotten = z.infer<typeof Forgotten>;

export const Entity = Ref.extend({
  aliases: z.array(z.string()),
  category: z.string().nullable().describe('organisations only: the curated or inferred category'),
  categoryInferred: z.boolean().optional().describe('true when the category was read from the name\'s shape (-förvaltningen, -nämnden, Region X …), not curated'),
});
export type Entity = z.infer<typeof Entity>;

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({ connected: z.boolean(), message: z.string().nullable() }),
  counts: z.object({ nodes: z.record(z.string(), z.number()), relationships: z.record(z.string(), z.number()) }).nullable(),
  meetings: z
    .object({ first: z.string().nullable(), last: z.string().nullable() })
    .nullable()
    .describe('the first and last day meetings are held on (a date, else the start of the window); null while Neo4j cannot be reached'),
});
export type Health = z.infer<typeof Health>;

export const SearchHit = Entity.extend({ score: z.number() });
export const SearchResult = z.object({ query: z.string(), results: z.array(SearchHit) });
export type SearchResult = z.infer<typeof SearchResult>;

const MeetingRef = z.object({ id: z.string(), title: z.string(), date: z.string().nullable() });
export type MeetingRef = z.infer<typeof MeetingRef>;
const Seen = { first: z.string().nullable(), last: z.string().nullable() };

const PersonProfile = z.object({
  type: z.literal('person'),
  entity: Entity,
  organisations: z.array(Ref.extend({ category: z.string().nullable(), ...Seen, sources: z.array(Source) })),
  groups: z.array(Ref.extend({ meetings: z.number().int(), ...Seen })),
  meetings: z.array(MeetingRef.extend({ role: z.string().nullable(), present: z.boolean(), group: Ref.nullable(), source: Source })),
  projects: z.array(Ref.extend({ roles: z.array(z.string()), sources: z.array(Source) })),
  coAttendees: z.array(Ref.extend({ shared: z.number().int() })).describe('people at the same meetings, most shared meetings first'),
});

const OrganisationProfile = z.object({
  type: z.literal('organisation'),
  entity: Entity,
  people: z.array(Ref.extend({ ...Seen, sources: z.array(Source) })),
  projects: z.array(Ref.extend({ meetings: z.number().int() })),
  meetings: z.array(MeetingRef.extend({ representatives: z.array(Ref) })).describe('meetings where one of its people attended for it, in date order'),
});

const ProjectProfile = z.object({
  type: z.literal('project'),
  entity: Entity,
  people: z.array(Ref.extend({ roles: z.array(z.string()), sources: z.array(Source) })),
  organisations: z.array(Ref.extend({ category: z.string().nullable(), sources: z.array(Source) })),
  meetings: z.array(MeetingRef.extend({ sections: z.array(z.string()), sources: z.array(Source) })).describe('every meeting that discussed it, in date order'),
  ...Seen,
});

const GroupProfile = z.object({
  type: z.literal('group'),
  entity: Entity,
  meetings: z.array(MeetingRef.extend({ attendees: z.number().int(), source: Source.nullable() })),
  members: z.array(Ref.extend({ attended: z.number().int(), ...Seen })),
  projects: z.array(Ref.extend({ meetings: z.number().int() })),
  ...Seen,
});

const MeetingPerson = Ref.extend({ role: z.string().nullable(), organisations: z.array(Ref), source: Source });
const MeetingProfile = z.object({
  type: z.literal('meeting'),
  entity: Entity,
  date: z.string().nullable(),
  dateCertainty: z.string().nullable(),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  group: Ref.nullable(),
  document: z.object({ id: z.string(), path: z.string() }),
  attendees: z.array(MeetingPerson),
  absentees: z.array(MeetingPerson),
  minuteTaker: Ref.extend({ source: Source }).nullable(),
  topics: z.array(z.object({ heading: z.string(), start: z.number().int(), end: z.number().int() })),
  decisions: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int() })),
  discussed: z.array(Ref.extend({ sources: z.array(Source) })),
});

/** Events and places: where they are mentioned. */
const MentionedProfile = z.object({
  type: z.enum(['event', 'place']),
  entity: Entity,
  meetings: z.array(MeetingRef.extend({ sources: z.array(Source) })),
});

export const Profile = z.discriminatedUnion('type', [PersonProfile, OrganisationProfile, ProjectProfile, GroupProfile, MeetingProfile, MentionedProfile]);
export type Profile = z.infer<typeof Profile>;
export type PersonProfile = z.infer<typeof PersonProfile>;
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;
export type ProjectProfile = z.infer<typeof ProjectProfile>;
export type GroupProfile = z.infer<typeof GroupProfile>;
export type MeetingProfile = z.infer<typeof MeetingProfile>;
export type MentionedProfile = z.infer<typeof MentionedProfile>;

// Cytoscape.js elements (https://js.cytoscape.org/#notation/elements-json).
export const CyNode = z.object({
  data: z.object({
    id: z.string(),
    label: z.string(),
    type: EntityType,
    category: z.string().nullable(),
    weight: z.number().describe('meetings attended (people), meetings held or discussed in (others), or degree'),
    date: z.string().nullable().describe('meetings only'),
  }),
});
export const CyEdge = z.object({
  data: z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: z.string().describe('a relationship type, or CO_ATTENDED / TIED for derived networks'),
    weight: z.number(),
    first: z.string().nullable(),
    last: z.string().nullable(),
  }),
});
export const Elements = z.object({ nodes: z.array(CyNode), edges: z.array(CyEdge) });
export type CyNode = z.infer<typeof CyNode>;
export type CyEdge = z.infer<typeof CyEdge>;
export type Elements = z.infer<typeof Elements>;

export const Neighbourhood = z.object({ center: Ref, depth: z.number().int(), truncated: z.boolean(), elements: Elements });
export type Neighbourhood = z.infer<typeof Neighbourhood>;

export const Network = z.object({
  kind: z.enum(networkKinds),
  from: z.string().nullable(),
  to: z.string().nullable(),
  truncated: z.boolean(),
  elements: Elements,
});
export type Network = z.infer<typeof Network>;

export const ShortestPath = z.object({ from: Ref, to: Ref, length: z.number().int(), path: z.array(z.string()), elements: Elements });
export type ShortestPath = z.infer<typeof ShortestPath>;

export const Lane = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  meetings: z.array(MeetingRef.extend({ source: Source.nullable() })).describe('in date order; undated meetings last'),
});
export const Timeline = z.object({
  kind: z.enum([...timelineKinds, 'person']),
  from: z.string().nullable().describe('the period asked for, if any'),
  to: z.string().nullable(),
  truncated: z.boolean().describe('true when more lanes than the limit had meetings: the busiest were kept'),
  lanes: z.array(Lane).describe('lanes that start earlier first; a lane with no meeting (in the period) is left out'),
});
export type Lane = z.infer<typeof Lane>;
export type Timeline = z.infer<typeof Timeline>;

export const PersonTimeline = z.object({
  person: Ref,
  meetings: z.array(MeetingRef.extend({ role: z.string().nullable(), present: z.boolean(), group: Ref.nullable(), source: Source })),
});
export type PersonTimeline = z.infer<typeof PersonTimeline>;

export const Provenance = z.object({
  document: z.object({ id: z.string(), path: z.string() }),
  meeting: MeetingRef.nullable(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  before: z.string().describe('up to 200 characters before the quote'),
  after: z.string().describe('up to 200 characters after the quote'),
});
export type Provenance = z.infer<typeof Provenance>;

export const Mention = Ref.extend({ start: z.number().int(), end: z.number().int() });
export const DocumentText = z.object({
  id: z.string(),
  path: z.string(),
  meeting: MeetingRef.nullable(),
  text: z.string(),
  mentions: z.array(Mention).describe('entity mentions, by start offset; they never overlap'),
});
export type Mention = z.infer<typeof Mention>;
export type DocumentText = z.infer<typeof DocumentText>;
