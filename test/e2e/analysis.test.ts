// End to end: network analytics in the explorer over the seeds, in Debian's Chromium — size by
// betweenness with its table, colour by community, two periods compared and drawn, download links.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NetworkMeasures } from '../../server/api/shapes-analysis.ts';
import { explorerInChromium, screenshot, watchErrors } from '../support/browser.ts';

const session = explorerInChromium();

const networkReady = (page: Page) => page.waitForFunction(() => document.body.dataset.networkReady === 'true');

/** What the measures section says once the measures have come and been applied to the drawn nodes and the table. */
const measuresSummary = (m: NetworkMeasures) => `${m.communities} kluster, modularitet ${m.modularity.toFixed(3)}`;
/** The measures are loaded and shown: the section's status is their summary (it says "Beräknar mått …" while they load). */
const measuresShown = (page: Page, m: NetworkMeasures) =>
  page.waitForFunction((summary) => document.querySelector('[data-testid=measures-status]')?.textContent === summary, measuresSummary(m));

interface Drawn {
  id: string;
  label: string;
  classes: string[];
  msize: number | null;
  mcolour: string | null;
  diff: string | null;
  lineStyle: string | null;
  lineColour: string | null;
}

/** What the network view has drawn, read from its Cytoscape instance. */
function drawn(page: Page, group: 'nodes' | 'edges'): Promise<Drawn[]> {
  return page.evaluate((g) => {
    type El = { id(): string; data(k: string): unknown; classes(): string[]; style(k: string): string };
    const cy = (window as unknown as { __minutesGraph?: { cy: Record<string, () => { map<T>(f: (e: El) => T): T[] }> | null } }).__minutesGraph?.cy;
    if (!cy) return [];
    return cy[g]!().map((e) => ({
      id: e.id(), label: String(e.data('label') ?? ''), classes: e.classes(),
      msize: (e.data('msize') as number | undefined) ?? null, mcolour: (e.data('mcolour') as string | undefined) ?? null,
      diff: (e.data('diff') as string | undefined) ?? null,
      lineStyle: g === 'edges' ? e.style('line-style') : null, lineColour: g === 'edges' ? e.style('line-color') : null,
    }));
  }, group);
}

