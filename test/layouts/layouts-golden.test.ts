// Golden fixtures: each formal protocol's extraction contract (`extract --json`) against a
// reviewed JSON file. Regenerate after an intended change with UPDATE=1 npx vitest run test/layouts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutFiles, layoutsDir, runLayout } from './run-layout.ts';

describe('layout golden fixtures', () => {
  it('has the four protocol shapes', () => {
    expect(layoutFiles.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of layoutFiles) {
    it(`extracts ${file} as its golden contract`, () => {
      const fixture = path.join(layoutsDir, file.replace(/\.txt$/, '.json'));
      const actual = JSON.parse(JSON.stringify(runLayout(file).contract));
      if (process.env.UPDATE === '1' || !existsSync(fixture)) writeFileSync(fixture, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
    });
  }
});
