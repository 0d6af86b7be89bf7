// One line of a protocol's name block may hold several persons: in two columns ("Eva Ek (S)
// <tab> Per Al (M)"), separated by ";" or by commas ("Eva Ek (S), ordförande, Per Al (M)").
import { isFirstName, looksLikeSurname } from '../lexicon/index.ts';
import { partyCodes } from '../lexicon/swedish.ts';
import type { TextSpan } from './attendance-line.ts';
import { allMatches } from './text-scan.ts';

const piece = (text: string, start: number, from: number, to: number): TextSpan => {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  return { text: t, start: start + from + lead, end: start + from + lead + t.length };
};

/** Splits at each comma and semicolon outside brackets. */
function splitAtSeparators(text: string, start: number): TextSpan[] {
  const out: TextSpan[] = [];
  let from = 0;
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) depth++; // (
    else if (c === 0x29) depth = Math.max(0, depth - 1); // )
    else if (depth === 0 && (c === 0x2c || c === 0x3b)) { // , ;
      out.push(piece(text, start, from, k));
      from = k + 1;
    }
  }
  out.push(piece(text, start, from, text.length));
  return out.filter((p) => p.text);
}

const nameWords = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)){1,3}/u;
const bracketed = /\(([^)]*)\)/g;
const hasParty = (t: string) => t.includes('(') && allMatches(t, bracketed).some((m) => partyCodes.has(m[1]!.trim().toUpperCase()));

/** A piece that opens a new person: a name with a party, or a given name and a surname. */
function opensPerson(p: string): boolean {
  const m = nameWords.exec(p);
  if (!m) return false;
  return hasParty(p) || (isFirstName(m[0].split(/\s+/)[0]!) && !/\p{Ll}/u.test(p.slice(m[0].length).replace(/\([^)]*\)/g, '')));
}

/** "Holm, Karin", "Nilsson Nachtweij, Ann-Christine": surname(s), then a lone given name, is one person written surname first. */
function inverted(a: TextSpan, b: TextSpan | undefined): boolean {
  const words = a.text.split(' ');
  const surnames = words.length === 1 || (words.length === 2 && words.some(looksLikeSurname));
  return !!b && surnames && words.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) && !isFirstName(w)) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(b.text) && isFirstName(b.text);
}

function groupPersons(cell: TextSpan): TextSpan[] {
  const parts = splitAtSeparators(cell.text, cell.start);
  const out: TextSpan[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const last = out.at(-1);
    const semicolon = last && /;/.test(cell.text.slice(last.end - cell.start, p.start - cell.start));
    if (!last || semicolon || inverted(p, parts[k + 1]) || (opensPerson(p.text) && out.length > 0)) out.push(p);
    else out[out.length - 1] = { text: cell.text.slice(last.start - cell.start, p.end - cell.start), start: last.start, end: p.end };
  }
  return out;
}

/** The entries of one line of a name block, each to be read as one attendee line. */
export function splitNameList(text: string, start: number): TextSpan[] {
  // Columns: a tab or a run of spaces between two names (without either, one cell: the line).
  const cells = /\t| {2}/.test(text) ? allMatches(text, /[^\t]+?(?=\t| {2,}|$)/g).map((m) => piece(text, start, m.index!, m.index! + m[0].length)).filter((c) => c.text) : [];
  const columns = cells.length > 1 && cells.every((c) => nameWords.test(c.text)) ? cells : [piece(text, start, 0, text.length)];
  const entries: TextSpan[] = [];
  for (const column of columns) entries.push(...groupPersons(column));
  return entries;
}
