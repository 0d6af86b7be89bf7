// extract: parsed minutes → the document's own names and facts, before corpus resolution.
import type { ParsedMinutes } from '../parse/parse-minutes.ts';
import type { Registry } from '../registry.ts';
import type { DocumentExtraction, ExtractContext, Extractor } from './context.ts';
import { hyphenation } from './hyphenation.ts';
import { absences, memberships, projectRoles } from './relations.ts';
import { runningText } from './running-text.ts';
import { attendance, headings, meeting } from './structure.ts';

/** Bumped whenever a rule changes what is extracted, so cached extractions are redone. */
export const extractorVersion = '3';

/** Run in this order: later extractors read what earlier ones found. */
export const extractors: readonly Extractor[] = [meeting, attendance, runningText, hyphenation, headings, memberships, projectRoles, absences];

export function extractDocument(parsed: ParsedMinutes, registry: Registry): DocumentExtraction {
  const ctx: ExtractContext = {
    parsed,
    registry,
    out: { meeting: null, attendees: [], minuteTaker: null, candidates: [], firstNames: [], memberships: [], projectRoles: [], absentees: [], sections: [], aliases: [], warnings: [] },
  };
  for (const extractor of extractors) extractor.run(ctx);
  const { out } = ctx;
  return {
    docId: parsed.doc.id,
    path: parsed.doc.path,
    meeting: out.meeting!,
    attendees: out.attendees,
    minuteTaker: out.minuteTaker,
    candidates: out.candidates.sort((a, b) => a.start - b.start || b.end - a.end),
    firstNames: out.firstNames,
    memberships: out.memberships,
    projectRoles: out.projectRoles,
    absentees: out.absentees,
    sections: out.sections,
    aliases: out.aliases,
    warnings: out.warnings,
  };
}
