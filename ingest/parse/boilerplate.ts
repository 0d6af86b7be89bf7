// Lines that belong to the page, not to the minutes: headers and footers a PDF repeats on
// every page, signature fill and the protocol's own furniture.
import type { Line } from './lines.ts';

// Swedish protocol furniture: "Sida 3 (12)", "Sida 3 av 12", "Justerandes sign",
// "Utdragsbestyrkande", "Signatur", "Underskrifter", a diary number "Dnr KS 2020/123",
// the document kind "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2020-08-18", and fill lines.
const furniture = [
  /^sida\s+\d+(?:\s*\(\d+\)|\s+av\s+\d+)?$/iu,
  /^(?:justerandes?\s+sign(?:atur)?|utdragsbestyrkande|signatur|underskrifter)\b/iu,
  /^dnr\b/iu,
  /^(?:justerat\s+)?(?:sammanträdesprotokoll|protokoll|protokollsutdrag|kallelse)$/iu,
  /^sammanträdesdatum\b/iu,
  /^(?:[^\p{L}\p{N}]*[.…_]{3,}[^\p{L}\p{N}]*)$/u,
];

export function isFurniture(text: string): boolean {
  return furniture.some((re) => re.test(text));
}

/**
 * Indexes of lines to read as blank. In a paged document (one that numbers its pages), a
 * line repeated on several pages is a running header or footer: all its occurrences go,
 * but for the first, which is where the document names itself.
 */
export function findBoilerplate(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (l.text && isFurniture(l.text)) out.add(i);
  });
  const paged = lines.some((l) => /^sida\s+\d+/iu.test(l.text));
  if (!paged) return out;
  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!l.text || /^(?:[A-ZÅÄÖ]{1,6}\s+)?§/u.test(l.text)) return;
    if (seen.has(l.text)) out.add(i);
    else seen.set(l.text, i);
  });
  return out;
}
