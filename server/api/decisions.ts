// Decisions in the text of minutes, found by the cues Swedish minutes use for them.
//
// Formal Swedish minutes (protokoll) record a decision as an "att-sats": a heading or lead-in
// "Beslut:" / "Mötet beslutade" followed by clauses that each begin with "Att …" ("That …").
// Working-group notes are looser and say it in running text: "vi beslutar att …", "det
// beslutades …", "vi enades om …", "vi kom överens om …", "är överens om …", "fastställdes".
// A sentence carrying such a cue is a decision; so is each item of a list under a decision
// heading.

export interface Decision {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// \b does not know Swedish letters; these lookarounds do.
// A cue right after a negation ("inte beslutat", "ej fastställt") says nothing was decided.
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?<!(?:inte|ej|icke)\\s+)(?:${alternatives})(?!\\p{L})`, 'iu');

const decisionCue = word(
  [
    'beslut(?:a|ar|ade|ades|as|at|ats|et|en)?', // beslut, beslutar, beslutade(s), beslutet …
    'beslöts?', // the older strong past: beslöt, beslöts
    'bestämdes?', // bestämde(s); not "bestämt", which is mostly "inte bestämt än" (not yet decided)
    'enade?s|enats', // enades, enas, enats
    '(?:kom|kommit|är|var) överens', // "vi kom överens", "vi är överens om"
    'fastställ\\p{L}*', // fastställa, fastställde(s), fastställs
  ].join('|'),
);

/** "Beslut:" on a line of its own (also "Beslutades:", "Beslöts:") opens a list of decisions. */
const decisionHeading = /^(?:beslut(?:ades|en)?|beslöts)\s*:?\s*$/iu;
/** A list item: "- …", "• …", "1. …", or an att-sats "Att …". */
const listItem = /^(?:[-–•*]\s+|\d+[.)]\s+|(?=att(?!\p{L})))/iu;

export function findDecisions(text: string): Decision[] {
  const decisions: Decision[] = [];
  let inList = false;
  for (const line of linesOf(text)) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (decisionHeading.test(trimmed)) {
      inList = true;
      continue;
    }
    const item = listItem.exec(trimmed);
    if (inList && item) {
      decisions.push(span(text, line.start + line.text.indexOf(trimmed) + item[0].length, line.start + line.text.length));
      continue;
    }
    inList = false;
    for (const sentence of sentencesOf(text, line)) {
      if (decisionCue.test(sentence.text) && wordCount(sentence.text) >= 3) decisions.push(sentence);
    }
  }
  return decisions;
}

interface Piece {
  readonly text: string;
  readonly start: number;
}

function linesOf(text: string): Piece[] {
  const lines: Piece[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

/** Sentences of one line: they end at . ! or ? before a space or the end of the line. */
function sentencesOf(text: string, line: Piece): Decision[] {
  const out: Decision[] = [];
  for (const match of line.text.matchAll(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g)) {
    const bullet = /^\s*(?:[-–•*]\s+)?/.exec(match[0])![0].length;
    const piece = span(text, line.start + match.index + bullet, line.start + match.index + match[0].length);
    if (piece.text) out.push(piece);
  }
  return out;
}

/** The span start..end with surrounding white space left out. */
function span(text: string, start: number, end: number): Decision {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
