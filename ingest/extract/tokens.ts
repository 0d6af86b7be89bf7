// Tokens of a block of running text, with offsets and whether they open a sentence.
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  readonly sentenceStart: boolean;
}

const tokenPattern = /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenise(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let opens = true;
  for (const m of text.matchAll(tokenPattern)) {
    const word = /[\p{L}\p{N}]/u.test(m[0]);
    tokens.push({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length, word, sentenceStart: word && opens });
    if (word) opens = false;
    // A sentence starts after . ! ? : and after a dash or quote that opens a line.
    else if (/[.!?:]/.test(m[0])) opens = true;
    else if (/["”“–-]/.test(m[0]) && tokens.length === 1) opens = true;
    // "**Tyck till om parken!**": an emphasised or quoted title starts like a sentence.
    else if (/[*"”“]/.test(m[0])) opens = true;
  }
  return tokens;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.word && /^\p{Lu}/u.test(t.text);
export const isLowerWord = (t: Token | undefined): boolean => !!t && t.word && /^\p{Ll}/u.test(t.text);
/** "K2", "KUF", "BUN", "OSK": two to six capitals, digits allowed after the first letter. */
export const isAcronym = (t: Token | undefined): boolean => !!t && /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(t.text) && /\p{Lu}.*\p{Lu}|\d/u.test(t.text);
export const stripGenitive = (word: string): string => (/[^sxz]s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word);
