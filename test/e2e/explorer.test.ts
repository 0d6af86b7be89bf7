// End to end: the built explorer over the seeds in a real Neo4j, driven in Debian's Chromium.
// Each scenario saves a screenshot in test-artifacts/e2e/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerInChromium, screenshot, watchErrors } from '../support/browser.ts';

const session = explorerInChromium();
const errors: string[] = [];

async function open(path = '/'): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
  errors.push(...watchErrors(page));
  await page.goto(`${session.explorer.url}${path}`);
  return page;
}

const networkReady = (page: Page) => page.waitForFunction(() => document.body.dataset.networkReady === 'true');
const timelineReady = (page: Page) => page.waitForFunction(() => document.body.dataset.timelineReady === 'true');

/** The node ids and labels the network view has drawn, read from its Cytoscape instance. */
function drawnNodes(page: Page): Promise<{ id: string; label: string }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __minutesGraph?: { cy: { nodes(): { map<T>(f: (n: { id(): string; data(k: string): string }) => T): T[] } } | null } }).__minutesGraph?.cy;
    return cy ? cy.nodes().map((n) => ({ id: n.id(), label: n.data('label') })) : [];
  });
}

async function searchAndOpen(page: Page, query: string, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  const suggestion = page.getByTestId('search-suggestion').filter({ hasText: name }).first();
  await suggestion.waitFor();
  await suggestion.click();
}

