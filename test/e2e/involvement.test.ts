// End to end: the involvement view (Medverkan) over the seeds in Chromium — the stacked bars,
// the hover with a meeting's attendees, a period unit, the tenure table and the CSV link.
import { describe, expect, it } from 'vitest';
import { enc } from '../support/api.ts';
import { explorerInChromium, screenshot, watchErrors } from '../support/browser.ts';

const session = explorerInChromium();

describe('the involvement view', () => {
  it('draws who sat at the table for a group, per meeting and per year, with its tenure table', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    const ready = () => page.waitForFunction(() => document.body.dataset.involvementReady === 'true');
    await page.goto(`${session.explorer.url}/?view=involvement&group=${enc('group:gemensam utvecklingsgrupp')}`);
    await ready();
    const bars = page.getByTestId('involvement-bar');
    expect(await bars.count()).toBe(2);
    // The first meeting: ten present, five from user organisations.
    const userSegments = page.locator('.inv-chart svg g[data-key="user-organisation"] rect');
    const heights = await userSegments.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    expect(heights.every((h) => h > 0)).toBe(true);
    await bars.first().hover();
    // Shown by the bar's mouseenter handler.
    const tip = page.locator('.inv-chart .tl-tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Gösta Strand (arbetsmarknadsförvaltningen)');
    expect(await tip.textContent()).toContain('10 närvarande');
    await screenshot(page, 'involvement-01-meetings');

    const rows = page.getByTestId('tenure-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid=tenure-table] tr[data-person="Bo Pettersson"]').textContent()).toContain('100 %');

    await page.getByTestId('involvement-unit').selectOption('year');
    await page.waitForURL(/unit=year/);
    await ready();
    expect(await bars.count()).toBe(1);
    expect(await page.getByTestId('involvement-csv').getAttribute('href')).toBe(`/api/involvement?group=${encodeURIComponent('group:gemensam utvecklingsgrupp').replace(/%20/g, '+')}&period=year&format=csv`);
    await screenshot(page, 'involvement-02-year');
    expect(errors).toEqual([]);
    await page.close();
  });
});
