// Every named query: its access mode, its parameters and the shape of its rows. The Cypher
// itself lives in cypher/<read|write>/<name>.cypher; test/cypher/registry.test.ts checks
// that each file's `$params` are exactly the ones registered here and that no file is left out.
import { readFileSync } from 'node:fs';
import type { relationshipTypes, NodeLabel, RelationshipType } from './model.ts';

export type QueryMode = 'READ' | 'WRITE';

/** What Neo4j can store as a property (the pipeline uses no nested maps). */
export type PropertyValue = string | number | boolean | null | readonly string[] | readonly number[];
export type PropertyMap = Readonly<Record<string, PropertyValue>>;

/** Node labels written from a document's `nodes`; Document nodes come from `merge-documents`. */
export type NodeRowLabel = Exclude<NodeLabel, 'Document'>;

export interface NodeRow {
  readonly id: string;
  /** Every property of the node, `id` included: it replaces what the node had. */
  readonly props: PropertyMap;
}

/** A fact to create; its query (factCreateQueries) names its type and its end's label. */
export interface FactRow {
  readonly from: string;
  readonly to: string;
  readonly props: PropertyMap;
}

export interface DocumentParams {
  readonly id: string;
  readonly path: string;
  readonly sha256: string;
  readonly format: string;
  readonly text: string;
  readonly ingestedAt: string;
  readonly extraction: string;
  readonly extractorVersion: string;
  readonly factsHash: string;
}

export interface StoredDocumentRow {
  readonly id: string;
  readonly path: string;
  readonly sha256: string;
  readonly format: string;
  readonly text: string;
  readonly extraction: string | null;
  readonly extractorVersion: string | null;
}

export interface SearchRow {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: string[];
  readonly category: string | null;
  readonly score: number;
}

/** A fact's provenance as the API queries return it (a map of the relationship's properties). */
export interface SourceRow {
  readonly doc: string;
  readonly start: number | null;
  readonly end: number | null;
}

/** A meeting as list queries return it; sortDate is the date, else the start of its window. */
export interface MeetingRow {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly sortDate: string | null;
}

/** A person's attendance fact, with the meeting's group. */
export type PersonMeetingRow = MeetingRow & { role: string | null; present: boolean; groupId: string | null; groupName: string | null; source: SourceRow };

export interface EntityRow {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: string[];
  readonly category: string | null;
  /** get-entity only: the category was read from the name's shape. */
  readonly categoryInferred?: boolean;
}

export interface NamedRow {
  readonly id: string;
  readonly name: string;
}

export interface TypedRefRow extends NamedRow {
  readonly type: string;
}

export interface SeenRow extends NamedRow {
  readonly first: string | null;
  readonly last: string | null;
}

/** One network edge as the network queries return it. */
export interface EdgeRow {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly weight: number;
  readonly first: string | null;
  readonly last: string | null;
}

export interface NodeCardRow {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  readonly category: string | null;
  readonly weight: number;
  readonly date: string | null;
}

export interface LaneRow extends NamedRow {
  readonly meetings: (MeetingRow & SourceRow)[];
}

/** Which timeline lanes: by id (null: every one), the meetings of a period, the busiest `limit`. */
export interface LanesParams {
  readonly ids: string[] | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly limit: number;
}

/** A fact's span with the text it covers (null where the fact has no span). */
export interface QuotedSourceRow {
  readonly path: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string | null;
}

/** Where one derived-network edge comes from. */
export interface EdgeProvenanceRow {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly meetings: string[];
  readonly documents: string[];
  readonly sources: QuotedSourceRow[];
}

/** A meeting with the people present and whom they represented (list-meeting-involvement). */
export interface InvolvementMeetingRow extends MeetingRow {
  readonly groupId: string | null;
  readonly groupName: string | null;
  readonly docId: string;
  readonly path: string;
  readonly attendees: { id: string; name: string; organisations: { id: string; name: string; category: string | null }[] }[];
}

export interface QuerySpec<M extends QueryMode, P, R> {
  readonly mode: M;
  readonly params: readonly (keyof P & string)[];
  /** Never set: carries the Params and Row types of the query. */
  readonly types?: { readonly params: P; readonly row: R };
}

