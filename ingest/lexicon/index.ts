// Word lists kept as editable data files beside this module, read once.
import { readFileSync } from 'node:fs';
import { lowerCase, perWord } from './word-cache.ts';

function readList(name: string): ReadonlySet<string> {
  const text = readFileSync(new URL(name, import.meta.url), 'utf8');
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

export const firstNames = readList('./first-names.txt');
export const placeNames = readList('./places.txt');

/** Party code → the party's full name ("M" → "Moderaterna"), from parties.txt. */
export const partyNames: ReadonlyMap<string, string> = new Map(
  [...readList('./parties.txt')].map((line) => {
    const at = line.indexOf(' ');
    return [line.slice(0, at), line.slice(at + 1).trim()] as const;
  }),
);

export const partyFullNames: ReadonlySet<string> = new Set(partyNames.values());

export type ProtocolLabelKind = 'present' | 'absent' | 'role' | 'minute-taker' | 'ignore';

/** The header labels of sammanträdesprotokoll (protocol-labels.txt), longest first. */
export const protocolLabels: readonly { readonly label: string; readonly kind: ProtocolLabelKind; readonly role: string | null }[] =
  [...readList('./protocol-labels.txt')]
    .map((line) => {
      const [kind, role, label] = line.split('\t');
      if (!label || !['present', 'absent', 'role', 'minute-taker', 'ignore'].includes(kind!)) throw new Error(`protocol-labels.txt: cannot read the line '${line}'`);
      return { label: label.trim(), kind: kind as ProtocolLabelKind, role: role === '-' ? null : role!.trim() };
    })
    .sort((a, b) => b.label.length - a.label.length);

/** "Gun-Britt" is a given name when its first part is one. */
export function isFirstName(word: string): boolean {
  return firstNames.has(word) || (word.includes('-') && firstNames.has(word.split('-')[0]!));
}

// Swedish surnames: patronymics (-son, -sson), Danish/Norwegian -sen, and the nature-word
// compounds common since the 1900s (-berg, -ström, -gren, -qvist …), or a French-style -én/-ér.
const surnameShape =
  /(?:s?son|sen|berg|ström|strand|gren|qvist|kvist|lund|holm|dahl|dal|man|mann|ander|ell|éus|én|ér|stedt|stad|blad|hed|mark|fors|löf|bäck|vall|ling|sjö|gård|borg|by|näs|ek|lind|lin|nér|vik|wall|quist|sköld|stam|stig|torp|rot|ros|eng|hage|fält|feldt|skog|ås|ö)$/;

export const looksLikeSurname = perWord((word: string): boolean => /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(word) && surnameShape.test(word));

let commonWords: ReadonlySet<string> | null = null;

/**
 * The lower-case words of the hunspell list (a word per line after the count, its affix flags
 * after a "/"), read line by line: its 150,000 lines made split, map and a Unicode regex per
 * line cost about 0.1 s at every start.
 */
function readCommonWords(): ReadonlySet<string> {
  const text = readFileSync(new URL('../../node_modules/dictionary-sv/index.dic', import.meta.url), 'utf8');
  const lowerInitial = new Map<number, boolean>();
  const words = new Set<string>();
  for (let at = text.indexOf('\n') + 1; at > 0 && at <= text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const line = text.slice(at, end);
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const first = word.codePointAt(0);
    if (first !== undefined) {
      let lower = lowerInitial.get(first);
      if (lower === undefined) lowerInitial.set(first, (lower = /^\p{Ll}/u.test(String.fromCodePoint(first))));
      if (lower) words.add(word);
    }
    at = end + 1;
  }
  return words;
}

/**
 * Whether a word, lower-cased, is an ordinary Swedish word (the hunspell word list of the
 * dictionary-sv package), also in its definite forms ("verkstaden" → "verkstad").
 */
export const isCommonWord = perWord((word: string): boolean => {
  commonWords ??= readCommonWords();
  const w = lowerCase(word);
  if (w.length > 2 && commonWords.has(w)) return true;
  const stem = w.replace(/(?:en|et|n|t|na|arna|erna)$/, '');
  return stem.length > 2 && commonWords.has(stem);
});
