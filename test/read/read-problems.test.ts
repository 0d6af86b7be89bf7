// Every bad file is one ReadProblem naming it and saying why; the rest of the batch is read.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../ingest/pipeline.ts';
import { type ReadFileSystem, readSourceDocument } from '../../ingest/read.ts';
import { badFiles } from './bad-files.ts';
import { buildDocx, buildTextPdf, declareSize, minutesHtml, minutesText } from './build-fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-read-bad-'));
let bad: Awaited<ReturnType<typeof badFiles>>;

beforeAll(async () => {
  bad = await badFiles();
  for (const [name, { bytes }] of Object.entries(bad)) writeFileSync(path.join(dir, name), bytes);
  writeFileSync(path.join(dir, 'good.txt'), minutesText(3));
  writeFileSync(path.join(dir, 'good.html'), minutesHtml(5));
  writeFileSync(path.join(dir, 'good.docx'), await buildDocx(6));
  writeFileSync(path.join(dir, 'good.pdf'), await buildTextPdf(7));
  writeFileSync(path.join(dir, 'ignored.rtf'), '{\\rtf1 inte läst}');
  mkdirSync(path.join(dir, 'folder.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder with good and bad files', () => {
  it('reads the good ones and gives exactly one problem, with its reason, per bad one', async () => {
    const { documents, problems } = await readInputs([dir]);
    expect(documents.map((d) => [path.basename(d.path), d.format]).sort()).toEqual([['good.docx', 'docx'], ['good.html', 'html'], ['good.pdf', 'pdf'], ['good.txt', 'txt']]);
    const got = problems.map((p) => [path.basename(p.path), p.reason]).sort();
    const expected = Object.entries(bad).map(([name, { reason }]) => [name, reason]).sort();
    expect(got).toEqual(expected);
    for (const p of problems) expect(p.path.startsWith(dir)).toBe(true);
  });
});

describe('refusals that need a lowered limit or a refused read', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const file = path.join(dir, 'good.txt');
    expect(await readSourceDocument(file, { limits: { maxFileBytes: 64 } })).toEqual({ path: file, reason: expect.stringMatching(/^too large: \d+ bytes \(limit 64 bytes\)$/) });
  });

  it('refuses a .docx that unpacks to more than the limit, by its declared sizes', async () => {
    const file = path.join(dir, 'padded.docx');
    writeFileSync(file, await buildDocx(6, { 'word/media/padding.bin': '\0'.repeat(2_000_000) }));
    expect(await readSourceDocument(file, { limits: { maxUnpackedBytes: 1024 * 1024 } })).toEqual({ path: file, reason: 'unpacks to 1.9 MB (limit 1 MB) — refusing a possible zip bomb' });
  });

  it('refuses a .docx whose entries unpack to more than they declare', async () => {
    const file = path.join(dir, 'lying.docx');
    const docx = await buildDocx(6, { 'word/media/padding.bin': '\0'.repeat(2_000_000) });
    writeFileSync(file, declareSize(docx, 'word/media/padding.bin', 100));
    const result = await readSourceDocument(file, { limits: { maxUnpackedBytes: 1024 * 1024 } });
    expect(result).toEqual({ path: file, reason: expect.stringMatching(/^declares \d+ KB but unpacks to more than the 1 MB limit — refusing a possible zip bomb$/) });
  });

  it('reports a file it may not read (EACCES) as that file’s problem', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const fs: ReadFileSystem = { stat: async () => ({ size: 10, isDirectory: () => false }), readFile: async () => { throw denied; } };
    expect(await readSourceDocument('locked.txt', { fs })).toEqual({ path: 'locked.txt', reason: 'cannot read: permission denied (EACCES)' });
  });

  it.skipIf(process.getuid?.() === 0)('reports a real unreadable file the same way (not as root, which may read anything)', async () => {
    const file = path.join(dir, 'unreadable.txt');
    writeFileSync(file, minutesText(9));
    chmodSync(file, 0o000);
    try {
      expect(await readSourceDocument(file)).toEqual({ path: file, reason: 'cannot read: permission denied (EACCES)' });
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('names an unsupported format given by name, and a path that does not exist', async () => {
    const { problems } = await readInputs([path.join(dir, 'ignored.rtf'), path.join(dir, 'missing.txt')]);
    expect(problems).toEqual([
      { path: path.join(dir, 'missing.txt'), reason: 'no such file or folder' },
      { path: path.join(dir, 'ignored.rtf'), reason: "unsupported format '.rtf' (supported: .txt, .md, .html, .htm, .docx, .pdf)" },
    ]);
  });
});
