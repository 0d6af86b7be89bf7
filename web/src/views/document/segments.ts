// Cuts a document's text into runs for display: plain text, mention pieces, and the cited span,
// which becomes one run of its own. A mention that crosses an edge of the cited span is split
// there; its first piece (`first`) is the one that stands for the whole mention.
import type { Mention } from '../../../../server/api/shapes.ts';

export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly mention: Mention | null;
  /** True for the piece where the mention starts. */
  readonly first: boolean;
}

export type Run = Piece | { readonly cited: true; readonly start: number; readonly end: number; readonly pieces: readonly Piece[] };

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Mentions inside the text, in order, without overlaps (the API promises this; a bad one is dropped, not drawn twice). */
function usableMentions(mentions: readonly Mention[], length: number): Mention[] {
  const sorted = [...mentions].filter((m) => m.start >= 0 && m.end > m.start && m.end <= length).sort((a, b) => a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

function piecesBetween(from: number, to: number, mentions: readonly Mention[]): Piece[] {
  const pieces: Piece[] = [];
  let cursor = from;
  for (const m of mentions) {
    if (m.end <= from || m.start >= to) continue;
    const start = Math.max(m.start, from);
    const end = Math.min(m.end, to);
    if (start > cursor) pieces.push({ start: cursor, end: start, mention: null, first: false });
    pieces.push({ start, end, mention: m, first: start === m.start });
    cursor = end;
  }
  if (to > cursor) pieces.push({ start: cursor, end: to, mention: null, first: false });
  return pieces;
}

/** The runs of a text of `length` characters; `cited` is clamped to the text. */
export function segmentText(length: number, mentions: readonly Mention[], cited: Span | null): Run[] {
  const kept = usableMentions(mentions, length);
  if (!cited) return piecesBetween(0, length, kept);
  const start = Math.min(Math.max(0, cited.start), length);
  const end = Math.min(Math.max(start, cited.end), length);
  return [
    ...piecesBetween(0, start, kept),
    { cited: true, start, end, pieces: piecesBetween(start, end, kept) },
    ...piecesBetween(end, length, kept),
  ];
}
