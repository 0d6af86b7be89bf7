// Gold files: validation errors name the file and the field.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError, loadGold, parseGoldDocument } from '../../ingest/eval/gold.ts';

describe('gold files', () => {
  it('names the file and the field of a malformed gold file', () => {
    expect(() => parseGoldDocument({ document: 'x.txt', meeting: { group: null, date: '2016-13-01' }, minuteTaker: null, attendees: [], entities: [] }, 'g/x.json')).toThrow(
      /^g\/x\.json: field 'meeting\.date': /,
    );
    expect(() => parseGoldDocument({ document: 'x.txt', meeting: { group: null, date: null }, minuteTaker: null, attendees: [], entities: [{ type: 'persn', name: 'A' }] }, 'g/x.json')).toThrow(
      /field 'entities\.0\.type'/,
    );
    expect(() => parseGoldDocument({ document: 'x.txt', meeting: { group: null, date: null }, minuteTaker: null, attendees: [], entities: [], aliasses: [] }, 'g/x.json')).toThrow(
      /field 'aliasses': Unrecognized key/,
    );
    expect(() => parseGoldDocument({ document: 'x.txt', meeting: { group: null, date: '2016-01-01', dateWindow: ['2016-01-01', '2016-02-01'] }, minuteTaker: null, attendees: [], entities: [] }, 'g/x.json')).toThrow(
      /field 'meeting\.dateWindow': only an undated meeting/,
    );
  });

  it('rejects two gold files for one document, and a folder that is not there', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gold-'));
    const doc = { document: 'm1.txt', meeting: { group: null, date: null }, minuteTaker: null, attendees: [], entities: [] };
    await writeFile(path.join(dir, 'a.json'), JSON.stringify(doc));
    await writeFile(path.join(dir, 'b.json'), JSON.stringify({ ...doc, document: 'other/m1.txt' }));
    await expect(loadGold(dir)).rejects.toThrow(/b\.json: field 'document': 'other\/m1\.txt' is already annotated in .*a\.json/);
    await expect(loadGold(path.join(dir, 'nope'))).rejects.toBeInstanceOf(GoldError);
  });
});
