// The ways Swedish minutes write a person's name, and the shapes of names in running text.
import type { Person } from './population.ts';

export interface NameForm {
  /** What is written. */
  readonly surface: string;
  /** The full-name form it stands for (a gold alias), or null for a bare given name. */
  readonly fullForm: string | null;
}

export const fullName = (p: Person): string => `${p.given} ${p.surname}`;

/** "Lasse Ekdahl": the familiar given name with the surname, as colleagues write it. */
export function nicknameForm(p: Person): NameForm {
  const surface = `${p.nickname ?? p.given} ${p.surname}`;
  return { surface, fullForm: surface };
}

/** "Lars E": given name and the surname's initial, usual in lists of a small group. */
export function abbreviatedForm(p: Person): NameForm {
  const surface = `${p.given} ${p.surname[0]}`;
  return { surface, fullForm: surface };
}

/** "Kerstin", "Lasse": a lone given name, written for someone at the meeting. */
export function givenForm(p: Person, familiar: boolean): NameForm {
  return { surface: familiar && p.nickname ? p.nickname : p.given, fullForm: null };
}

/**
 * Swedish genitive: "-s" added with no apostrophe ("Annas förslag", "Lars Ekdahls rapport");
 * a name ending in s, x or z takes nothing ("Lars förslag"), so those are not put in the genitive.
 */
export function genitive(surface: string): string | null {
  return /[sxz]$/i.test(surface) ? null : `${surface}s`;
}

/** "Ekdahl, Lars": the surname first, as some protocols list officials. */
export function surnameFirst(p: Person): string {
  return `${p.surname}, ${p.given}`;
}

/** "socialförvaltningen" → "Socialförvaltningen" at the start of a sentence or a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** "socialförvaltningen" → "socialförvaltningens"; "Region Halland" → "Region Hallands". */
export function organisationGenitive(name: string): string | null {
  return genitive(name);
}

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const weekdays = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

export interface DayParts {
  readonly iso: string;
  readonly day: number;
  readonly month: string;
  readonly year: number;
  readonly weekday: string;
}

/** A day number (days since 1970-01-01, UTC) in the words minutes use. */
export function dayParts(day: number): DayParts {
  const d = new Date(day * 86_400_000);
  return { iso: d.toISOString().slice(0, 10), day: d.getUTCDate(), month: months[d.getUTCMonth()]!, year: d.getUTCFullYear(), weekday: weekdays[d.getUTCDay()]! };
}
