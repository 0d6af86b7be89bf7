// Names in running text: persons, organisations, projects and places, each with its span.
import { isCommonWord, isFirstName, partyNames } from '../lexicon/index.ts';
import { functionWords, isTitleWord, organisationAnnouncers, organisationPhrasePatterns, organisationSuffixes, partyCodes, prepositions, projectAnnouncers } from '../lexicon/swedish.ts';
import { perWord } from '../lexicon/word-cache.ts';
import type { Block } from '../parse/lines.ts';
import type { Span } from '../types.ts';
import type { Candidate, ExtractContext, Extractor, Strength } from './context.ts';
import {
  extendPhrase, genitiveBase, isAcronym, isAcronymOf, isCapitalised, isGroupCompound, isOrganisationWord,
  isPersonRun, isPlaceWord, isProjectCompound, lower,
} from './name-shapes.ts';
import { tokenise, type Token } from './tokens.ts';

// Capitals that are not organisations even in upper case.
const notAcronyms = new Set(['IT', 'OK', 'PS', 'TV', 'PDF', 'CV', 'VD', 'OBS', 'ID', 'NB']);

interface Scan {
  readonly ctx: ExtractContext;
  readonly tokens: readonly Token[];
  readonly heading: boolean;
  readonly text: string;
  readonly offset: number;
}

function add(scan: Scan, type: Candidate['type'], from: Span, name: string, cue: string, strength: Strength): void {
  scan.ctx.out.candidates.push({ type, name, start: from.start, end: from.end, cue, strength });
}

const sliceOf = (scan: Scan, start: number, end: number) => scan.text.slice(start - scan.offset, end - scan.offset);

/** "från", "vid", "hos", "tillsammans med", "föreningen": what comes next is an organisation. */
function organisationCue(tokens: readonly Token[], i: number): boolean {
  const p = lower(tokens[i - 1]);
  // "Karin Holm (Centrum för välfärdsforskning)": in brackets right after a name.
  if (p === '(' && isCapitalised(tokens[i - 2])) return true;
  return ['från', 'vid', 'hos'].includes(p) || organisationAnnouncers.has(p) || (p === 'med' && lower(tokens[i - 2]) === 'tillsammans');
}

/** What a lower-case word names on its own: an organisation, a project, a group, or nothing (''). */
const lowerWordKind = perWord((base: string): 'org-suffix' | 'project-compound' | 'group-compound' | '' =>
  isOrganisationWord(base) && !/(?:erna|arna|orna)$/.test(base) ? 'org-suffix' : isProjectCompound(base) ? 'project-compound' : isGroupCompound(base) ? 'group-compound' : '');

// Such a word ends as an organisation suffix does, in an optional genitive "s", or as "projekt(et)" or
// "grupp(en)": a table of last letters (case-insensitive, as the patterns are) spares most words the lookup.
const finalLetter = new RegExp(`^[${[...new Set([...organisationSuffixes.map((x) => x.at(-1)), 's', 't', 'p', 'n'])].join('')}]$`, 'iu');
const finals = new Uint8Array(0x10000);
function mayNameAlone(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  finals[c] ||= finalLetter.test(String.fromCharCode(c)) ? 1 : 2;
  return finals[c] === 1;
}

function lowerWord(scan: Scan, i: number): void {
  const t = scan.tokens[i]!;
  const base = genitiveBase(t.text, scan.tokens[i + 1]);
  const kind = mayNameAlone(base) ? lowerWordKind(base) : '';
  if (!kind) return;
  const span = { start: t.start, end: t.start + base.length };
  add(scan, kind === 'org-suffix' ? 'organisation' : 'project', span, base, kind, 2);
}

