// Searching a whole text with a slow (Unicode) pattern that only ever matches around a
// given word: only the stretches of text around that word are searched, with the same result.

/** ASCII digits and punctuation (but for those in `keep`): what cuts a text into stretches. */
export function asciiBreaks(keep = ''): (c: number) => boolean {
  const kept = new Set([...keep].map((ch) => ch.charCodeAt(0)));
  return (c) => ((c >= 0x21 && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) && !kept.has(c);
}

/**
 * `[...text.matchAll(pattern)]`, each with its index into `text`, for a global `pattern` whose
 * every match holds a match of `anchor` (global) and no character `isBreak` accepts: every match
 * then lies within one stretch between break characters that holds an anchor, so only those
 * stretches are searched, each with the break character either side of it, for a \b.
 */
export function matchesAround(text: string, pattern: RegExp, anchor: RegExp, isBreak: (c: number) => boolean): Array<{ index: number; match: RegExpExecArray }> {
  const found: Array<{ index: number; match: RegExpExecArray }> = [];
  let searched = 0;
  for (const a of text.matchAll(anchor)) {
    if (a.index < searched) continue;
    let from = a.index;
    while (from > 0 && !isBreak(text.charCodeAt(from - 1))) from -= 1;
    let to = a.index + a[0].length;
    while (to < text.length && !isBreak(text.charCodeAt(to))) to += 1;
    searched = to;
    const context = Math.max(0, from - 1);
    const stretch = text.slice(context, to + 1);
    pattern.lastIndex = from - context;
    for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) found.push({ index: context + m.index, match: m });
  }
  return found;
}
