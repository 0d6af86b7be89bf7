// Shapes of names in Swedish text: persons, organisations, project and group compounds, places.
import { isFirstName, looksLikeSurname, placeNames } from '../lexicon/index.ts';
import { conjunctions, commonVerbs, functionWords, genericGroupPrefixes, organisationSuffixPattern, prepositions } from '../lexicon/swedish.ts';
import { lowerCase, perWord } from '../lexicon/word-cache.ts';
import { isAcronym, isAcronymWord, isCapitalised, isLowerWord, lower, type Token } from './tokens.ts';

// "Ulf", "T", "Gun-Britt": a word of a person's name.
const nameWord = perWord((word: string): boolean => /^\p{Lu}(?:\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?$/u.test(word));
// A word no person's name contains: an organisation or place word, or a group's name.
const notPersonWord = perWord((word: string): boolean => organisationSuffixPattern.test(word) || placeNames.has(word) || isGroupCompound(word));

/** Two to four name tokens ("Ulf T. Holm") that a given name, a title or a surname shape supports. */
export function isPersonRun(run: readonly Token[], titled: boolean): boolean {
  const words = run.filter((t) => t.word);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((t) => nameWord(t.text))) return false;
  if (words[0]!.text.length < 2 || words[words.length - 1]!.text.length < 2) return false;
  if (words.some((t) => notPersonWord(t.text))) return false;
  if (functionWords.has(lower(words[0]))) return false;
  return isFirstName(words[0]!.text) || titled || looksLikeSurname(words[words.length - 1]!.text);
}

/** "Trygghetsgruppen", "Lss-grupp", "upphandlingsgruppen"; not the generic "arbetsgrupp". */
export const isGroupCompound = perWord((word: string): boolean => {
  const m = /^(\p{L}{2,}?)(?:s|-)?grupp(?:en)?$/iu.exec(word);
  return !!m && !isGenericPrefix(m[1]!);
});

/** "utvecklings-", "arbets-": compounds with these first parts are common nouns. */
function isGenericPrefix(prefix: string): boolean {
  const p = lowerCase(prefix).replace(/-$/, '');
  return genericGroupPrefixes.has(p) || genericGroupPrefixes.has(p.replace(/s$/, '')) || genericGroupPrefixes.has(`${p}s`);
}

/** "läxhjälpsprojektet", "arkiveringsprojekt"; not "delprojekt" or "utvecklingsprojektet". */
export const isProjectCompound = perWord((word: string): boolean => {
  const m = /^(\p{L}{4,}?)(?:s|-)?projekt(?:et)?$/iu.exec(word);
  return !!m && !/^(?:utveckling|forskning|pilot|del|samverkan|eu|arbete)$/i.test(m[1]!) && !isGenericPrefix(m[1]!);
});

export const isOrganisationWord = perWord((word: string): boolean => organisationSuffixPattern.test(word));

/** Streets and squares: "Bredgatan", "Rönnowsgatan 8", "Stortorget". */
export const isPlaceWord = perWord((word: string): boolean => placeNames.has(word) || /^\p{Lu}\p{Ll}+(?:gatan|vägen|torget|gränd|platsen|allén|stigen|backen)$/u.test(word));

/**
 * A genitive "-s" is dropped when a noun follows ("Stadsmissionens arbete", "Fontänhusets nya …"),
 * not when the name itself ends in s ("på Bergmans den 3 maj").
 */
export function genitiveBase(word: string, next: Token | undefined): string {
  // /[^sxz]s$/, tested by hand: this runs for every word of the text.
  const before = word.charCodeAt(word.length - 2);
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 0x73 || before === 0x73 || before === 0x78 || before === 0x7a) return word;
  // The cheap tests first: whether a lower-case word follows, then whether this is an acronym.
  if (!isLowerWord(next) || isAcronymWord(word)) return word;
  const n = lower(next);
  if (functionWords.has(n) || prepositions.has(n) || conjunctions.has(n) || commonVerbs.has(n)) return word;
  return word.slice(0, -1);
}

/**
 * A name that starts with a capitalised common word runs on over lower-case words
 * ("Trygg skolväg för alla barn", "Gröna huset") until punctuation, a conjunction, a verb,
 * an organisation word, or a preposition that leads to another name.
 */
export function extendPhrase(tokens: readonly Token[], from: number, maxWords = 6): number {
  let k = from;
  while (k < tokens.length && k - from < maxWords) {
    const u = tokens[k]!;
    const low = lower(u);
    if (!isLowerWord(u) || conjunctions.has(low) || commonVerbs.has(low) || functionWords.has(low)) break;
    // "Lokala idéfonden", "Gemensam planeringsgrupp": an organisation or group word ends the name.
    if (isOrganisationWord(u.text) || /grupp(?:en)?$/.test(u.text)) return k + 1;
    // "Föräldrastöd för nyanlända i Lund": a place closes the name.
    if (prepositions.has(low) && isCapitalised(tokens[k + 1]) && isPlaceWord(tokens[k + 1]!.text)) return k + 2;
    if (prepositions.has(low) && (!isLowerWord(tokens[k + 1]) || isOrganisationWord(tokens[k + 1]!.text))) break;
    k += 1;
  }
  while (k > from && prepositions.has(lower(tokens[k - 1]))) k -= 1;
  return k;
}

/** "Centrum för välfärdsforskning" ~ "CVF": the letters appear in order, the first first. */
export function isAcronymOf(acronym: string, phrase: string): boolean {
  const letters = lowerCase(acronym).replace(/[^\p{L}]/gu, '');
  const text = lowerCase(phrase);
  if (!letters || text[0] !== letters[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

export { isAcronym, isCapitalised, isLowerWord, lower };