/** `define<Params, Row>()(mode, {param: true, …})`: the object must name every parameter, no more. */
function define<P extends object = {}, R = never>() {
  return <M extends QueryMode>(mode: M, params: { readonly [K in keyof P]-?: true }): QuerySpec<M, P, R> => ({
    mode,
    params: Object.keys(params) as (keyof P & string)[],
  });
}

type Rows<T> = { readonly rows: readonly T[] };
const nodeRows = define<Rows<NodeRow>>();
const factRows = define<Rows<FactRow>, { created: number }>();
/** A read query whose one parameter is a node id. */
const byId = <R>() => define<{ id: string }, R>()('READ', { id: true });
type NetworkParams = { from: string | null; to: string | null; minWeight: number; limit: number };
const networkQuery = () => define<NetworkParams, EdgeRow>()('READ', { from: true, to: true, minWeight: true, limit: true });

type PeriodParams = { from: string | null; to: string | null };
/** A provenance query of a derived network: the same period parameters as the network's query. */
const provenanceQuery = <R>() => define<PeriodParams, R>()('READ', { from: true, to: true });

export const queries = {
  'list-document-hashes': define<{}, { id: string; factsHash: string | null }>()('READ', {}),
  'list-stored-documents': define<{}, StoredDocumentRow>()('READ', {}),
  'dump-nodes': define<{}, { labels: string[]; props: PropertyMap }>()('READ', {}),
  'dump-relationships': define<{}, { type: string; fromId: string; toId: string; props: PropertyMap }>()('READ', {}),
  'count-nodes-by-label': define<{}, { label: string; total: number }>()('READ', {}),
  'count-meetings-without-sort-date': define<{}, { meetings: number }>()('READ', {}),
  'count-relationships-by-type': define<{}, { type: string; total: number }>()('READ', {}),
  'get-meeting-date-span': define<{}, { first: string; last: string }>()('READ', {}),

  // The HTTP API's queries (server/api/handlers).
  'search-entities': define<{ query: string; types: string[]; limit: number }, SearchRow>()('READ', { query: true, types: true, limit: true }),
  'get-entity': byId<EntityRow>(),
  'find-entities-by-name': define<{ name: string }, EntityRow>()('READ', { name: true }),
  'get-person-profile': byId<{
    organisations: (TypedRefRow & SeenRow & { category: string | null; sources: SourceRow[] })[];
    meetings: PersonMeetingRow[];
    projects: (NamedRow & { roles: string[]; sources: SourceRow[] })[];
    coAttendees: (NamedRow & { shared: number })[];
  }>(),
  'list-person-meetings': byId<PersonMeetingRow>(),
  'list-organisation-people': byId<SeenRow & { sources: SourceRow[] }>(),
  'list-organisation-meetings': byId<MeetingRow & { representatives: TypedRefRow[] }>(),
  'list-organisation-projects': byId<NamedRow & { meetings: number }>(),
  'list-project-people': byId<NamedRow & { roles: string[]; sources: SourceRow[] }>(),
  'list-project-organisations': byId<NamedRow & { category: string | null; sources: SourceRow[] }>(),
  'list-project-meetings': byId<MeetingRow & { sections: string[]; sources: SourceRow[] }>(),
  'list-group-meetings': byId<MeetingRow & { attendees: number; source: SourceRow }>(),
  'list-group-members': byId<SeenRow & { attended: number }>(),
  'list-group-projects': byId<NamedRow & { meetings: number }>(),
  'get-meeting-record': byId<{
    title: string; date: string | null; dateCertainty: string | null; dateFrom: string | null; dateTo: string | null;
    docId: string | null; groupId: string | null; groupName: string | null;
  }>(),
  'list-meeting-attendees': byId<NamedRow & { role: string | null; present: boolean; organisations: TypedRefRow[]; source: SourceRow }>(),
  'list-meeting-discussed': byId<TypedRefRow & { sources: SourceRow[] }>(),
  'list-mentioning-meetings': byId<MeetingRow & { sources: SourceRow[] }>(),
  'list-neighbourhood-nodes': define<{ id: string; depth: number; limit: number }, { id: string; distance: number; degree: number }>()(
    'READ', { id: true, depth: true, limit: true },
  ),
  'list-node-cards': define<{ ids: string[] }, NodeCardRow>()('READ', { ids: true }),
  'list-edges-among': define<{ ids: string[] }, EdgeRow>()('READ', { ids: true }),
  'list-co-attendance-network': networkQuery(),
  'list-organisation-network': networkQuery(),
  'list-person-project-network': networkQuery(),
  'find-shortest-path': define<{ from: string; to: string }, { ids: string[] }>()('READ', { from: true, to: true }),
  'list-group-lanes': define<LanesParams, LaneRow>()('READ', { ids: true, from: true, to: true, limit: true }),
  'list-project-lanes': define<LanesParams, LaneRow>()('READ', { ids: true, from: true, to: true, limit: true }),
  'list-group-lanes-in-period': define<Omit<LanesParams, 'ids'>, LaneRow>()('READ', { from: true, to: true, limit: true }),
  'list-project-lanes-in-period': define<Omit<LanesParams, 'ids'>, LaneRow>()('READ', { from: true, to: true, limit: true }),
  'get-document': byId<{
    id: string; path: string; text: string; extraction: string | null;
    meetingId: string | null; meetingTitle: string | null; meetingDate: string | null;
  }>(),
  'list-document-mentions': byId<TypedRefRow & { start: number; end: number }>(),

  // User involvement and tenure-aware attendance (analysis/involvement.ts, analysis/tenure.ts).
  'list-meeting-involvement': define<{ group: string | null; from: string | null; to: string | null }, InvolvementMeetingRow>()(
    'READ', { group: true, from: true, to: true },
  ),
  'list-group-attendance': byId<MeetingRow & {
    listed: { id: string; name: string; present: boolean }[];
    stated: { id: string; name: string }[];
  }>(),

  // Analysis and exports (analysis/): provenance of the derived networks' edges, the corpus an
  // export names, the person × meeting incidence, names to pseudonymise, period comparison.
  'list-corpus-documents': define<{}, { id: string; path: string; sha256: string }>()('READ', {}),
  'list-co-attendance-provenance': provenanceQuery<EdgeProvenanceRow>(),
  'list-organisation-provenance': provenanceQuery<EdgeProvenanceRow & { projects: string[] }>(),
  'list-person-project-provenance': provenanceQuery<EdgeProvenanceRow>(),
  'list-node-documents': define<{ ids: string[]; from: string | null; to: string | null }, { id: string; documents: string[] }>()(
    'READ', { ids: true, from: true, to: true },
  ),
  'list-person-names': define<{}, { id: string; name: string; aliases: string[]; mentions: string[] }>()('READ', {}),
  'list-attendance-incidence': define<PeriodParams, {
    person: string; name: string; meeting: string; title: string | null; date: string | null; present: boolean; source: QuotedSourceRow;
  }>()('READ', { from: true, to: true }),
  'list-group-attendees': define<{ id: string } & PeriodParams, SeenRow & { meetings: number; held: number }>()(
    'READ', { id: true, from: true, to: true },
  ),

  'merge-documents': define<{ rows: DocumentParams[] }>()('WRITE', { rows: true }),
  'delete-documents-facts': define<{ docs: string[] }>()('WRITE', { docs: true }),
  'delete-document': define<{ doc: string }>()('WRITE', { doc: true }),
  'delete-orphan-nodes': define()('WRITE', {}),
  'delete-graph': define()('WRITE', {}),

  'merge-person-nodes': nodeRows('WRITE', { rows: true }),
  'merge-organisation-nodes': nodeRows('WRITE', { rows: true }),
  'merge-group-nodes': nodeRows('WRITE', { rows: true }),
  'merge-project-nodes': nodeRows('WRITE', { rows: true }),
  'merge-event-nodes': nodeRows('WRITE', { rows: true }),
  'merge-place-nodes': nodeRows('WRITE', { rows: true }),
  'merge-meeting-nodes': nodeRows('WRITE', { rows: true }),

  'create-attended-facts': factRows('WRITE', { rows: true }),
  'create-member-of-organisation-facts': factRows('WRITE', { rows: true }),
  'create-member-of-group-facts': factRows('WRITE', { rows: true }),
  'create-works-on-facts': factRows('WRITE', { rows: true }),
  'create-takes-part-in-facts': factRows('WRITE', { rows: true }),
  'create-held-facts': factRows('WRITE', { rows: true }),
  'create-recorded-in-facts': factRows('WRITE', { rows: true }),
  'create-discussed-project-facts': factRows('WRITE', { rows: true }),
  'create-discussed-organisation-facts': factRows('WRITE', { rows: true }),
  'create-discussed-event-facts': factRows('WRITE', { rows: true }),
  'create-discussed-group-facts': factRows('WRITE', { rows: true }),
  'create-mentions-person-facts': factRows('WRITE', { rows: true }),
  'create-mentions-organisation-facts': factRows('WRITE', { rows: true }),
  'create-mentions-group-facts': factRows('WRITE', { rows: true }),
  'create-mentions-project-facts': factRows('WRITE', { rows: true }),
  'create-mentions-event-facts': factRows('WRITE', { rows: true }),
  'create-mentions-place-facts': factRows('WRITE', { rows: true }),

  // One ingest at a time (ingest/ingest-lock.ts): held open through gateway.hold, never committed.
  'hold-ingest-lock': define<{ lock: string }>()('WRITE', { lock: true }),
} as const;

