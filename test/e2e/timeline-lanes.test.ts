// The timeline view asks for what it shows: a project's page opens that project's own lane (its
// every meeting, fetched by id), and the all-projects view asks for the busiest lanes of the
// period. The built explorer over the seeds, in Debian's Chromium.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../server/api/shapes.ts';
import { explorerInChromium, screenshot, watchErrors } from '../support/browser.ts';

const session = explorerInChromium();
/** Every page's errors, each list filled as they come. */
const errors: string[][] = [];

afterAll(() => {
  expect(errors.flat()).toEqual([]);
});

/** A page and the timeline requests it makes (path and query). */
async function open(path: string): Promise<{ page: Page; asked: URL[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
  errors.push(watchErrors(page));
  const asked: URL[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/timelines/')) asked.push(url);
  });
  await page.goto(`${session.explorer.url}${path}`);
  return { page, asked };
}

const timelineReady = (page: Page) => page.waitForFunction(() => document.body.dataset.timelineReady === 'true');
const laneIds = (page: Page) => page.getByTestId('timeline-lane').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));

describe('timeline requests in Chromium', () => {
  it("a project's profile opens its own timeline: that lane only, every meeting", async () => {
    const { page, asked } = await open(`/?sel=${encodeURIComponent('project:fritidsbanken')}`);
    await page.getByTestId('show-lane-timeline').click();
    await timelineReady(page);
    expect(new URL(page.url()).searchParams.get('lane')).toBe('project:fritidsbanken');
    expect(asked.at(-1)!.pathname).toBe('/api/timelines/projects');
    expect(asked.at(-1)!.searchParams.getAll('id')).toEqual(['project:fritidsbanken']);
    expect(await laneIds(page)).toEqual(['project:fritidsbanken']);
    const expected = (await session.explorer.get<Timeline>(`/api/timelines/projects?id=${encodeURIComponent('project:fritidsbanken')}`)).body.lanes[0]!;
    const marks = await page.getByTestId('timeline-mark').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-meeting-id')));
    expect(marks.sort()).toEqual(expected.meetings.map((m) => m.id).sort());
    expect(await page.locator('#tl-heading').textContent()).toContain('Fritidsbanken');
    await screenshot(page, '07-timeline-one-project');

    // Back to all projects: the busiest lanes, no id.
    await page.locator('.tl-all').click();
    await timelineReady(page);
    expect(asked.at(-1)!.searchParams.has('id')).toBe(false);
    expect(asked.at(-1)!.searchParams.get('limit')).toMatch(/^\d+$/);
    await page.close();
  });

  it('all groups with no period open on the year up to the last meeting, in the URL; "All years" widens to every meeting day', async () => {
    const { page, asked } = await open('/?view=timeline');
    await timelineReady(page);
    // One bounded request: no whole timeline was asked for first.
    expect(asked.map((u) => u.pathname + u.search)).toEqual(['/api/timelines/groups?from=2016-12-08&to=2017-12-07&limit=20']);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ view: 'timeline', from: '2016-12-08', to: '2017-12-07' });
    expect(await laneIds(page)).toEqual(['group:ledningsgrupp för utveckling']);
    const marks = () => page.getByTestId('timeline-mark').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-date')).sort());
    expect(await marks()).toEqual(['', '2017-10-02', '2017-12-07']);
    expect(await page.locator('.tl-period-text').textContent()).toBe('Period: 2016-12-08 – 2017-12-07');
    await screenshot(page, '09-timeline-default-year');

    // Widening: the first to the last meeting day, the same lanes as the whole timeline.
    await page.getByTestId('timeline-clear-period').click();
    await page.waitForURL(/from=2016-04-04&to=2017-12-07/);
    await timelineReady(page);
    expect(asked.at(-1)!.search).toBe('?from=2016-04-04&to=2017-12-07&limit=20');
    const whole = (await session.explorer.get<Timeline>('/api/timelines/groups')).body.lanes;
    expect((await laneIds(page)).sort()).toEqual(whole.map((l) => l.id).sort());
    expect(await marks()).toEqual(whole.flatMap((l) => l.meetings.map((m) => m.date ?? '')).sort());
    expect(await page.getByTestId('timeline-clear-period').isHidden()).toBe(true);
    // Back returns to the default year, not to a URL without a period.
    await page.goBack();
    await page.waitForURL(/from=2016-12-08&to=2017-12-07/);
    await timelineReady(page);
    expect(await laneIds(page)).toEqual(['group:ledningsgrupp för utveckling']);
    await page.close();
  });

  it('all projects in a period: the period is asked for, and only its lanes are drawn', async () => {
    const { page, asked } = await open('/?view=timeline&tl=projects&from=2016-09-01&to=2016-09-30');
    await timelineReady(page);
    const last = asked.at(-1)!;
    expect([last.searchParams.get('from'), last.searchParams.get('to')]).toEqual(['2016-09-01', '2016-09-30']);
    const expected = (await session.explorer.get<Timeline>('/api/timelines/projects?from=2016-09-01&to=2016-09-30')).body.lanes.map((l) => l.id);
    expect(expected.length).toBeGreaterThan(0);
    expect((await laneIds(page)).sort()).toEqual([...expected].sort());
    const dates = await page.getByTestId('timeline-mark').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-date')));
    expect(dates.every((d) => d === '2016-09-05')).toBe(true);
    await screenshot(page, '08-timeline-projects-in-period');
    await page.close();
  });
});
