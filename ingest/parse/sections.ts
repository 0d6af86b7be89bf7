// Sections of minutes: a heading and the blocks under it. A protocol's numbered item ("§ 63")
// is one section, titled by the line after its number, and keeps its inner headings
// ("Beslut", "Ärendebeskrivning", "Arbetsutskottets förslag") as part of it.
import type { Span } from '../types.ts';
import { itemMarker } from './agenda-items.ts';
import type { Block } from './lines.ts';
import type { Section } from './parse-minutes.ts';

interface Open {
  heading: Section['heading'];
  item: Section['item'];
  blocks: Block[];
}

export function readSections(blocks: readonly Block[]): { sections: Section[]; markers: Span[] } {
  const sections: Section[] = [];
  const markers: Span[] = [];
  let current: Open = { heading: null, item: null, blocks: [] };
  const close = () => {
    if (current.heading || current.blocks.length) sections.push(current);
  };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    const marker = itemMarker.exec(block.text);
    if (marker && marker[0].length === block.text.length) {
      close();
      markers.push({ start: block.start, end: block.end });
      const title = blocks[k + 1] && !itemMarker.test(blocks[k + 1]!.text) ? blocks[++k]! : null;
      const text = title?.text.replace(/:$/, '') ?? block.text;
      const at = title ?? block;
      current = { heading: { text, start: at.start, end: at.start + text.length, lineNo: at.lineNo }, item: { text: block.text, start: block.start, end: block.end }, blocks: [] };
    } else if (block.kind === 'heading' && !current.item) {
      close();
      const text = block.text.replace(/:$/, '');
      current = { heading: { text, start: block.start, end: block.start + text.length, lineNo: block.lineNo }, item: null, blocks: [] };
    } else current.blocks.push(block);
  }
  close();
  return { sections, markers };
}
