// Tokens of a block of running text, with offsets and whether they open a sentence.
import { lowerCase, perWord } from '../lexicon/word-cache.ts';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  readonly sentenceStart: boolean;
  /** Opens with a capital letter (\p{Lu}). */
  readonly capitalised: boolean;
  /** Opens with a lower-case letter (\p{Ll}). */
  readonly lowerInitial: boolean;
}

// A token is a word, /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*/u (letters and digits, joined
// by inner hyphens, apostrophes, points and colons: "Gun-Britt", "t.ex", "12:30"), or any
// one other character that is not white space. tokenise scans the characters itself, with a
// table of what each character is: a global Unicode regex with a match object per token,
// and Unicode regexes for each token's initial, cost more than the rest of the scan.
const SPACE = 0;
const WORD = 1;
const OTHER = 2;
const KIND = 3;
const UPPER = 4;
const LOWER = 8;
const UNKNOWN = 255;
const classOf = (ch: string): number =>
  (/[\p{L}\p{N}]/u.test(ch) ? WORD : /\s/u.test(ch) ? SPACE : OTHER) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0);
// The class of each UTF-16 unit outside the surrogates, learnt as it is met; a lone surrogate is OTHER.
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
function classOfUnit(c: number): number {
  const k = classes[c]!;
  if (k !== UNKNOWN) return k;
  return (classes[c] = c >= 0xd800 && c <= 0xdfff ? OTHER : classOf(String.fromCharCode(c)));
}

/** The class of the code point at `at`, and its length in UTF-16 units (2 for a surrogate pair). */
function charAt(text: string, at: number): { cls: number; size: number } {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff || at + 1 >= text.length) return { cls: classOfUnit(c), size: 1 };
  const d = text.charCodeAt(at + 1);
  if (d < 0xdc00 || d > 0xdfff) return { cls: OTHER, size: 1 };
  return { cls: classOf(text.slice(at, at + 2)), size: 2 };
}

const isJoiner = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x3a; // - ' ’ . :

/** The end of the word that starts at `from`: letters and digits, joined by the UTF-16 units `joins` accepts. */
export function wordEnd(text: string, from: number, joins: (unit: number) => boolean = isJoiner): number {
  let k = from;
  for (;;) {
    // One run of letters and digits …
    while (k < text.length) {
      const c = text.charCodeAt(k);
      if (c < 0xd800 || c > 0xdfff) {
        if ((classOfUnit(c) & KIND) !== WORD) break;
        k += 1;
      } else {
        const ch = charAt(text, k);
        if ((ch.cls & KIND) !== WORD) break;
        k += ch.size;
      }
    }
    // … and another after a joiner, when one follows it.
    if (k + 1 < text.length && joins(text.charCodeAt(k)) && (charAt(text, k + 1).cls & KIND) === WORD) k += 1;
    else return k;
  }
}

/** Where the next letter or digit is, at `from` or after it; -1 if there is none. */
export function nextWordStart(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c < 0xd800 || c > 0xdbff) {
      if ((classOfUnit(c) & KIND) === WORD) return at;
    } else {
      const ch = charAt(text, at);
      if ((ch.cls & KIND) === WORD) return at;
      at += ch.size - 1;
    }
  }
  return -1;
}

/** Whether the letter at `at` is a capital (\p{Lu}). */
export function isCapitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return ((c < 0xd800 || c > 0xdbff ? classOfUnit(c) : charAt(text, at).cls) & UPPER) !== 0;
}

// What a punctuation token does to the next word: . ! ? : open a sentence; so do a dash or
// quote that opens a line, and emphasis or quotes ("**Tyck till om parken!**") that open a title.
const stops = new Set([0x2e, 0x21, 0x3f, 0x3a]);
const lineOpeners = new Set([0x22, 0x201d, 0x201c, 0x2013, 0x2d]);
const titleOpeners = new Set([0x2a, 0x22, 0x201d, 0x201c]);

export function tokenise(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let opens = true;
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    const { cls, size } = c < 0xd800 || c > 0xdbff ? { cls: classOfUnit(c), size: 1 } : charAt(text, at);
    const kind = cls & KIND;
    if (kind === SPACE) {
      at += size;
      continue;
    }
    const word = kind === WORD;
    const end = word ? wordEnd(text, at) : at + size;
    tokens.push({ text: text.slice(at, end), start: offset + at, end: offset + end, word, sentenceStart: word && opens, capitalised: (cls & UPPER) !== 0, lowerInitial: (cls & LOWER) !== 0 });
    at = end;
    if (word) opens = false;
    // (A character outside the BMP is none of these.)
    else if (size === 1 && (stops.has(c) || (lineOpeners.has(c) && tokens.length === 1) || titleOpeners.has(c))) opens = true;
  }
  return tokens;
}

/** "K2", "KUF", "BUN", "OSK": two to six capitals, digits allowed after the first letter. */
export const isAcronymWord = perWord((text: string): boolean => /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(text) && /\p{Lu}.*\p{Lu}|\d/u.test(text));

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.word && t.capitalised;
export const isLowerWord = (t: Token | undefined): boolean => !!t && t.word && t.lowerInitial;
/** An acronym opens with a capital and has two to six letters (of one or two UTF-16 units each). */
export const isAcronym = (t: Token | undefined): boolean => !!t && t.capitalised && t.text.length >= 2 && t.text.length <= 12 && isAcronymWord(t.text);
export const lower = (t: Token | undefined): string => (t ? lowerCase(t.text) : '');
export const stripGenitive = (word: string): string => (/[^sxz]s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word);
