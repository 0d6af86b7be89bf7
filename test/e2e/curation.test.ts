// End to end: merge two people in the explorer's profile panel and split them again, in
// Debian's Chromium over the seeds; the registry copy and the API follow each step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enc } from '../support/api.ts';
import { explorerInChromium, screenshot, watchErrors } from '../support/browser.ts';

const session = explorerInChromium();

describe('merge and split in the explorer', () => {
  it('merges Per Skålén into Per Norbeck from the profile panel, then splits him off again', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${session.explorer.url}/?sel=${enc('person:per norbeck')}`);
    const panel = page.locator('[data-testid=profile-panel][data-entity-id="person:per norbeck"]');
    // After a merge or split the panel loads the profile again and shows it (no longer busy)
    // with a note of what changed: until then its status line is the form's own.
    const changed = async (note: string) => {
      const status = page.locator('[data-testid=profile-panel][data-entity-id="person:per norbeck"][aria-busy=false]')
        .getByTestId('curate-status').filter({ hasText: note });
      await status.waitFor({ timeout: 30_000 });
      expect(await status.textContent()).toContain(note);
    };
    await panel.getByTestId('curate').waitFor();
    await panel.getByTestId('curate').locator('summary').click();

    await panel.getByTestId('merge-search').fill('skålén');
    await panel.getByTestId('search-suggestion').filter({ hasText: 'Per Skålén' }).first().click();
    await panel.getByTestId('merge-confirm').click();
    await changed('Per Skålén → Per Norbeck');
    expect(await panel.locator('.aliases').textContent()).toContain('Per Skålén');
    expect(readFileSync(session.explorer.registryPath, 'utf8')).toMatch(/name: Per Norbeck\n\s+aliases: \[Per Skålén\]/);
    expect((await session.explorer.get(`/api/entities/${enc('person:per skålén')}`)).status).toBe(404);
    await screenshot(page, 'curation-01-merged');

    await panel.getByTestId('curate').locator('summary').click();
    await panel.locator('[data-testid=split-alias][data-name="Per Skålén"]').click();
    await changed('Per Skålén is no longer Per Norbeck');
    expect(await panel.locator('.aliases').count()).toBe(0);
    expect((await session.explorer.get(`/api/entities/${enc('person:per skålén')}`)).status).toBe(200);
    await screenshot(page, 'curation-02-split');
    expect(errors).toEqual([]);
    await page.close();
  });
});