describe('the explorer in Chromium', () => {
  it('searches "gosta" and opens Gösta Strand\'s profile: 4 meetings, arbetsmarknadsförvaltningen', async () => {
    const page = await open();
    await networkReady(page);
    await searchAndOpen(page, 'gosta', 'Gösta Strand');
    // The panel is there (busy) as soon as the suggestion is chosen; its profile is drawn when
    // it is no longer busy. (Polling the count gave up after expect.poll's 1 s while a loaded
    // machine was still answering the first profile request.)
    const panel = page.locator('[data-testid=profile-panel][data-entity-id="person:gösta strand"][aria-busy=false]');
    await panel.waitFor();
    expect(await panel.getByTestId('profile-meeting').count()).toBe(4);
    expect(await panel.textContent()).toContain('arbetsmarknadsförvaltningen');
    await networkReady(page);
    await screenshot(page, '01-search-gosta-profile');
    await page.close();
  });

  it("expands Bo Pettersson's neighbourhood and shows Ria and G7; a double-click expands further", async () => {
    const page = await open();
    await networkReady(page);
    await searchAndOpen(page, 'bo pett', 'Bo Pettersson');
    await page.waitForURL(/focus=/);
    await networkReady(page);
    const labels = (await drawnNodes(page)).map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(['Bo Pettersson', 'Ria', 'G7']));
    await screenshot(page, '02-neighbourhood-bo-pettersson');

    // Double-click a meeting of his: its attendees join the graph.
    const before = (await drawnNodes(page)).length;
    const meeting = (await drawnNodes(page)).find((n) => n.id.startsWith('meeting:'))!;
    // The handler runs at once: the status line says "Hämtar grannar …" until the neighbours
    // are merged and laid out (networkReady is still true from before while they are fetched).
    const expanding = await page.evaluate((id) => {
      const cy = (window as unknown as { __minutesGraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__minutesGraph.cy;
      cy.getElementById(id).emit('dbltap');
      return document.querySelector('[data-testid=network-status]')?.textContent;
    }, meeting.id);
    expect(expanding).toBe('Hämtar grannar …');
    await page.waitForFunction((text) => document.querySelector('[data-testid=network-status]')?.textContent !== text && document.body.dataset.networkReady === 'true', expanding);
    expect(await page.getByTestId('network-status').textContent()).toBe('');
    expect((await drawnNodes(page)).length).toBeGreaterThan(before);
    await screenshot(page, '03-neighbourhood-expanded');
    await page.close();
  });

  it('shows Fritidsbanken in the project timeline with its meetings in date order', async () => {
    const page = await open('/?view=timeline&tl=projects');
    await timelineReady(page);
    // All projects open on the last year; every meeting day is one click away.
    await page.getByTestId('timeline-clear-period').click();
    await page.waitForURL(/from=2016-04-04&to=2017-12-07/);
    await timelineReady(page);
    const lane = page.locator('[data-testid=timeline-lane][data-name="Fritidsbanken"]');
    await lane.waitFor();
    const laneId = await lane.getAttribute('data-id');
    const api = await session.explorer.get<{ lanes: { id: string; meetings: { id: string; date: string | null }[] }[] }>('/api/timelines/projects');
    const expected = api.body.lanes.find((l) => l.id === laneId)!.meetings;
    expect(expected.length).toBeGreaterThanOrEqual(2);

    const inLane = await lane.getByTestId('timeline-mark').evaluateAll((nodes) =>
      nodes.map((n) => ({ id: n.getAttribute('data-meeting-id')!, date: n.getAttribute('data-date') || null, x: n.getBoundingClientRect().x })),
    );
    // Every meeting that discussed it has a mark; left to right is date order, undated last.
    expect(inLane.map((m) => m.id).sort()).toEqual(expected.map((m) => m.id).sort());
    const leftToRight = [...inLane].sort((a, b) => a.x - b.x).map((m) => m.date);
    const dated = leftToRight.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(leftToRight.slice(0, dated.length)).toEqual(dated);
    await screenshot(page, '04-timeline-projects');
    await page.close();
  });

  it('brushing a period in the timeline shrinks the network to that period', async () => {
    const page = await open();
    await networkReady(page);
    const all = (await drawnNodes(page)).length;
    expect(all).toBeGreaterThan(0);

    await page.getByTestId('tab-timeline').click();
    // The timeline opens on the year up to the last meeting; the brush then narrows it.
    await page.waitForURL(/from=2016-12-08&to=2017-12-07/);
    await timelineReady(page);
    const box = (await page.getByTestId('timeline-brush').boundingBox())!;
    // The left half of the overview: the earlier meetings only.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((url) => /^\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get('to') ?? '') && url.searchParams.get('to') !== '2017-12-07');
    await screenshot(page, '05-timeline-brushed');

    // networkReady is still true from the network drawn first: the period's network has been
    // asked for (the view sets it false before asking) once its response is in.
    const period = new URL(page.url()).searchParams;
    const periodNetwork = page.waitForResponse((r) => {
      const u = new URL(r.url());
      return /^\/api\/networks\/[^/]+$/.test(u.pathname) && u.searchParams.get('from') === period.get('from') && u.searchParams.get('to') === period.get('to');
    });
    await page.getByTestId('tab-network').click();
    expect((await periodNetwork).status()).toBe(200);
    await networkReady(page);
    expect((await drawnNodes(page)).length).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await screenshot(page, '06-network-in-period');
    await page.close();
  });

  it('opens a citation at the highlighted quote in the document view', async () => {
    const page = await open('/?sel=' + encodeURIComponent('person:gösta strand'));
    const panel = page.getByTestId('profile-panel');
    const cite = panel.getByTestId('cite').first();
    await cite.waitFor();
    const href = new URL((await cite.getAttribute('href'))!, session.explorer.url);
    const { doc, start, end } = Object.fromEntries(href.searchParams) as Record<string, string>;
    await cite.click();
    await page.waitForFunction(() => document.body.dataset.documentReady === 'true');
    const cited = page.getByTestId('cited');
    await cited.waitFor();
    const provenance = await session.explorer.get<{ quote: string }>(`/api/provenance?doc=${encodeURIComponent(doc!)}&start=${start}&end=${end}`);
    expect(provenance.status).toBe(200);
    expect((await cited.textContent())!.replace(/\s+/g, ' ').trim()).toBe(provenance.body.quote.replace(/\s+/g, ' ').trim());
    expect(await cited.isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('view')).toBe('document');
    await screenshot(page, '07-document-cited-quote');
    await page.close();
  });

  it('gives the same view from a copied URL, and Back returns to the one before', async () => {
    const page = await open();
    await networkReady(page);
    await searchAndOpen(page, 'bo pett', 'Bo Pettersson');
    await page.waitForURL(/focus=/);
    await networkReady(page);
    // The type filters sit in a folded <details>: unfold it, then hide the meetings.
    await page.locator('details', { has: page.getByTestId('filter-type-meeting') }).locator('summary').click();
    await page.getByTestId('filter-type-meeting').uncheck();
    await page.waitForURL(/types=/);
    await networkReady(page);
    const url = page.url();
    const seen = (await drawnNodes(page)).map((n) => n.id).sort();
    const panelId = await page.getByTestId('profile-panel').getAttribute('data-entity-id');

    // A new page: networkReady is false from the view's first load until its layout has stopped.
    const copy = await open(new URL(url).pathname + new URL(url).search);
    await networkReady(copy);
    expect((await drawnNodes(copy)).map((n) => n.id).sort()).toEqual(seen);
    expect(await copy.getByTestId('profile-panel').getAttribute('data-entity-id')).toBe(panelId);
    await screenshot(copy, '08-copied-url');

    await page.goBack();
    await networkReady(page);
    expect(new URL(page.url()).searchParams.get('types')).toBeNull();
    await copy.close();
    await page.close();
  });

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(errors).toEqual([]);
  });
});
