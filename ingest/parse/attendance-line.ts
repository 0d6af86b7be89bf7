// One line of an attendance list: "Name, Organisation", "Name organisation", "Name, role",
// "Name, Org/Org", "Name (ej närvarande)", "Name (antecknar)", "Name (S)", "Holm, Karin",
// "Name (S) ersätter Name (S)", "Name (M), §§ 63–66".
import type { Span } from '../types.ts';
import { isFirstName, looksLikeSurname } from '../lexicon/index.ts';
import { functionWords, isRoleWord, partyCodes } from '../lexicon/swedish.ts';
import { lowerCase } from '../lexicon/word-cache.ts';
import { allMatches, splitCount } from './text-scan.ts';

export interface TextSpan extends Span {
  readonly text: string;
}

export interface AttendeeLine {
  readonly name: TextSpan;
  readonly organisations: readonly TextSpan[];
  readonly party: TextSpan | null;
  readonly role: TextSpan | null;
  readonly present: boolean;
  readonly minuteTaker: boolean;
  /** "ersätter Karin Holm (S)": the member a substitute stands in for, and that member's party. */
  readonly replaces: { readonly name: TextSpan; readonly party: TextSpan | null } | null;
}

// A name token: "Maja", "Gun-Britt", "Ekdahl", an initial "S." / "S", or a particle (von, af, de).
const nameToken = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\.?|von|af|de|van|der|al|el|bin)$/u;
// "(ej närvarande)", "(frånvarande)": absent; "(antecknar)", "(sekreterare)": the minute taker.
const absentMarker = /^(?:ej\s+närvarande|ej\s+närv\.?|inte\s+närvarande|frånvarande|förhinder|anmält\s+förhinder)$/i;
const minuteTakerMarker = /^(?:antecknar|antecknade|sekreterare|protokollförare|vid\s+pennan|sekr\.?)$/i;

function trimSpan(text: string, start: number): TextSpan {
  const lead = text.length - text.trimStart().length;
  const t = text.trim().replace(/[.;:]+$/, '');
  return { text: t, start: start + lead, end: start + lead + t.length };
}

const partPattern = /[^/,]+/g;
const bracketed = /\(([^)]*)\)/g;
const nonSpace = /\S+/g;

/** Splits "Kompassen/K2" or "Kompassen och K2" into its parts, each with its own span. */
function splitParts(text: string, start: number): TextSpan[] {
  const parts: TextSpan[] = [];
  for (const m of allMatches(text, partPattern)) {
    // "Kultur- och fritidsförvaltningen": an "och" after a hyphen joins the parts of one name.
    for (const piece of m[0].split(/(?<!-)\s+och\s+/)) {
      const at = m[0].indexOf(piece);
      const span = trimSpan(piece, start + m.index! + at);
      if (span.text) parts.push(span);
    }
  }
  return parts;
}

// "ersätter X": a substitute (ersättare) serving in place of the member X.
const replacesMarker = /(?:,\s*|\s+)ersätter\s+(.+)$/u;

export function parseAttendeeLine(text: string, start: number): AttendeeLine | null {
  // Each pattern below only after a cheap test for the character or word it needs.
  const sub = text.includes('ersätter') ? replacesMarker.exec(text) : null;
  if (sub) {
    const own = parseAttendeeLine(text.slice(0, sub.index), start);
    const at = sub.index + sub[0].length - sub[1]!.length;
    const other = parseAttendeeLine(sub[1]!, start + at);
    if (!own || !other) return own;
    const verbAt = start + sub.index + sub[0].indexOf('ersätter');
    const role = { text: 'ersättare', start: verbAt, end: verbAt + 'ersätter'.length };
    return { ...own, role, replaces: { name: other.name, party: other.party } };
  }
  // An attendance line is short and is not a sentence.
  const words = splitCount(text);
  if (words > 9 || (/[.!?]/.test(text) && /(?<!\b\p{Lu})[.!?]\s+\S/u.test(text)) || (text.endsWith('.') && /\S{2,}\.$/.test(text) && words > 4)) return null;
  let present = true;
  let minuteTaker = false;
  let party: TextSpan | null = null;
  let role: TextSpan | null = null;
  const organisations: TextSpan[] = [];
  // Parenthesised markers, anywhere on the line.
  let rest = text;
  for (const m of text.includes('(') ? allMatches(text, bracketed) : []) {
    const inner = m[1]!.trim();
    const innerSpan = trimSpan(m[1]!, start + m.index! + 1);
    if (absentMarker.test(inner)) present = false;
    else if (minuteTakerMarker.test(inner)) {
      minuteTaker = true;
      role = innerSpan;
    } else if (partyCodes.has(inner.toUpperCase())) party = innerSpan;
    else organisations.push(...splitParts(m[1]!, start + m.index! + 1));
    rest = rest.slice(0, m.index!) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length);
  }
  const comma = rest.indexOf(',');
  const head = comma >= 0 ? rest.slice(0, comma) : rest;
  const tokens = allMatches(head, nonSpace);
  let nameEnd = 0;
  let count = 0;
  for (const t of tokens) {
    if (!nameToken.test(t[0])) break;
    nameEnd = t.index! + t[0].length;
    count += 1;
  }
  if (count === 0 || functionWords.has(lowerCase(tokens[0]![0]))) return null;
  let tail = head.slice(nameEnd).trim();
  let nameText: string | null = null;
  let qualifierFrom = comma + 1;
  // "Holm, Karin", "Nilsson Nachtweij, Ann-Christine": the surname (or a double surname, one
  // part of Swedish surname shape) before a comma, a lone given name after it: surname first.
  const after = comma >= 0 ? /^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)\s*(?=,|$)/u.exec(rest.slice(comma + 1)) : null;
  const surnames = tokens.slice(0, count).map((t) => t[0]);
  const surnameFirst = (count === 1 || (count === 2 && surnames.some(looksLikeSurname))) && !surnames.some(isFirstName);
  if (surnameFirst && !tail && after && isFirstName(after[1]!)) {
    nameText = `${after[1]} ${surnames.join(' ')}`;
    nameEnd = comma + 1 + after[0].length;
    qualifierFrom = nameEnd + 1;
    count = 2;
    tail = '';
  }
  const hasQualifier = comma >= 0 || organisations.length > 0 || party !== null || !present || minuteTaker;
  // A lone word is a name only when something qualifies it ("Kerstin, KUF"); two or more
  // name tokens are a name on their own ("Lars E", "Ulf T. Holm").
  if (count < 2 && !hasQualifier) return null;
  if (tail && comma < 0 && /^\p{Lu}/u.test(tail)) return null;
  const span = trimSpan(rest.slice(0, nameEnd), start);
  const name = nameText ? { ...span, text: nameText } : span;
  if (!/\p{Ll}/u.test(name.text) && count < 2) return null;
  const qualifiers: TextSpan[] = [];
  if (tail) qualifiers.push(trimSpan(tail, start + head.indexOf(tail, nameEnd)));
  if (comma >= 0 && qualifierFrom <= rest.length) qualifiers.push(...splitParts(rest.slice(qualifierFrom), start + qualifierFrom));
  for (const q of qualifiers) {
    // "§§ 63–66", "§ 64": present for those items only; still an attendee.
    if (/^§/.test(q.text)) continue;
    if (isRoleWord(q.text)) role = role ?? q;
    else if (partyCodes.has(q.text.toUpperCase())) party = q;
    else organisations.push(q);
  }
  return { name, organisations, party, role, present, minuteTaker, replaces: null };
}
