// Golden fixtures: each seed's parse (title, attendance, minute taker, sections) against a
// reviewed JSON file. Regenerate after an intended change with UPDATE=1 npx vitest run test/parse.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../ingest/parse/parse-minutes.ts';
import { makeSourceDocument } from '../../ingest/read.ts';
import { projectRoot } from '../../server/config.ts';

const seeds = path.join(projectRoot, 'seeds');
const fixtures = path.join(projectRoot, 'test/fixtures/parse');

function summarise(file: string) {
  const doc = makeSourceDocument(path.join('seeds', file), readFileSync(path.join(seeds, file), 'utf8'));
  const p = parseMinutes(doc);
  const quote = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  return {
    title: p.title && { text: p.title.text, group: p.title.name?.text ?? null, date: p.title.date && { day: p.title.date.day, month: p.title.date.month, year: p.title.date.year } },
    attendees: p.attendees.map((a) => ({
      name: a.name.text, organisations: a.organisations.map((o) => o.text), role: a.role?.text ?? null,
      present: a.present, minuteTaker: a.minuteTaker, line: a.lineNo, spanQuotesName: quote(a.name) === a.name.text,
    })),
    minuteTaker: p.minuteTaker && { name: p.minuteTaker.text, cue: p.minuteTaker.cue, quote: quote(p.minuteTaker) },
    sections: p.sections.map((s) => s.heading && { heading: s.heading.text, line: s.heading.lineNo, quote: quote(s.heading) }),
  };
}

describe('parse golden fixtures', () => {
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    it(`parses ${file} as its golden fixture`, () => {
      const fixture = path.join(fixtures, file.replace(/\.txt$/, '.json'));
      const actual = summarise(file);
      if (process.env.UPDATE === '1' || !existsSync(fixture)) writeFileSync(fixture, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
    });
  }
});
