// One string per spelling of a name, shared by every document of a corpus held as objects.
//
// An extractor cuts a name out of its document's text, and V8 keeps such a cut as a pointer
// into the whole text. Resolution keys its corpus-wide maps by these names: looking one up with
// another document's copy of an equal name compares the two copies character by character,
// each in its own text, far apart in memory (100k documents are 300 MB of text). Given the same
// string for the same spelling, the lookup finds its key by identity. Measured with `bench
// resolve`: 100k documents in 24.1–24.7 s instead of 30.0–30.6 s, 10k in 2.03–2.05 s instead
// of 2.26–2.59 s. Which string stands for a spelling cannot be seen from JavaScript.
//
// The interner belongs to one corpus (packed-corpus.ts, the bench's corpora) and goes with it:
// the string it keeps for a spelling points into the text it was first cut from, which the
// corpus holds anyway. A corpus kept packed is not interned: each pass parses fresh strings.
import { perWord } from '../lexicon/word-cache.ts';
import type { DocumentExtraction, NameRef } from './context.ts';

/** The string first given that equals `s`, while at most `limit` spellings are kept (then it starts afresh). */
export const createInterner = (limit = 500_000): ((s: string) => string) => perWord((s: string) => s, limit);

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The extraction with its names (persons, organisations, groups, projects, aliases) replaced by
 * the interner's string for each spelling, in place: it is the corpus's own copy, freshly
 * extracted or parsed. Returns it.
 */
export function internNames(doc: DocumentExtraction, intern: (s: string) => string): DocumentExtraction {
  const ref = (r: NameRef | null) => r && ((r as Writable<NameRef>).name = intern(r.name));
  for (const a of doc.attendees as Writable<DocumentExtraction['attendees'][number]>[]) {
    a.name = intern(a.name);
    const organisations = a.organisations as string[];
    for (let i = 0; i < organisations.length; i++) organisations[i] = intern(organisations[i]!);
  }
  for (const c of doc.candidates) (c as Writable<typeof c>).name = intern(c.name);
  for (const r of doc.firstNames) ref(r);
  for (const r of doc.absentees) ref(r);
  ref(doc.minuteTaker);
  ref(doc.meeting.group);
  for (const m of doc.memberships as Writable<DocumentExtraction['memberships'][number]>[]) {
    ref(m.person);
    m.organisation = intern(m.organisation);
  }
  for (const p of doc.projectRoles as Writable<DocumentExtraction['projectRoles'][number]>[]) {
    ref(p.person);
    p.project = intern(p.project);
  }
  for (const a of doc.aliases as Writable<DocumentExtraction['aliases'][number]>[]) {
    a.alias = intern(a.alias);
    a.name = intern(a.name);
  }
  return doc;
}