/** A lone capitalised word: a given name, an acronym, an organisation or place word, or a phrase. */
function singleWord(scan: Scan, i: number, j: number): number {
  const { tokens } = scan;
  const w = tokens[i]!;
  const next = tokens[j];
  if (isFirstName(w.text) && !isAcronym(w)) {
    scan.ctx.out.firstNames.push({ name: w.text, start: w.start, end: w.end });
    return j;
  }
  if (isAcronym(w)) {
    if (!notAcronyms.has(w.text)) add(scan, 'organisation', w, w.text, 'acronym', 1);
    return j;
  }
  // "LSS-beslut", "IT-stöd": an abbreviation compounded with a common noun is a common noun.
  if (/^\p{Lu}{2,}-\p{Ll}/u.test(w.text) && !isGroupCompound(w.text)) return j;
  // "Kerstin (KUF)": a single name followed by an organisation in brackets is a person.
  if (next?.text === '(' && isCapitalised(tokens[j + 1]) && tokens[j + 2]?.text === ')' && !isAcronymOf(tokens[j + 1]!.text, w.text) && !isPlaceWord(w.text)) {
    scan.ctx.out.firstNames.push({ name: w.text, start: w.start, end: w.end });
    return j;
  }
  const base = genitiveBase(w.text, next);
  const span = { start: w.start, end: w.start + base.length };
  if (isOrganisationWord(base)) return add(scan, 'organisation', span, base, 'org-suffix', 2), j;
  if (isGroupCompound(base) || isProjectCompound(base)) return add(scan, 'project', span, base, 'group-compound', 2), j;
  if (isPlaceWord(base)) return add(scan, 'place', span, base, 'place', 2), j;
  // A capitalised word that opens a sentence or a heading is usually an ordinary word.
  // "Solgården, Fontänhuset, Stadsmissionen med flera": a list of names may open a sentence.
  const listStart = next?.text === ',' && isCapitalised(tokens[j + 1]);
  if ((w.sentenceStart || opensAfterFunctionWord(tokens, i)) && !listStart) return j;
  // "Fontänhusets nya chef": a genitive names the owner, and what follows is not a name.
  const end = base !== w.text ? j : extendPhrase(tokens, j);
  const cue = organisationCue(tokens, i);
  if (end > j) {
    const last = tokens[end - 1]!;
    const phrase = sliceOf(scan, w.start, last.end);
    const type = cue || isOrganisationWord(last.text) ? 'organisation' : 'project';
    add(scan, type, { start: w.start, end: last.end }, phrase, cue ? 'org-cue-phrase' : 'capitalised-phrase', cue ? 2 : 1);
    return end;
  }
  // "i Trygg skolväg …": a lone capitalised common word without a cue is not taken for a name.
  if (!cue && isCommonWord(base)) return j;
  add(scan, 'organisation', span, base, cue ? 'org-cue' : 'capitalised-word', cue ? 2 : 1);
  return j;
}

/** "Även Lånebanken …": the word after a sentence-opening adverb still opens the sentence. */
function opensAfterFunctionWord(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.sentenceStart && (functionWords.has(lower(prev)) || prepositions.has(lower(prev))) && /^\p{Lu}/u.test(prev.text);
}

function classifyRun(scan: Scan, i: number, j: number): number {
  const { tokens } = scan;
  let from = i;
  // "Eftersom Lars …", "Även Kompassen …", "På Föräldrakursen …": a sentence-opening word is not part of a name.
  while (j - from >= 2 && tokens[from]!.sentenceStart && (functionWords.has(lower(tokens[from])) || prepositions.has(lower(tokens[from])))) {
    from += 1;
  }
  if (j - from === 1) return singleWord(scan, from, j);
  // "Professor Karin Holm", "Forskare Lars Ekdahl", "kulturdirektören Gun-Britt Lind".
  let titled = isTitleWord(tokens[i - 1]?.text ?? '');
  if (j - from >= 3 && isTitleWord(tokens[from]!.text)) {
    titled = true;
    from += 1;
  } else if (j - from >= 3 && tokens[from]!.sentenceStart && !isFirstName(tokens[from]!.text) && isCommonWord(tokens[from]!.text) && isPersonRun(tokens.slice(from + 1, j), true)) {
    // "Utredaren Karin Holm …": a capitalised common noun (the dictionary's word list) that opens
    // the sentence is an occupation before the name, not the name's first part.
    titled = true;
    from += 1;
  }
  // "Gruppen Trygg skolväg", "Föreningen X": the announcing word is not part of the name.
  const announcer = lower(tokens[from]);
  const groupWord = isGroupCompound(tokens[from]!.text) && !tokens[from]!.sentenceStart;
  if (j - from >= 2 && (projectAnnouncers.has(announcer) || organisationAnnouncers.has(announcer) || groupWord)) {
    // "Samrådsgruppen Föräldrastöd för …": a group word names the group that follows it.
    const type = groupWord ? 'group' : projectAnnouncers.has(announcer) ? 'project' : 'organisation';
    const end = j - from === 2 ? Math.max(j, extendPhrase(tokens, j)) : j;
    const start = tokens[from + 1]!;
    add(scan, type, { start: start.start, end: tokens[end - 1]!.end }, sliceOf(scan, start.start, tokens[end - 1]!.end), 'announced', 2);
    return end;
  }
  const run = tokens.slice(from, j);
  if (isPersonRun(run, titled)) {
    const last = run[run.length - 1]!;
    add(scan, 'person', { start: run[0]!.start, end: last.end }, sliceOf(scan, run[0]!.start, last.end), titled ? 'title' : 'name-shape', titled ? 2 : 1);
    return j;
  }
  const words = run.filter((t) => t.word);
  if (words.length === 1) return singleWord(scan, tokens.indexOf(words[0]!), j);
  // A run of capitalised words that is not a person names an organisation ("Goda Grannar").
  if (words[0]!.sentenceStart && scan.heading && words.length > 4) return j;
  const lastWord = words[words.length - 1]!;
  const base = genitiveBase(lastWord.text, tokens[j]);
  const end = lastWord.start + base.length;
  const name = sliceOf(scan, words[0]!.start, end);
  // "Staden anordnar Kodkväll Junior": what is arranged is an occasion.
  const arranged = /^(?:anordnar|anordnade|arrangerar|arrangerade|bjuder in till)$/.test(lower(tokens[from - 1]));
  const type = words.every((t) => isPlaceWord(t.text)) ? 'place' : arranged ? 'event' : 'organisation';
  add(scan, type, { start: words[0]!.start, end }, name, organisationCue(tokens, from) ? 'org-cue' : 'capitalised-run', organisationCue(tokens, from) ? 2 : 1);
  return j;
}