export type QueryName = keyof typeof queries;
type Types<N extends QueryName> = NonNullable<(typeof queries)[N]['types']>;
export type Params<N extends QueryName> = Types<N>['params'];
export type Row<N extends QueryName> = Types<N>['row'];
export type ReadQueryName = { [N in QueryName]: (typeof queries)[N]['mode'] extends 'READ' ? N : never }[QueryName];
export type WriteQueryName = Exclude<QueryName, ReadQueryName>;

/** The query that merges a document's nodes of each label (labels cannot be parameters). */
export const nodeMergeQueries = {
  Person: 'merge-person-nodes',
  Organisation: 'merge-organisation-nodes',
  Group: 'merge-group-nodes',
  Project: 'merge-project-nodes',
  Event: 'merge-event-nodes',
  Place: 'merge-place-nodes',
  Meeting: 'merge-meeting-nodes',
} as const satisfies Record<NodeRowLabel, WriteQueryName>;

type EndLabel<T extends RelationshipType> = (typeof relationshipTypes)[T]['to'][number];

/**
 * The query that creates facts of each relationship type ending at each label the model allows.
 * A MATCH on several labels (`(b:Person|Organisation {id: …})`) seeks every one of their
 * indexes for each row; one query per end label seeks one.
 */
export const factCreateQueries = {
  ATTENDED: { Meeting: 'create-attended-facts' },
  MEMBER_OF: { Organisation: 'create-member-of-organisation-facts', Group: 'create-member-of-group-facts' },
  WORKS_ON: { Project: 'create-works-on-facts' },
  TAKES_PART_IN: { Project: 'create-takes-part-in-facts' },
  HELD: { Meeting: 'create-held-facts' },
  RECORDED_IN: { Document: 'create-recorded-in-facts' },
  DISCUSSED: {
    Project: 'create-discussed-project-facts', Organisation: 'create-discussed-organisation-facts',
    Event: 'create-discussed-event-facts', Group: 'create-discussed-group-facts',
  },
  MENTIONS: {
    Person: 'create-mentions-person-facts', Organisation: 'create-mentions-organisation-facts', Group: 'create-mentions-group-facts',
    Project: 'create-mentions-project-facts', Event: 'create-mentions-event-facts', Place: 'create-mentions-place-facts',
  },
} as const satisfies { readonly [T in RelationshipType]: Readonly<Record<EndLabel<T>, WriteQueryName>> };

/** The query that creates `type` facts ending at a `toLabel` node; undefined if the model allows no such end. */
export function factCreateQuery(type: RelationshipType, toLabel: NodeLabel): WriteQueryName | undefined {
  return (factCreateQueries[type] as Partial<Record<NodeLabel, WriteQueryName>>)[toLabel];
}

export function isQueryName(name: string): name is QueryName {
  return Object.hasOwn(queries, name);
}

/** Where a query's Cypher lives: read/ or write/ by its mode. */
export function queryFile(name: QueryName): URL {
  const folder = queries[name].mode === 'READ' ? 'read' : 'write';
  return new URL(`./${folder}/${name}.cypher`, import.meta.url);
}

const texts = new Map<QueryName, string>();

/** The Cypher of a named query, read once and cached. */
export function queryText(name: QueryName): string {
  let text = texts.get(name);
  if (text === undefined) {
    if (!isQueryName(name)) throw new Error(`unknown query '${String(name)}': register it in cypher/registry.ts`);
    text = readFileSync(queryFile(name), 'utf8');
    texts.set(name, text);
  }
  return text;
}
