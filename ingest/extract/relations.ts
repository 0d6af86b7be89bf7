// Facts between names in running text: memberships, project roles, and absences.
import { administrationOfTitle, isRoleWord, isTitleWord, partyCodes } from '../lexicon/swedish.ts';
import type { Candidate, ExtractContext, Extractor, NameRef } from './context.ts';
import { asciiBreaks, matchesAround } from './stretches.ts';

// The title and, for "Kultur- och fritidschefen", the shared first part, before a name.
const titleBefore = /(\p{L}+-\s+(?:och|eller)\s+)?(\p{L}+)\s+$/u;
const isLetter = (ch: string) => /\p{L}/u.test(ch);

/**
 * The word right before the spaces that end `text`: titleBefore's second group, found from
 * the end (the regex, anchored only at its end, is tried from every position), so that the
 * regex runs only after a title.
 */
function wordBeforeSpaces(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  if (end === text.length) return undefined;
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    // A letter outside the BMP: a surrogate pair.
    const size = c >= 0xdc00 && c <= 0xdfff && start >= 2 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!isLetter(text.slice(start - size, start))) break;
    start -= size;
  }
  return start < end ? text.slice(start, end) : undefined;
}

const followingOrganisation = /^\s*(?:\(|,?\s*(?:från|vid|hos|på|inom)\s+)$/;

function organisationAt(ctx: ExtractContext, from: number): Candidate | undefined {
  const text = ctx.parsed.doc.text;
  return ctx.out.candidates.find((c) => c.type === 'organisation' && c.start >= from && c.start - from <= 8 && followingOrganisation.test(text.slice(from, c.start)));
}

function member(ctx: ExtractContext, person: NameRef, organisation: string, role: string | null, cue: string, end: number): void {
  ctx.out.memberships.push({ person, organisation, role, cue, start: person.start, end });
}

export const memberships: Extractor = {
  name: 'memberships',
  run(ctx) {
    const text = ctx.parsed.doc.text;
    const people: NameRef[] = ctx.out.candidates.filter((c) => c.type === 'person' && c.cue !== 'attendance');
    for (const person of people) {
      // "Lars Ekdahl (KUF)", "Maja Ruud från föreningsstödet", "Karin Holm vid folkhögskolan".
      const org = organisationAt(ctx, person.end);
      // "(KD)" after a name in running text is the person's party, not an organisation they
      // represent here; a protocol's name blocks are where party seats are read.
      if (org && org.cue !== 'party' && !partyCodes.has(org.name)) member(ctx, person, org.name, null, 'name+organisation', org.end);
      // "kulturdirektören Gun-Britt Lind": the head of kulturförvaltningen.
      // "Kultur- och fritidschefen X": the head of Kultur- och fritidsförvaltningen.
      const lead = text.slice(Math.max(0, person.start - 50), person.start);
      const title = wordBeforeSpaces(lead);
      if (title && isTitleWord(title)) {
        const before = titleBefore.exec(lead);
        const admin = administrationOfTitle(title);
        const shared = before![1] ? before![1].replace(/\s+/g, ' ') : '';
        if (admin) member(ctx, person, `${shared}${admin}`, title.toLocaleLowerCase('sv'), 'title', person.end);
      }
      // "Kulturnämndens ordförande Ulf T. Holm": an organisation's role holder.
      const owner = ctx.out.candidates.find((c) => c.type === 'organisation' && c.end < person.start && person.start - c.end <= 25 &&
        /^s\s+\p{Ll}+\s+$/u.test(text.slice(c.end, person.start)) && isRoleWord(text.slice(c.end + 1, person.start).trim()));
      if (owner) member(ctx, person, owner.name, text.slice(owner.end + 1, person.start).trim(), 'genitive-role', person.end);
    }
    // "Kerstin (KUF)", "Maja på KUF": a lone given name tied to an organisation is a person.
    for (const given of ctx.out.firstNames) {
      const org = organisationAt(ctx, given.end);
      if (!org || !/^\s*(?:\(|på|från|vid|hos)/.test(text.slice(given.end, org.start))) continue;
      ctx.out.candidates.push({ type: 'person', name: given.name, start: given.start, end: given.end, cue: 'given-name+organisation', strength: 2 });
      member(ctx, given, org.name, null, 'given-name+organisation', org.end);
    }
  },
};

// Swedish minutes assign work by making people the subject of a commitment or a report in the
// project's own section: "Lars Ekdahl kommer att stötta …", "Kerstin, Maja och Gun-Britt
// (KUF) kommer att träffas …", "Kerstin informerar om vad som är på gång inom …". The verb
// comes right after the name or the list of names (V2 word order in a main clause).
const commitment = /^(?:kommer\s+att|ska|skall|tar\s+(?:på\s+sig|fram|hand)|ansvarar|jobbar|arbetar|leder|håller\s+i|stöttar|stödjer|samordnar|driver|informerar|rapporterar)\b/u;
// Between the names of a list: ", " or " och ", each name optionally followed by "(ORG)".
const listGlue = /^(?:\s*\([^)\n]{1,40}\))?\s*(?:,|och)\s*$/u;

function sentenceStartsAt(text: string, at: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at));
}

