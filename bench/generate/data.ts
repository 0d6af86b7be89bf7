// The word lists the synthetic corpus is made from, read once from bench/data/*.json.
import { readFileSync } from 'node:fs';

export interface NameLists {
  readonly givenFemale: readonly string[];
  readonly givenMale: readonly string[];
  readonly surnames: readonly string[];
  /** Familiar form → formal given name ("Lasse" → "Lars"). */
  readonly nicknames: Readonly<Record<string, string>>;
}

export interface Administration {
  /** "social" → socialförvaltningen; "kultur- och fritids" → kultur- och fritidsförvaltningen. */
  readonly stem: string;
  readonly board: string;
  readonly abbreviation: string;
}

export interface CorpusWords {
  readonly townPrefixes: readonly string[];
  readonly townSuffixes: readonly string[];
  readonly regions: readonly string[];
  readonly administrations: readonly Administration[];
  readonly associations: readonly string[];
  readonly stateAgencies: readonly string[];
  readonly groupKinds: readonly string[];
  readonly groupTopics: readonly string[];
  readonly projectAdjectives: readonly string[];
  readonly projectNouns: readonly string[];
  readonly officialTitles: readonly string[];
  readonly headingTopics: readonly string[];
  readonly placeNames: readonly string[];
  /** Sentences of discussion that name no one: the bulk of real minutes. */
  readonly fillerSentences: readonly string[];
  readonly parties: readonly { code: string; name: string; weight: number }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as T;

let cached: { names: NameLists; words: CorpusWords } | null = null;

export function loadBenchData(): { names: NameLists; words: CorpusWords } {
  cached ??= { names: readJson<NameLists>('swedish-names.json'), words: readJson<CorpusWords>('corpus-words.json') };
  return cached;
}
