// Keys under which different spellings of one name meet: case, inflection and compound heads.
import { isGroupCompound, isProjectCompound } from '../extract/name-shapes.ts';
import { keyOf, memoiseKey } from './key-cache.ts';

/**
 * Light Swedish stemming for matching names, not for display: definite and plural endings
 * (-en, -et, -arna …) and adjective endings (-a, -t) are dropped from longer words, so
 * "sociala företaget" meets "Socialt företag" and "Lånebanken" meets "Lånebank".
 */
export function stemWord(word: string): string {
  const w = word.toLocaleLowerCase('sv');
  if (w.length <= 5) return w;
  if (/(?:arna|orna|erna)$/.test(w)) return w.slice(0, -4);
  if (/(?:en|et)$/.test(w) && w.length > 6) return w.slice(0, -2);
  if (/[at]$/.test(w) && w.length > 6) return w.slice(0, -1);
  return w;
}

/**
 * "Upphandlingsgruppen" ~ "Upphandling", "trygghetsgruppen" ~ "Trygghet",
 * "arkiveringsprojekt" ~ "Arkivering": a group or project compound names its first part.
 */
export function dropCompoundHead(word: string): string {
  if (!isGroupCompound(word) && !isProjectCompound(word)) return word;
  const m = /^(\p{L}{4,}?)(?:s|-)?(?:grupp(?:en)?|projekt(?:et)?)$/u.exec(word);
  return m ? m[1]! : word;
}

/** The key of a non-person name: lower case, version numbers and compound heads dropped, stemmed. */
export const nameKey = memoiseKey(computeNameKey);

function computeNameKey(name: string): string {
  const all = keyOf(name)
    .replace(/\s+\d+(?:\.\d+)*$/, '')
    .replace(/[–—]/g, '-')
    .split(/\s+/)
    .filter(Boolean);
  // "Gemensam styrgrupp IT" = "Styrgrupp för IT": a leading "gemensam"
  // (joint) and the linking "för" do not tell two bodies apart.
  const words = all.filter((w, i) => !isIgnorable(w, i));
  if (!words.length) return all.join(' ');
  return words.map((w, i) => stemWord(i === words.length - 1 ? dropCompoundHead(w) : w)).join(' ');
}

export function isIgnorable(word: string, index: number): boolean {
  return word === 'för' || (index === 0 && /^gemensam(?:ma|t)?$/.test(word));
}

/** The key cut at each word boundary, longest first, down to two words (one word means too little). */
export function wordPrefixes(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  for (let n = words.length - 1; n >= 2; n--) out.push(words.slice(0, n).join(' '));
  return out;
}