export const projectRoles: Extractor = {
  name: 'project-roles',
  run(ctx) {
    const text = ctx.parsed.doc.text;
    const names: NameRef[] = [...ctx.out.candidates.filter((c) => c.type === 'person'), ...ctx.out.firstNames].sort((a, b) => a.start - b.start);
    for (const section of ctx.out.sections) {
      const project = ctx.out.candidates.find((c) => c.type === 'project' && c.start === section.start);
      if (!project) continue;
      const inSection = names.filter((p) => p.start > section.start && p.end <= section.end);
      const found = new Map<number, { person: NameRef; role: string | null; end: number }>();
      for (const person of inSection) {
        // "med Ulf T. Holm som projektledare": the role the person has in the project.
        const m = /^\s+som\s+(\p{Ll}+)/u.exec(text.slice(person.end, person.end + 40));
        if (m && isRoleWord(m[1]!)) found.set(person.start, { person, role: m[1]!, end: person.end + m[0].length });
      }
      for (let i = 0; i < inSection.length; i++) {
        if (!sentenceStartsAt(text, inSection[i]!.start)) continue;
        // The names that open the sentence, joined by commas and "och".
        let j = i;
        while (j + 1 < inSection.length && listGlue.test(text.slice(inSection[j]!.end, inSection[j + 1]!.start))) j++;
        const rest = text.slice(inSection[j]!.end, inSection[j]!.end + 60).replace(/^\s*\([^)\n]{1,40}\)/u, '').trimStart();
        if (commitment.test(rest)) {
          for (const person of inSection.slice(i, j + 1)) if (!found.has(person.start)) found.set(person.start, { person, role: null, end: person.end });
        }
        i = j;
      }
      for (const { person, role, end } of found.values()) ctx.out.projectRoles.push({ person, project: project.name, role, start: person.start, end });
    }
  },
};

// "Maja är inte med", "Eftersom Lars inte är med på mötet", "X har förhinder", "X deltar inte".
const absence = /(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\s+(?:(?:är|var)\s+inte\s+(?:med|närvarande|här)|inte\s+(?:är|var)\s+med|har\s+(?:anmält\s+)?förhinder|deltar\s+inte|kunde\s+inte\s+(?:komma|delta|närvara))/gu;

// A statement of absence holds "inte" or "förhinder", and only letters, spaces and hyphens.
const absenceBreaks = asciiBreaks('-');

export const absences: Extractor = {
  name: 'absences',
  run(ctx) {
    for (const { index, match: m } of matchesAround(ctx.parsed.doc.text, absence, /inte|förhinder/g, absenceBreaks)) {
      const name = m[1]!.replace(/^(?:Eftersom|Då|När|Att)\s+/, '');
      const start = index + m[0].indexOf(name);
      ctx.out.absentees.push({ name, start, end: start + name.length });
    }
  },
};
