// Small, exact stand-ins for string and regex calls that dominate the parser's time on short
// lines: V8's matchAll copies its pattern (a new RegExp) on every call.

/** `[...text.matchAll(pattern)]` for a global `pattern`, which is left with lastIndex 0. */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern, not ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === '') {
      const at = pattern.lastIndex;
      const pair = pattern.unicode && (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      pattern.lastIndex = at + (pair ? 2 : 1);
    }
  }
  return found;
}

/** JavaScript's \s: white space (TAB, VT, FF, BOM, the Zs spaces) and line terminators. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.split(/\s+/).length`, without the array. */
export function splitCount(text: string): number {
  let count = 1;
  for (let k = 0; k < text.length; k++) {
    if (isSpaceCode(text.charCodeAt(k)) && (k === 0 || !isSpaceCode(text.charCodeAt(k - 1)))) count += 1;
  }
  return count;
}
