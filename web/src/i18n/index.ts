// One dictionary, merged from parts (core, timeline, document); Swedish is the default and the
// fallback. t('key', {n: 3}) replaces {n} in the string.
import type { Lang } from '../state.ts';
import * as analysisPart from './analysis.ts';
import * as consolePart from './console.ts';
import * as core from './core.ts';
import * as curationPart from './curation.ts';
import * as involvementPart from './involvement.ts';
import * as documentPart from './document.ts';
import * as timelinePart from './timeline.ts';

type Strings = Record<string, string>;
type Part = { sv: Strings; en: Strings };

/** Accepts a part written as named exports `sv`/`en` or as a default export `{sv, en}`. */
function toPart(mod: object): Part {
  const m = mod as Partial<Part> & { default?: Partial<Part> };
  const src = m.sv || m.en ? m : (m.default ?? {});
  return { sv: src.sv ?? {}, en: src.en ?? {} };
}

const parts = [core, timelinePart, documentPart, curationPart, analysisPart, consolePart, involvementPart].map(toPart);
const dictionary: Record<Lang, Strings> = {
  sv: Object.assign({}, ...parts.map((p) => p.sv)),
  en: Object.assign({}, ...parts.map((p) => p.en)),
};

let lang: Lang = 'sv';

export function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
}

export function getLang(): Lang {
  return lang;
}

export type Vars = Record<string, string | number>;

/** With `{n: 1}`, a `key.one` entry (when there is one) is used instead of `key`. */
export function t(key: string, vars?: Vars): string {
  const singular = vars?.n === 1 ? (dictionary[lang][`${key}.one`] ?? dictionary.sv[`${key}.one`]) : undefined;
  const template = singular ?? dictionary[lang][key] ?? dictionary.sv[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translate = typeof t;

/** Dates as the chosen language writes them (YYYY-MM-DD stays readable in both). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('date.unknown');
  const d = new Date(iso + 'T12:00:00');
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The translation of `key`, or `fallback` when the dictionary has none (data-driven keys). */
export function tOr(key: string, fallback: string): string {
  return dictionary[lang][key] ?? dictionary.sv[key] ?? fallback;
}
