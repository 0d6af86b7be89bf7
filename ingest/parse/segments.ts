// The lines the parser reads: page furniture blanked, and lines that a PDF ran together cut
// where a header label or a numbered item begins. Every segment keeps its span in the text.
import { laterItems, splitItemLine } from './agenda-items.ts';
import { findBoilerplate } from './boilerplate.ts';
import { laterLabels } from './labels.ts';
import type { Line } from './lines.ts';

function cut(line: Line, offsets: readonly number[]): Line[] {
  // No cut (most lines): the line itself, its text already trimmed.
  if (offsets.length === 0) return [{ lineNo: line.lineNo, text: line.text, start: line.start, end: line.start + line.text.length }];
  const points = [0, ...[...new Set(offsets)].filter((o) => o > 0 && o < line.text.length).sort((a, b) => a - b), line.text.length];
  const out: Line[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const raw = line.text.slice(points[k], points[k + 1]);
    const text = raw.trimEnd();
    if (text) out.push({ lineNo: line.lineNo, text, start: line.start + points[k]!, end: line.start + points[k]! + text.length });
  }
  return out;
}

export function segmentLines(lines: readonly Line[]): Line[] {
  const boiler = findBoilerplate(lines);
  const out: Line[] = [];
  lines.forEach((line, i) => {
    if (boiler.has(i)) out.push({ ...line, text: '', end: line.start });
    else if (!line.text) out.push(line);
    else for (const segment of cut(line, [...laterLabels(line.text), ...laterItems(line.text)])) out.push(...splitItemLine(segment));
  });
  return out;
}