describe('network analytics in the explorer', () => {
  it('sizes the co-attendance network by betweenness, sorts the table by it, colours communities; a download link names the export', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = watchErrors(page);
    await page.goto(`${session.explorer.url}/?kind=co-attendance`);
    await networkReady(page);

    const m = (await session.explorer.get<NetworkMeasures>('/api/networks/co-attendance/measures')).body;
    const top = m.nodes[0]!;
    await page.getByTestId('measures-controls').locator('summary').click();
    await page.getByTestId('measures-size').selectOption('betweenness');
    await page.waitForURL(/size=betweenness/);
    await measuresShown(page, m);
    const rows = page.getByTestId('measures-row');
    expect(await rows.count()).toBe(m.nodes.length);
    // First row: the highest betweenness the API gives (the heading says it sorts descending).
    const first = rows.first();
    expect(await first.locator('[data-column=betweenness]').textContent()).toBe(top.betweenness.toFixed(3));
    expect(m.nodes.filter((n) => n.betweenness === top.betweenness).map((n) => n.id)).toContain(await first.getAttribute('data-id'));
    expect(await page.getByTestId('measures-table').locator('th[aria-sort=descending]').textContent()).toMatch(/Mellanhet/);

    // The most central node is drawn the largest.
    const nodes = await drawn(page, 'nodes');
    expect(nodes.filter((n) => n.classes.includes('measured')).length).toBe(m.nodes.length);
    const largest = Math.max(...nodes.map((n) => n.msize ?? 0));
    expect(nodes.find((n) => n.id === top.id)?.msize).toBe(largest);

    // Community colours: every node coloured, the key lists the communities.
    await page.getByTestId('measures-communities').check();
    await page.waitForURL(/comm=true/);
    // The measures are in: the change applies the colours and shows the key at once.
    await page.getByTestId('community-key').waitFor();
    expect((await drawn(page, 'nodes')).filter((n) => n.classes.includes('community') && n.mcolour).length).toBe(m.nodes.length);
    expect(await page.getByTestId('community-key').locator('li').count()).toBe(Math.min(m.communities, 11));

    // Clicking a heading sorts the other way; clicking a row selects its node.
    await page.getByTestId('measures-sort-betweenness').click();
    expect(await page.getByTestId('measures-table').locator('th[aria-sort=ascending]').count()).toBe(1);
    await page.getByTestId('measures-sort-degree').click();
    const byDegree = [...m.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    expect(await rows.first().locator('[data-column=degree]').textContent()).toBe(String(byDegree.degree));
    await rows.first().click();
    await page.waitForURL(/sel=/);

    await page.getByTestId('download-links').locator('summary').click();
    expect(await page.getByTestId('download-gexf').getAttribute('href')).toBe('/api/exports/gexf?network=co-attendance');
    expect(await page.getByTestId('download-csv-edges').getAttribute('href')).toBe('/api/exports/csv?network=co-attendance&file=edges');
    expect(await page.getByTestId('download-gexf').getAttribute('download')).toBe('');
    const gexf = await fetch(`${session.explorer.url}${await page.getByTestId('download-gexf').getAttribute('href')}`);
    expect(gexf.headers.get('content-disposition')).toBe('attachment; filename="co-attendance.gexf"');
    expect(await gexf.text()).toContain('<gexf');
    await screenshot(page, '20-measures-betweenness-communities');

    // After a reload the URL brings the same analysis back.
    await page.reload();
    // Both the network and its measures are fetched; whichever comes last applies the measures.
    await networkReady(page);
    await measuresShown(page, m);
    expect((await drawn(page, 'nodes')).filter((n) => n.classes.includes('measured') && n.classes.includes('community')).length).toBe(m.nodes.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares April and September 2016: joiners and leavers listed, added and removed ties drawn', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = watchErrors(page);
    await page.goto(`${session.explorer.url}/?kind=co-attendance`);
    await networkReady(page);
    await page.getByTestId('compare-controls').locator('summary').click();
    await page.getByTestId('compare-aFrom').fill('2016-04-01');
    await page.getByTestId('compare-aTo').fill('2016-04-30');
    await page.getByTestId('compare-bFrom').fill('2016-09-01');
    await page.getByTestId('compare-bTo').fill('2016-09-30');
    await page.getByTestId('compare-run').click();
    await page.waitForURL(/afrom=2016-04-01.*bto=2016-09-30/);
    await page.getByTestId('compare-summary').waitFor();
    await networkReady(page);

    // From the two Närvarande lists (see test/analysis/compare-periods.test.ts).
    const joined = await page.getByTestId('compare-joined').locator('li').allTextContents();
    expect(joined).toEqual(expect.arrayContaining(['Allan Hedman', 'Carina Sörensen', 'Johnny Nyander', 'Lina Håkansson', 'Per Norbeck']));
    const left = await page.getByTestId('compare-left').locator('li').allTextContents();
    expect(left).toEqual(expect.arrayContaining(['Bent S. Nilsen', 'Johan Larsson', 'Nicklas Wenkel', 'Åke Malmén']));

    const edges = await drawn(page, 'edges');
    const added = edges.filter((e) => e.diff === 'added');
    const removed = edges.filter((e) => e.diff === 'removed');
    const kept = edges.filter((e) => e.diff === 'kept');
    expect(added.length).toBeGreaterThan(0);
    expect(removed.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    // Told apart by line style as well as colour.
    expect(new Set(added.map((e) => e.lineStyle))).toEqual(new Set(['solid']));
    expect(new Set(removed.map((e) => e.lineStyle))).toEqual(new Set(['dashed']));
    expect(new Set(kept.map((e) => e.lineStyle))).toEqual(new Set(['dotted']));
    expect(added[0]!.lineColour).toBe('rgb(26,127,55)');
    expect(removed[0]!.lineColour).toBe('rgb(198,40,40)');
    const c = await session.explorer.get<{ appeared: unknown[]; disappeared: unknown[] }>('/api/networks/co-attendance/compare?aFrom=2016-04-01&aTo=2016-04-30&bFrom=2016-09-01&bTo=2016-09-30');
    expect([added.length, removed.length]).toEqual([c.body.appeared.length, c.body.disappeared.length]);
    const nodes = await drawn(page, 'nodes');
    expect(nodes.find((n) => n.label === 'Allan Hedman')?.diff).toBe('added');
    expect(nodes.find((n) => n.label === 'Åke Malmén')?.diff).toBe('removed');
    await screenshot(page, '21-compare-periods');

    await page.getByTestId('compare-clear').click();
    await page.waitForURL((url) => !url.search.includes('afrom'));
    await networkReady(page);
    expect((await drawn(page, 'edges')).every((e) => e.diff === null)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
