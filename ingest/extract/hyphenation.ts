// Words a PDF hyphenated across a line break ("Social-⏎förvaltningen"): joined again, so an
// organisation written that way is still found. The span covers both halves and the break.
import type { Extractor } from './context.ts';
import { isOrganisationWord } from './name-shapes.ts';
import { textBlocks } from './running-text.ts';

export const hyphenation: Extractor = {
  name: 'hyphenation',
  run(ctx) {
    const blocks = textBlocks(ctx);
    for (let k = 0; k + 1 < blocks.length; k++) {
      // The cheap test first: the unanchored regex would try every letter of the block.
      const head = blocks[k]!.text.endsWith('-') ? /(\p{L}+)-$/u.exec(blocks[k]!.text) : null;
      if (!head) continue;
      const tail = /^(\p{Ll}+)/u.exec(blocks[k + 1]!.text);
      // "äldre- och handikappomsorgen" keeps its hyphen: the next line goes on with "och".
      if (!head || !tail || /^(?:och|eller|samt)$/.test(tail[1]!) || blocks[k + 1]!.lineNo !== blocks[k]!.lineNo + 1) continue;
      const joined = `${head[1]}${tail[1]}`.replace(/([^s])s$/, '$1');
      if (!isOrganisationWord(joined)) continue;
      const start = blocks[k]!.end - head[0].length;
      ctx.out.candidates.push({ type: 'organisation', name: joined, start, end: blocks[k + 1]!.start + joined.length - head[1]!.length, cue: 'hyphenated', strength: 2 });
    }
  },
};
