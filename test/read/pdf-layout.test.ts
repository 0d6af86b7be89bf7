// The PDF layout rules on hand-placed fragments: lines by baseline, page furniture, broken words.
import { describe, expect, it } from 'vitest';
import { dropPageFurniture, joinPages, type LaidLine, layoutPage } from '../../ingest/read/pdf-layout.ts';

const lines = (...texts: string[]): LaidLine[] => texts.map((text) => ({ text, blankBefore: false }));
const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, width: str.length * size * 0.5, size });

describe('layoutPage', () => {
  it('joins fragments on one baseline, in x order, and marks paragraph gaps', () => {
    const page = layoutPage([item('Ekdahl,', 90, 700), item('Lars', 50, 700.5), item('kulturförvaltningen', 135, 700), item('Nästa stycke', 50, 670), item('rad två', 50, 658)]);
    expect(page).toEqual([
      { text: 'Lars Ekdahl, kulturförvaltningen', blankBefore: false },
      { text: 'Nästa stycke', blankBefore: true },
      { text: 'rad två', blankBefore: false },
    ]);
  });
});

describe('dropPageFurniture', () => {
  it('drops bare page numbers in their usual Swedish forms', () => {
    for (const number of ['3', 'Sida 3', 'Sida 3 av 7', '3 (7)', '3/7', '- 3 -', 'sid. 3']) {
      expect(dropPageFurniture([lines('Text', 'Mer text', number)])).toEqual([lines('Text', 'Mer text')]);
    }
  });

  it('drops a header that repeats on most pages but keeps a line that does not', () => {
    const pages = [lines('Protokoll 2019-03-07', 'Ett'), lines('Protokoll 2019-03-07', 'Två'), lines('Protokoll 2019-03-07', 'Tre'), lines('Bilaga', 'Fyra')];
    expect(dropPageFurniture(pages).map((p) => p.map((l) => l.text))).toEqual([['Ett'], ['Två'], ['Tre'], ['Bilaga', 'Fyra']]);
  });

  it('keeps everything of a one-page document but its page number', () => {
    expect(dropPageFurniture([lines('Protokoll', 'Text', '1 (1)')])).toEqual([lines('Protokoll', 'Text')]);
  });
});

describe('joinPages', () => {
  it('mends a word broken at a line end, and across a page break', () => {
    expect(joinPages([lines('ett arbete i sam-', 'verkan med alla', 'om utvecklings-'), lines('arbetet i stort')])).toBe('ett arbete i samverkan\nmed alla\nom utvecklingsarbetet\ni stort');
  });

  it('keeps the hyphen of an abbreviation, a capital or a number', () => {
    expect(joinPages([lines('en ny IT-', 'grupp bildas')])).toBe('en ny IT-grupp\nbildas');
    expect(joinPages([lines('Region-', 'Skåne deltar')])).toBe('Region-Skåne\ndeltar');
    expect(joinPages([lines('åren 2019-', '2020')])).toBe('åren 2019-2020');
  });

  it('leaves a dash after a space and a hyphen before a blank line alone', () => {
    expect(joinPages([lines('Kostnad -', 'okänd')])).toBe('Kostnad -\nokänd');
    expect(joinPages([[{ text: 'Slut-', blankBefore: false }, { text: 'ny rubrik', blankBefore: true }]])).toBe('Slut-\n\nny rubrik');
  });
});
