// The resolved record of one document: the extraction contract of DESIGN.md, with spans kept.
import type { DateCertainty, EntityType } from '../../cypher/model.ts';
import type { Warning } from '../extract/context.ts';
import type { Mention, Span } from '../types.ts';

export interface ResolvedEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly category: string | null;
  /** The category was read from the name's shape, not curated. */
  readonly categoryInferred: boolean;
  readonly mentions: readonly Mention[];
}

export interface ResolvedAttendee extends Span {
  readonly name: string;
  readonly organisation: string | null;
  readonly organisations: readonly string[];
  readonly role: string | null;
  readonly present: boolean;
}

export interface ResolvedDocument {
  readonly source: string;
  readonly docId: string;
  readonly meeting: {
    readonly title: string;
    readonly group: string | null;
    readonly groupSpan: Span | null;
    readonly date: string | null;
    readonly dateCertainty: DateCertainty;
    readonly dateFrom: string | null;
    readonly dateTo: string | null;
  };
  readonly minuteTaker: string | null;
  readonly minuteTakerSpan: Span | null;
  readonly attendees: readonly ResolvedAttendee[];
  readonly entities: readonly ResolvedEntity[];
  /** cue 'attendance': written on the attendance list, i.e. whom the person represented there. */
  readonly memberships: readonly ({ person: string; organisation: string; role: string | null; cue: string } & Span)[];
  readonly projectRoles: readonly ({ person: string; project: string; role: string | null } & Span)[];
  readonly discussed: readonly ({ section: string; name: string; type: EntityType } & Span)[];
  /** Names left unresolved on purpose (a given name two attendees share), with the reason. */
  readonly unresolved: readonly ({ name: string; reason: string } & Span)[];
  readonly warnings: readonly Warning[];
}
