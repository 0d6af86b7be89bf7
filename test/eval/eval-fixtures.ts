// Tiny hand-made predicted documents and gold files for the scorer's tests.
import type { EntityType } from '../../cypher/model.ts';
import { parseGoldDocument } from '../../ingest/eval/gold.ts';
import type { ResolvedAttendee, ResolvedDocument, ResolvedEntity } from '../../ingest/resolve/resolved.ts';

export const span = { start: 0, end: 1 };

export function entity(type: EntityType, name: string, aliases: string[] = []): ResolvedEntity {
  return { name, type, aliases, category: null, categoryInferred: false, mentions: [] };
}

export function attendee(name: string, organisation: string | null = null, present = true): ResolvedAttendee {
  return { name, organisation, organisations: organisation ? [organisation] : [], role: null, present, ...span };
}

export type Predicted = Partial<Omit<ResolvedDocument, 'meeting'>> & { meeting?: Partial<ResolvedDocument['meeting']> };

export function predictedDoc(p: Predicted = {}): ResolvedDocument {
  const { meeting, ...rest } = p;
  return {
    source: 'minutes/m1.txt',
    docId: 'doc:0',
    minuteTaker: null,
    minuteTakerSpan: null,
    attendees: [],
    entities: [],
    memberships: [],
    projectRoles: [],
    discussed: [],
    unresolved: [],
    warnings: [],
    ...rest,
    meeting: { title: 't', group: null, groupSpan: null, date: '2016-04-04', dateCertainty: 'stated', dateFrom: null, dateTo: null, ...meeting },
  };
}

export function goldDoc(g: Record<string, unknown> = {}) {
  return parseGoldDocument(
    { document: 'm1.txt', meeting: { group: null, date: '2016-04-04' }, minuteTaker: null, attendees: [], entities: [], ...g },
    'gold/m1.json',
  );
}
