// Swedish universities, university colleges and municipalities are named after their town in the
// genitive ("Karlstads universitet", "Lunds kommun"). When the town is one letter away from a
// known place (places.txt) and is not itself known, the text has a typo: the known spelling is
// the name, the typo stays as an alias.
import { placeNames } from '../lexicon/index.ts';

const townBody = /^(\p{Lu}\p{Ll}{4,}) (universitet|högskola|kommun)$/u;

/** Whether a and b differ by one substitution, insertion or deletion. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

// Blocked by first letter and length, so a name is compared with a handful of places, not all.
const byFirstLetter = new Map<string, string[]>();
for (const place of placeNames) (byFirstLetter.get(place[0]!) ?? byFirstLetter.set(place[0]!, []).get(place[0]!)!).push(place);

/** A town ending in a vowel, s, x or z takes no genitive s: "Vellinge kommun", "Umeå universitet", "Kalix kommun". */
const genitive = (town: string) => (/[aeiouyåäösxz]$/.test(town) ? '' : 's');

/** The corrected name ("Karlstads universitet" for "Karlsrad universitet"), or null. */
export function correctTownGenitive(name: string): string | null {
  const m = townBody.exec(name);
  if (!m) return null;
  const [word, kind] = [m[1]!, m[2]!];
  // The genitive s may be there or (a slip) missing: "Karlstads", "Karlstad"; "Vellinge" has none.
  const town = word.endsWith('s') && !placeNames.has(word) ? word.slice(0, -1) : word;
  if (placeNames.has(town)) return town === word && genitive(town) ? `${town}s ${kind}` : null;
  const near = (byFirstLetter.get(town[0]!) ?? []).filter((p) => oneEditApart(p, town));
  return near.length === 1 && `${near[0]}${genitive(near[0]!)} ${kind}` !== name ? `${near[0]}${genitive(near[0]!)} ${kind}` : null;
}
