// The graph model, declared once. Labels, relationship types (with their ends), keys and
// display fields live here; schema.cypher, TypeScript types, styles and exports derive from it.

export const nodeLabels = {
  Person: { key: 'id', display: 'name', entityType: 'person' },
  Organisation: { key: 'id', display: 'name', entityType: 'organisation' },
  Group: { key: 'id', display: 'name', entityType: 'group' },
  Project: { key: 'id', display: 'name', entityType: 'project' },
  Event: { key: 'id', display: 'name', entityType: 'event' },
  Place: { key: 'id', display: 'name', entityType: 'place' },
  Meeting: { key: 'id', display: 'title', entityType: null },
  Document: { key: 'id', display: 'path', entityType: null },
} as const;

export type NodeLabel = keyof typeof nodeLabels;

/** Entity types of the extraction contract (DESIGN.md), each mapped to its node label. */
export const entityLabels = {
  person: 'Person',
  organisation: 'Organisation',
  group: 'Group',
  project: 'Project',
  event: 'Event',
  place: 'Place',
} as const satisfies Record<string, NodeLabel>;

export type EntityType = keyof typeof entityLabels;
export type EntityLabel = (typeof entityLabels)[EntityType];
export const entityTypes = Object.keys(entityLabels) as EntityType[];

export const relationshipTypes = {
  ATTENDED: { from: ['Person'], to: ['Meeting'], props: ['present', 'role'] },
  // cue 'attendance': the attendance list says whom the person represented at that meeting.
  MEMBER_OF: { from: ['Person'], to: ['Organisation', 'Group'], props: ['role', 'cue'] },
  WORKS_ON: { from: ['Person'], to: ['Project'], props: ['role'] },
  TAKES_PART_IN: { from: ['Organisation'], to: ['Project'], props: [] },
  HELD: { from: ['Group'], to: ['Meeting'], props: [] },
  RECORDED_IN: { from: ['Meeting'], to: ['Document'], props: [] },
  DISCUSSED: { from: ['Meeting'], to: ['Project', 'Organisation', 'Event', 'Group'], props: ['section'] },
  MENTIONS: { from: ['Document'], to: ['Person', 'Organisation', 'Group', 'Project', 'Event', 'Place'], props: ['text'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[]; props: readonly string[] }>;

export type RelationshipType = keyof typeof relationshipTypes;

export const organisationCategories = [
  'municipal-administration',
  'political-body',
  'user-organisation',
  'association',
  'region',
  'state',
  'academia',
  'company',
  'other',
] as const;

export type OrganisationCategory = (typeof organisationCategories)[number];

export const dateCertainties = ['stated', 'inferred', 'unknown'] as const;
export type DateCertainty = (typeof dateCertainties)[number];

/** Stable node id: type + normalised canonical name (DESIGN.md). */
export function entityId(type: EntityType, name: string): string {
  return `${type}:${normaliseKey(name)}`;
}

/**
 * A document's meeting: one per document, its id derived from the document's. Read queries
 * rely on it to reach the meeting of a fact's `doc` by an index seek ('meeting:' + r.doc)
 * instead of through RECORDED_IN, which reads every relationship of the document.
 */
export function meetingId(doc: string): string {
  return `meeting:${doc}`;
}

/**
 * A meeting's date for ordering and for period filters: the stated or inferred date, else the
 * start of the window it falls in. Stored on the node as `sortDate` (with an index, see
 * rangeIndexes) so that a period is an index seek, not a read of every meeting's two dates.
 */
export function meetingSortDate(meeting: { readonly date: string | null; readonly dateFrom: string | null }): string | null {
  return meeting.date ?? meeting.dateFrom ?? null;
}

/** Node properties that read queries compare by range: one range index each (schema.cypher). */
export const rangeIndexes = {
  Meeting: ['sortDate'],
} as const satisfies Partial<Record<NodeLabel, readonly string[]>>;

/** Case-, whitespace- and dash-insensitive key; Swedish letters are kept as they are. */
export function normaliseKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
