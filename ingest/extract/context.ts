// The per-document extraction record (before resolution) and the context extractors write into.
import type { EntityType } from '../../cypher/model.ts';
import type { ParsedMinutes } from '../parse/parse-minutes.ts';
import type { DateMention } from '../parse/dates.ts';
import type { Registry } from '../registry.ts';
import type { Span } from '../types.ts';

/** How sure an extractor is of a candidate's type: structure (3) > a cue (2) > a default guess (1). */
export type Strength = 1 | 2 | 3;

export interface Candidate extends Span {
  readonly type: EntityType;
  readonly name: string;
  readonly cue: string;
  readonly strength: Strength;
}

export interface NameRef extends Span {
  readonly name: string;
}

export interface Membership extends Span {
  readonly person: NameRef;
  readonly organisation: string;
  readonly role: string | null;
  readonly cue: string;
}

export interface ProjectRole extends Span {
  readonly person: NameRef;
  readonly project: string;
  readonly role: string | null;
}

export interface AttendanceRecord extends Span {
  readonly name: string;
  readonly organisations: readonly string[];
  readonly role: string | null;
  readonly present: boolean;
  readonly minuteTaker: boolean;
  readonly lineNo: number;
}

export interface MeetingRecord {
  readonly title: string;
  readonly titleSpan: Span | null;
  readonly group: NameRef | null;
  readonly date: DateMention | null;
  /** Every date named in the text, for inferring a missing year or a window. */
  readonly dates: readonly DateMention[];
  /** Weekdays the text names as the group's rhythm ("varannan måndag"). */
  readonly rhythm: readonly number[];
}

export interface Section extends Span {
  readonly heading: string;
}

export interface Warning {
  readonly message: string;
  readonly rule: string;
  readonly lineNo: number | null;
}

/** What one document says, before names are resolved across the corpus. Cached in the graph. */
export interface DocumentExtraction {
  readonly docId: string;
  readonly path: string;
  readonly meeting: MeetingRecord;
  readonly attendees: readonly AttendanceRecord[];
  readonly minuteTaker: (NameRef & { cue: string }) | null;
  readonly candidates: readonly Candidate[];
  /** Lone given names ("Kerstin anser …"), resolved later to a person when that is safe. */
  readonly firstNames: readonly NameRef[];
  readonly memberships: readonly Membership[];
  readonly projectRoles: readonly ProjectRole[];
  /** Persons the text says were not at the meeting ("Maja är inte med"). */
  readonly absentees: readonly NameRef[];
  readonly sections: readonly Section[];
  /** "(Centrum för välfärdsforskning, CVF)": the short form names the same entity. */
  readonly aliases: readonly AliasPair[];
  readonly warnings: readonly Warning[];
}

export interface AliasPair extends Span {
  readonly alias: string;
  readonly name: string;
  readonly type: EntityType;
}

export interface ExtractContext {
  readonly parsed: ParsedMinutes;
  readonly registry: Registry;
  readonly out: {
    meeting: MeetingRecord | null;
    attendees: AttendanceRecord[];
    minuteTaker: DocumentExtraction['minuteTaker'];
    candidates: Candidate[];
    firstNames: NameRef[];
    memberships: Membership[];
    projectRoles: ProjectRole[];
    absentees: NameRef[];
    sections: Section[];
    aliases: AliasPair[];
    warnings: Warning[];
  };
}

export interface Extractor {
  readonly name: string;
  run(ctx: ExtractContext): void;
}
