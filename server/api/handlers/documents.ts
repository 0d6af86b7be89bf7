// GET /api/documents/:id and GET /api/provenance: a document's text, and the quote behind a fact.
import type { Gateway } from '../../../cypher/gateway.ts';
import { ApiError, notFound } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { DocumentText, MeetingRef, Mention, Provenance } from '../shapes.ts';
import { ref } from './rows.ts';

/** How much text the provenance view shows either side of the quote. */
const contextChars = 200;

async function readDocument(gateway: Gateway, id: string) {
  const [document] = await gateway.read('get-document', { id });
  if (!document) throw notFound(`document '${id}'`);
  const meeting: MeetingRef | null = document.meetingId
    ? { id: document.meetingId, title: document.meetingTitle ?? document.meetingId, date: document.meetingDate ?? null }
    : null;
  return { ...document, meeting };
}

/**
 * Mentions sorted by start, none overlapping another: of two that overlap the longer stays (the
 * earlier when they are as long), so a full name wins over the part of it that is also a name.
 */
export function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const byPreference = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.id.localeCompare(b.id));
  const kept: Mention[] = [];
  for (const m of byPreference) {
    if (m.end <= m.start) continue;
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export async function documentText({ gateway }: RouteContext, { params }: { params: { id: string } }): Promise<DocumentText> {
  const [document, rows] = await Promise.all([readDocument(gateway, params.id), gateway.read('list-document-mentions', { id: params.id })]);
  const mentions = rows
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end <= document.text.length)
    .map((r) => ({ ...ref(r.id, r.type, r.name), start: r.start, end: r.end }));
  return { id: document.id, path: document.path, meeting: document.meeting, text: document.text, mentions: withoutOverlaps(mentions) };
}

export async function provenance(
  { gateway }: RouteContext,
  { query }: { query: { doc: string; start: number; end: number } },
): Promise<Provenance> {
  const document = await readDocument(gateway, query.doc);
  const { text } = document;
  if (query.end > text.length) {
    throw new ApiError(400, 'bad_request', `query parameter 'end': ${query.end} is beyond the end of document '${query.doc}' (${text.length} characters)`);
  }
  return {
    document: { id: document.id, path: document.path },
    meeting: document.meeting,
    start: query.start,
    end: query.end,
    quote: text.slice(query.start, query.end),
    before: text.slice(Math.max(0, query.start - contextChars), query.start),
    after: text.slice(query.end, query.end + contextChars),
  };
}