/** "X (ACR)" or "(X, ACR)": the acronym is another name of the phrase before it. */
function acronymDefinitions(scan: Scan): void {
  const cands = scan.ctx.out.candidates;
  for (let k = 0; k < scan.tokens.length; k++) {
    const t = scan.tokens[k]!;
    const before = scan.tokens[k - 1]?.text;
    if (scan.tokens[k + 1]?.text !== ')' || (before !== '(' && before !== ',') || !isAcronym(t)) continue;
    const long = [...cands].reverse().find((c) => c.end <= t.start && t.start - c.end <= 3 && c.type !== 'person' && c.name !== t.text);
    if (long && isAcronymOf(t.text, long.name)) {
      scan.ctx.out.aliases.push({ alias: t.text, name: long.name, type: long.type, start: t.start, end: t.end });
    }
  }
}

export function scanText(ctx: ExtractContext, text: string, offset: number, heading: boolean, shapes = organisationPhrasePatterns): void {
  const tokens = tokenise(text, offset);
  const scan: Scan = { ctx, tokens, heading, text, offset };
  const taken: Span[] = [];
  for (const { pattern, needs } of shapes) {
    if (!needs.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      const span = { start: offset + m.index!, end: offset + m.index! + m[0].length };
      // "Regions Halland" is a misspelt "Region Halland": the genitive of the first word is dropped.
      add(scan, 'organisation', span, m[0].replace(/^Regions\s/, 'Region '), 'org-shape', 2);
      taken.push(span);
    }
  }
  const isTaken = (t: Token) => taken.some((s) => t.start < s.end && t.end > s.start);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.word || isTaken(t)) i += 1;
    else if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && partyCodes.has(t.text)) {
      // "Eva Ek (S)": a party code in brackets names the party, by its full name.
      add(scan, 'organisation', t, partyNames.get(t.text)!, 'party', 2);
      i += 1;
    } else if (!isCapitalised(t)) {
      lowerWord(scan, i);
      i += 1;
    } else {
      let j = i + 1;
      while (j < tokens.length) {
        const u = tokens[j]!;
        const initialDot = u.text === '.' && tokens[j - 1]!.text.length === 1 && isCapitalised(tokens[j + 1]);
        if ((isCapitalised(u) && !isTaken(u) && !isAcronym(u)) || initialDot) j += 1;
        else break;
      }
      i = Math.max(i + 1, classifyRun(scan, i, j));
    }
  }
  acronymDefinitions(scan);
}

export function textBlocks(ctx: ExtractContext): Block[] {
  const { structural, blocks } = ctx.parsed;
  return blocks.filter((b) => b !== blocks[0] && !structural.some((s) => b.start >= s.start && b.end <= s.end));
}

/**
 * For blocks taken in text order: whether one holds an occurrence of any of `words`, or
 * overlaps one (each word's occurrences in the whole text are found once, with indexOf).
 */
function occurrenceTest(text: string, words: readonly string[]): (start: number, end: number) => boolean {
  const lists = words.map((word) => {
    const starts: number[] = [];
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) starts.push(at);
    return { length: word.length, starts, next: 0 };
  });
  return (start, end) => {
    let found = false;
    for (const list of lists) {
      while (list.next < list.starts.length && list.starts[list.next]! + list.length <= start) list.next += 1;
      found ||= list.next < list.starts.length && list.starts[list.next]! < end;
    }
    return found;
  };
}

export const runningText: Extractor = {
  name: 'running-text',
  run(ctx) {
    // Each shape's words are found in the whole text at once: a block that none of them
    // overlaps holds no match of the shape, and is not searched for it.
    const holds = organisationPhrasePatterns.map((shape) => occurrenceTest(ctx.parsed.doc.text, shape.words));
    for (const block of textBlocks(ctx)) {
      const { start, end } = block.body;
      const shapes = organisationPhrasePatterns.filter((_, k) => holds[k]!(start, end));
      scanText(ctx, block.body.text, start, block.kind === 'heading', shapes);
    }
  },
};
