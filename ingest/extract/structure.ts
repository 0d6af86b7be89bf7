// Extractors that read the document's structure: the meeting line, the attendance list, headings.
import { findDates, weekdays } from '../parse/dates.ts';
import { partyNames } from '../lexicon/index.ts';
import { genericHeadings } from '../lexicon/swedish.ts';
import type { Extractor } from './context.ts';
import { asciiBreaks, matchesAround } from './stretches.ts';
import { isGroupCompound } from './name-shapes.ts';

// "varannan måndag", "varje tisdag", "måndagar": the group's meeting rhythm. A phrase holds "dag"
// and only letters and spaces: it is looked for only around a "dag" (the pattern is slow under /iu).
const rhythmPattern = /\b(?:varannan|varje|var tredje|var fjärde)\s+(\p{L}+dag)|\b(\p{L}+dag)ar\b/giu;
const rhythmBreaks = asciiBreaks();

export const meeting: Extractor = {
  name: 'meeting',
  run(ctx) {
    const { title, doc } = ctx.parsed;
    const rhythm = new Set<number>();
    for (const { match: m } of matchesAround(doc.text, rhythmPattern, /dag/gi, rhythmBreaks)) {
      const day = weekdays[(m[1] ?? m[2] ?? '').toLowerCase()];
      if (day !== undefined) rhythm.add(day);
    }
    const group = title?.name ? { name: title.name.text, start: title.name.start, end: title.name.end } : null;
    ctx.out.meeting = {
      title: title?.text ?? '',
      titleSpan: title ? { start: title.start, end: title.end } : null,
      group,
      date: title?.date ?? null,
      dates: findDates(doc.text),
      rhythm: [...rhythm].sort(),
    };
    if (!title) ctx.out.warnings.push({ message: 'no title line: the meeting has no name or date', rule: 'meeting/no-title', lineNo: null });
    else if (!title.date) ctx.out.warnings.push({ message: `no date in the title '${title.text}'`, rule: 'meeting/no-date', lineNo: 1 });
  },
};

export const attendance: Extractor = {
  name: 'attendance',
  run(ctx) {
    for (const a of ctx.parsed.attendees) {
      // "Eva Ek (S)": a councillor sits for a party; the party, by its full name, is an organisation.
      const party = a.party && partyNames.get(a.party.text.toUpperCase());
      const organisations = [...a.organisations.map((o) => o.text), ...(party ? [party] : [])];
      ctx.out.attendees.push({
        name: a.name.text, start: a.name.start, end: a.name.end, organisations,
        role: a.role?.text ?? null, present: a.present, minuteTaker: a.minuteTaker, lineNo: a.lineNo,
      });
      ctx.out.candidates.push({ type: 'person', name: a.name.text, start: a.name.start, end: a.name.end, cue: 'attendance', strength: 3 });
      for (const o of a.organisations) {
        ctx.out.candidates.push({ type: 'organisation', name: o.text, start: o.start, end: o.end, cue: 'attendance', strength: 3 });
        ctx.out.memberships.push({ person: { name: a.name.text, start: a.name.start, end: a.name.end }, organisation: o.text, role: a.role?.text ?? null, cue: 'attendance', start: a.name.start, end: o.end });
      }
      if (party && a.party) {
        ctx.out.candidates.push({ type: 'organisation', name: party, start: a.party.start, end: a.party.end, cue: 'party', strength: 3 });
        ctx.out.memberships.push({ person: { name: a.name.text, start: a.name.start, end: a.name.end }, organisation: party, role: null, cue: 'attendance', start: a.name.start, end: a.party.end });
      }
    }
    const mt = ctx.parsed.minuteTaker;
    if (mt) {
      ctx.out.minuteTaker = { name: mt.text, start: mt.start, end: mt.end, cue: mt.cue };
      if (mt.cue !== 'attendance-marker' && mt.text.includes(' ')) {
        ctx.out.candidates.push({ type: 'person', name: mt.text, start: mt.start, end: mt.end, cue: 'minute-taker', strength: 3 });
      }
    }
    if (ctx.parsed.attendees.length === 0) {
      ctx.out.warnings.push({ message: 'no attendance list found', rule: 'attendance/none', lineNo: null });
    }
  },
};

// Headings that name an occasion rather than a project: "Planeringsdag", "Slutkonferens".
const eventWord = /^\p{L}*(?:dag|dagen|konferens|konferensen|fika|veckan|vecka|mässa|mässan|seminarium|seminariet|föreläsning|workshop|festival|mingel|julbord|gala|träff|träffen|kickoff|kick-off)$/iu;

export const headings: Extractor = {
  name: 'headings',
  run(ctx) {
    for (const section of ctx.parsed.sections) {
      const h = section.heading;
      if (!h) continue;
      const end = section.blocks.at(-1)?.end ?? h.end;
      ctx.out.sections.push({ heading: h.text, start: h.start, end });
      // A protocol's numbered item ("§ 64 Ekonomisk uppföljning") is an agenda item, not a project's name.
      if (section.item || genericHeadings.test(h.text)) continue;
      const inside = ctx.out.candidates.filter((c) => c.start >= h.start && c.end <= h.end);
      const words = h.text.split(/\s+/);
      // "Planeringsdag den 3 mars", "Vårfika 12 april …": the occasion is named before the date.
      const date = findDates(h.text)[0];
      const beforeDate = date ? h.text.slice(0, date.start).replace(/\s+(?:den|på|i)?\s*$/i, '').trim() : h.text;
      if (words.slice(0, 2).some((w) => eventWord.test(w)) || (date && beforeDate && beforeDate.split(/\s+/).length <= 3)) {
        const name = date ? beforeDate : h.text;
        ctx.out.candidates.push({ type: 'event', name, start: h.start, end: h.start + name.length, cue: 'heading', strength: 2 });
        continue;
      }
      if (inside.some((c) => c.type !== 'place')) continue;
      // A heading that ends in a group word names a group ("Gemensam planeringsgrupp").
      const type = /grupp(?:en)?$/i.test(words.at(-1)!) && !isGroupCompound(words.at(-1)!) ? 'group' : 'project';
      ctx.out.candidates.push({ type, name: h.text, start: h.start, end: h.end, cue: 'heading', strength: 2 });
    }
  },
};
