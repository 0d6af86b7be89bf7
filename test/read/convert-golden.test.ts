// Golden text of the HTML, DOCX and PDF conversions. After an intended change, regenerate
// with UPDATE=1 npx vitest run test/read and review the diff of test/fixtures/read/.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourceDocument } from '../../ingest/read.ts';
import { projectRoot } from '../../server/config.ts';
import { buildDocx, buildTextPdf, minutesHtml } from './build-fixtures.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/read');
const dir = mkdtempSync(path.join(tmpdir(), 'minutes-read-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: ReadonlyArray<[string, () => Promise<Buffer> | Buffer]> = [
  ['minutes.html', () => Buffer.from(minutesHtml())],
  ['minutes.docx', () => buildDocx()],
  ['minutes.pdf', () => buildTextPdf()],
];

describe('conversion golden fixtures', () => {
  for (const [name, build] of cases) {
    it(`reads ${name} as its golden text`, async () => {
      const file = path.join(dir, name);
      writeFileSync(file, await build());
      const doc = await readSourceDocument(file);
      expect(doc).not.toHaveProperty('reason');
      const text = 'text' in doc ? doc.text : '';
      const golden = path.join(fixtures, name.replace(/\.(\w+)$/, '.$1.expected.txt'));
      if (process.env.UPDATE === '1' || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, 'utf8'));
      expect(doc).toMatchObject({ format: path.extname(name).slice(1) });
    });
  }

  it('builds a .docx that mammoth itself reads', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await buildDocx() });
    expect(value).toContain('Lars Ekdahl');
    expect(value).toContain('Åtgärder');
  });

  it('drops the HTML page’s script, style, navigation and footer', async () => {
    const file = path.join(dir, 'noise.htm');
    writeFileSync(file, minutesHtml());
    const doc = await readSourceDocument(file);
    const text = 'text' in doc ? doc.text : '';
    for (const noise of ['inte text', 'color', 'Om oss', 'Kommunen', 'kommentar']) expect(text).not.toContain(noise);
    expect(doc).toMatchObject({ format: 'html' });
  });

  it('drops the PDF’s running header and page numbers and mends the broken word', async () => {
    const file = path.join(dir, 'minutes.pdf');
    writeFileSync(file, await buildTextPdf());
    const doc = await readSourceDocument(file);
    const text = 'text' in doc ? doc.text : '';
    expect(text).not.toMatch(/protokoll|Sida \d/);
    expect(text).toContain('samverkan');
    expect(text).toContain('IT-gruppen');
  });
});
