// A meeting's profile: who was there (and who was not), what it discussed and decided.
import { z } from 'zod';
import type { Gateway } from '../../../cypher/gateway.ts';
import { findDecisions } from '../decisions.ts';
import { notFound } from '../errors.ts';
import type { Entity, MeetingProfile } from '../shapes.ts';
import { ref, source } from './rows.ts';

// The stored extraction is the ingest's own JSON; only its section headings are read here, and
// a document stored without one (or by an older extractor) simply has no topics.
const StoredSections = z.object({
  sections: z.array(z.object({ heading: z.string(), start: z.number().int(), end: z.number().int() })),
});

function topicsOf(extraction: string | null): MeetingProfile['topics'] {
  if (!extraction) return [];
  try {
    const parsed = StoredSections.safeParse(JSON.parse(extraction));
    return parsed.success ? parsed.data.sections.map(({ heading, start, end }) => ({ heading, start, end })) : [];
  } catch {
    return [];
  }
}

export async function meetingProfile(gateway: Gateway, entity: Entity): Promise<MeetingProfile> {
  const id = entity.id;
  const [[meeting], attendance, discussed] = await Promise.all([
    gateway.read('get-meeting-record', { id }),
    gateway.read('list-meeting-attendees', { id }),
    gateway.read('list-meeting-discussed', { id }),
  ]);
  if (!meeting?.docId) throw notFound(`the document of meeting '${id}'`);
  const [document] = await gateway.read('get-document', { id: meeting.docId });
  if (!document) throw notFound(`document '${meeting.docId}'`);

  const people = attendance.map((a) => ({
    ...ref(a.id, 'person', a.name),
    role: a.role ?? null,
    present: a.present !== false,
    organisations: a.organisations.map((o) => ref(o.id, o.type, o.name)),
    source: source(a.source),
  }));
  const minuteTaker = people.find((p) => p.role === 'minute-taker');
  return {
    type: 'meeting',
    entity,
    date: meeting.date ?? null,
    dateCertainty: meeting.dateCertainty ?? null,
    dateFrom: meeting.dateFrom ?? null,
    dateTo: meeting.dateTo ?? null,
    group: meeting.groupId ? ref(meeting.groupId, 'group', meeting.groupName ?? meeting.groupId) : null,
    document: { id: document.id, path: document.path },
    attendees: people.filter((p) => p.present).map(({ present: _, ...p }) => p),
    absentees: people.filter((p) => !p.present).map(({ present: _, ...p }) => p),
    minuteTaker: minuteTaker ? { ...ref(minuteTaker.id, 'person', minuteTaker.name), source: minuteTaker.source } : null,
    topics: topicsOf(document.extraction),
    decisions: findDecisions(document.text),
    discussed: discussed.map((d) => ({ ...ref(d.id, d.type, d.name), sources: d.sources.map(source) })),
  };
}
