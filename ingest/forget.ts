// Forgetting a person: wherever the corpus names someone the registry's forget list holds (by
// the hash of a name they go by), their name is cut from the document's text and replaced by a
// marker before anything is stored, so the graph keeps neither the person, nor their facts, nor
// their name in any text. It runs at every ingest, so re-ingesting the original files changes
// nothing.
import { extractOne } from './pipeline.ts';
import { type PackedCorpus, resolverView } from './packed-corpus.ts';
import { makeSourceDocument } from './read.ts';
import type { Registry } from './registry.ts';
import { resolveStream } from './resolve/resolve-corpus.ts';
import type { Span } from './types.ts';

export const forgottenMarker = '[borttagen]';

export interface Forgetting {
  /** Ids of documents whose text was redacted: their stored versions are to be removed. */
  readonly replaced: readonly string[];
  /** Names cut out, counted over all documents. */
  readonly cuts: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of `name` in `text`, whatever its case. */
function occurrences(text: string, name: string): Span[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** The text with each span (merged where they overlap) replaced by the marker, and how many were cut. */
export function redact(text: string, spans: readonly Span[]): { text: string; cuts: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let cuts = 0;
  for (const s of sorted) {
    if (s.end <= at) continue;
    if (s.start >= at) {
      out += text.slice(at, s.start) + forgottenMarker;
      cuts += 1;
    }
    at = s.end;
  }
  return { text: out + text.slice(at), cuts };
}

/** Cuts forgotten people from the corpus in place: a redacted document replaces its original (a new text, so a new id). */
export function forgetInCorpus(corpus: PackedCorpus, registry: Registry): Forgetting {
  if (!registry.file.forget.length) return { replaced: [], cuts: 0 };
  const redacted: { id: string; source: ReturnType<typeof makeSourceDocument> }[] = [];
  let cuts = 0;
  for (const { input, resolved: r } of resolveStream(resolverView(corpus), registry)) {
    const doc = input.doc;
    const forgotten = r.entities.filter((e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => registry.forgets(n)));
    // Also a name on a list that no rule made a person of: a hash match of any attendee name.
    const names = new Set([...forgotten.flatMap((e) => [e.name, ...e.aliases]), ...r.attendees.map((a) => a.name).filter((n) => registry.forgets(n))]);
    const spans = [...forgotten.flatMap((e) => e.mentions), ...[...names].flatMap((n) => occurrences(doc.source.text, n))];
    if (!spans.length) continue;
    const { text, cuts: cut } = redact(doc.source.text, spans);
    cuts += cut;
    redacted.push({ id: doc.source.id, source: { ...makeSourceDocument(doc.source.path, text, doc.source.format), path: doc.source.path } });
  }
  // Only once the pass is over: the corpus is not changed under the resolver's feet.
  for (const { id, source } of redacted) {
    corpus.delete(id);
    corpus.add(extractOne(source, registry));
  }
  return { replaced: redacted.map((r) => r.id), cuts };
}
