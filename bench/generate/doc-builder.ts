// Writes one document's text while remembering what it says: every person mention with its
// span and true identity, every organisation, group and project named, and the attendance —
// from which the gold annotation and the resolution truth are derived.
import type { Organisation, Person } from './population.ts';

export interface PersonMention {
  readonly personId: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface AttendeeTruth {
  readonly personId: number;
  /** The organisation the line names (the party's full name for "(S)"), or null. */
  readonly organisation: string | null;
  readonly present: boolean;
}

export interface MembershipTruth {
  readonly personId: number;
  readonly organisation: string;
  /** Neither required nor wrong (a membership only implied, e.g. an absent member's party). */
  readonly optional: boolean;
}

export interface EntityTruth {
  readonly type: 'organisation' | 'group' | 'project';
  readonly name: string;
  readonly aliases: Set<string>;
}

/**
 * Names of persons are written through `person()`, of everything else through `entity()`;
 * plain words through `put()`. Offsets are UTF-16 indices into the final text, as the
 * pipeline's spans are (the generated text is NFC with LF line ends, so nothing shifts).
 */
export class DocBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly mentions: PersonMention[] = [];
  /** Per person: the full-name surfaces used ("Lasse Ekdahl", "Lars E"), for gold aliases. */
  readonly personSurfaces = new Map<number, Set<string>>();
  readonly entities = new Map<string, EntityTruth>();
  readonly attendees: AttendeeTruth[] = [];
  readonly memberships: MembershipTruth[] = [];
  /** Names a reader may or may not take for an entity (an agenda heading, a meeting room). */
  readonly optional = new Map<string, { type: 'project' | 'place'; name: string }>();
  minuteTaker: number | null = null;
  group: string | null = null;
  date = '';

  put(text: string): this {
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  line(text = ''): this {
    return this.put(`${text}\n`);
  }

  /** `surface` is what is written; `fullForm` is the full-name surface it stands for, if any. */
  person(p: Person, surface: string, fullForm: string | null = null): this {
    this.mentions.push({ personId: p.id, start: this.length, end: this.length + surface.length, text: surface });
    const forms = this.personSurfaces.get(p.id) ?? new Set<string>();
    if (fullForm) forms.add(fullForm);
    this.personSurfaces.set(p.id, forms);
    return this.put(surface);
  }

  /** Names an organisation, group or project; `surface` may be an inflection or abbreviation. */
  entity(type: EntityTruth['type'], name: string, surface: string = name, alias: string | null = null): this {
    const key = `${type}|${name.toLocaleLowerCase('sv')}`;
    const e = this.entities.get(key) ?? { type, name, aliases: new Set<string>() };
    if (alias) e.aliases.add(alias);
    this.entities.set(key, e);
    return this.put(surface);
  }

  /** Writes a name that is neither required nor wrong in the gold. */
  maybe(type: 'project' | 'place', name: string): this {
    this.optional.set(`${type}|${name}`, { type, name });
    return this.put(name);
  }

  org(o: Organisation, surface: string = o.name): this {
    return this.entity('organisation', o.name, surface, surface === o.abbreviation ? surface : null);
  }

  attend(personId: number, organisation: string | null, present = true): this {
    if (!this.attendees.some((a) => a.personId === personId)) this.attendees.push({ personId, organisation, present });
    return this;
  }

  member(personId: number, organisation: string, optional = false): this {
    if (!this.memberships.some((m) => m.personId === personId && m.organisation === organisation)) this.memberships.push({ personId, organisation, optional });
    return this;
  }

  get text(): string {
    return this.parts.join('');
  }
}
