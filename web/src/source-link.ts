// The state that shows where a fact comes from: the document view, its span highlighted.
import type { Source } from '../../server/api/shapes.ts';
import type { StatePatch } from './state.ts';

export function sourcePatch(source: Source): StatePatch {
  return { view: 'document', doc: source.doc, start: source.start, end: source.end };
}
