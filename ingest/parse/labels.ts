// The labelled header blocks of sammanträdesprotokoll: "Beslutande", "Utses att justera",
// "Plats och tid" … A label opens a line, alone or followed by ":" or by its content.
import { type ProtocolLabelKind, protocolLabels } from '../lexicon/index.ts';
import type { Span } from '../types.ts';

export interface LabelMatch {
  readonly label: string;
  readonly kind: ProtocolLabelKind;
  readonly role: string | null;
  /** Where the text after the label (and its colon) begins, as an offset into the line's text. */
  readonly contentAt: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = protocolLabels.map((l) => escape(l.label).replace(/ /g, '\\s+')).join('|');
// Signature fill: "Sekreterare ………………", "Ordförande ______".
const fill = /^[\s.…_]*$/u;
const atStart = new RegExp(`^(${alternatives})\\s*(?::|$|(?=\\s))`, 'iu');
// Mid-line, a label is written with its capital and has content or a colon after it.
const midLine = new RegExp(`(?<=\\S\\s+)(?=(?:${alternatives.replace(/(^|\|)(\p{L})/gu, (_m, bar: string, ch: string) => `${bar}${ch.toLocaleUpperCase('sv')}`)})(?::|\\s+\\p{Lu}))`, 'gu');

function entryOf(label: string) {
  const key = label.toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  return protocolLabels.find((l) => l.label === key)!;
}

/** "Beslutande", "Justerare: Eva Ek", "Plats och tid  Rådhuset …"; null when the line has no label. */
export function matchLabel(text: string): LabelMatch | null {
  const m = atStart.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // "Ordförande i föreningen …", "Deltagare från …": prose, not a label, when lower case follows.
  if (!/:$/.test(m[0]) && rest.trim() && !/^\s*[\p{Lu}…._(]/u.test(rest) && !fill.test(rest)) return null;
  const entry = entryOf(m[1]!);
  const lead = rest.length - rest.trimStart().length;
  const contentAt = fill.test(rest) ? text.length : m[0].length + lead;
  return { label: entry.label, kind: entry.kind, role: entry.role, contentAt };
}

/**
 * Where a line that opens with a label holds further labels ("Plats och tid Kommunhuset …
 * Beslutande Eva Ek (S), …": text out of a PDF runs the blocks together): the offsets of
 * each later label, into the line's text.
 */
export function laterLabels(text: string): number[] {
  if (!matchLabel(text)) return [];
  return [...text.matchAll(midLine)].map((m) => m.index!).filter((at) => at > 0 && matchLabel(text.slice(at)) !== null);
}

export type { Span };
