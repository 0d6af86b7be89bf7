// Numbered agenda items of sammanträdesprotokoll: "§ 63", "§63", "KS § 202", each with its
// title on the same line or the next, and a diary number ("Dnr KS 2020/123") that is no title.
import type { Line } from './lines.ts';

// "§ 63 Budget 2021", "BUN § 12": an optional body abbreviation, the sign, the number.
// "§§ 63–70" (several items) is a range in an attendance line, not an item.
export const itemMarker = /^(?:\p{Lu}{2,6}\s+)?§(?!§)\s*\d+\b/u;
const dnr = /\s*\bDnr\b.*$/u;
// A long rest after the marker is the title and the item's text run together (PDF text).
const longRest = 12;

/** The title of an item run together with its text: it ends before a capital not after a preposition. */
function titleEnd(rest: string): number {
  const words = [...rest.matchAll(/\S+/g)];
  for (let k = 1; k < words.length; k++) {
    const prev = words[k - 1]![0];
    if (/^\p{Lu}\p{Ll}/u.test(words[k]![0]) && !/^(?:för|med|om|i|och|av|till|från|vid|inom|på|mot)$/u.test(prev)) return words[k]!.index!;
  }
  return rest.length;
}

/** Splits an item line into its marker and its title (and, when run together, its text). */
export function splitItemLine(line: Line): Line[] {
  // Most lines have no "§": the cheap test first.
  const m = line.text.includes('§') ? itemMarker.exec(line.text) : null;
  if (!m) return [line];
  const at = (from: number, to: number): Line => {
    const raw = line.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    return { lineNo: line.lineNo, text, start: line.start + from + lead, end: line.start + from + lead + text.length };
  };
  const restFrom = m[0].length;
  const restText = line.text.slice(restFrom).replace(dnr, '');
  const out: Line[] = [at(0, restFrom)];
  if (!restText.trim()) return out;
  const lead = restText.length - restText.trimStart().length;
  const rest = restText.trim();
  // A title has no full stop (nor a word hyphenated at the line's end): a rest with one holds the item's text as well.
  const cut = rest.split(/\s+/).length > longRest || /[.!?](?:\s|$)|\p{L}-$/u.test(rest) ? titleEnd(rest) : rest.length;
  out.push(at(restFrom + lead, restFrom + lead + cut));
  if (cut < rest.length) out.push(at(restFrom + lead + cut, restFrom + lead + rest.length));
  return out.filter((l) => l.text);
}

/** Offsets in a line where a new item starts after a sentence ("… budgeten. § 102 Rapport …"). */
export function laterItems(text: string): number[] {
  if (!text.includes('§')) return [];
  return [...text.matchAll(/(?<=[.!?]\s+)(?:\p{Lu}{2,6}\s+)?§(?!§)\s*\d+\b/gu)].map((m) => m.index!);
}
