// One person's meetings over time, a lane per group they met in: filled marks where they were
// present, rings where they were listed as absent; roles in the tooltip and accessible name.
// The person profile panel and the timeline view (state.person) both use it.
import type { PersonTimeline } from '../../../server/api/shapes.ts';
import { formatDate } from '../i18n/index.ts';
import type { ViewContext } from '../view.ts';
import { createTimelineChart, type ChartOptions } from './timeline/chart.ts';
import type { ChartLane, ChartMeeting } from './timeline/lanes.ts';
import './timeline.css';

type Ctx = Pick<ViewContext, 'api' | 't' | 'openProfile'>;

/** Groups a person's meetings into lanes, one per group; meetings of no group share a last lane. */
export function personLanes(data: PersonTimeline, noGroup: string): ChartLane[] {
  const lanes = new Map<string | null, { id: string | null; name: string; meetings: ChartMeeting[] }>();
  for (const m of data.meetings) {
    const key = m.group?.id ?? null;
    const lane = lanes.get(key) ?? { id: key, name: m.group?.name ?? noGroup, meetings: [] };
    lane.meetings.push({ id: m.id, title: m.title, date: m.date, role: m.role, present: m.present });
    lanes.set(key, lane);
  }
  return [...lanes.values()]
    .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name, 'sv')))
    .map((l) => ({ ...l, type: 'group' as const, first: null, last: null }));
}

/** What a meeting mark says: title, date, and for a person their role or absence. */
export function describeMeeting(ctx: Pick<ViewContext, 't'>, m: ChartMeeting, lane: ChartLane): string[] {
  const { t } = ctx;
  const lines = [m.title || t('timeline.untitled'), m.date ? formatDate(m.date) : t('timeline.undated'), lane.name];
  if (m.role) {
    // Roles the pipeline names in English (minute-taker …) are translated; Swedish ones from the text stay as written.
    const key = `timeline.roles.${m.role}`;
    const role = t(key);
    lines.push(t('timeline.role', { role: role === key ? m.role : role }));
  }
  if (m.present === false) lines.push(t('timeline.absent'));
  return lines;
}

/** Chart options shared by the panel and the timeline view for a person's lanes. */
export function personChartOptions(ctx: Ctx, lanes: ChartLane[], name: string): ChartOptions {
  return {
    lanes,
    label: ctx.t('timeline.person.label', { name }),
    undatedLabel: ctx.t('timeline.undated'),
    describe: (m, lane) => describeMeeting(ctx, m, lane),
    laneLabel: (lane) => ctx.t('timeline.openLane', { name: lane.name }),
    onMark: (m) => ctx.openProfile(m.id),
    onLane: (lane) => lane.id && ctx.openProfile(lane.id),
  };
}

/** Renders a person's timeline into `container` (replacing its content). */
export async function renderPersonTimeline(container: HTMLElement, ctx: Ctx, personId: string): Promise<void> {
  const { t } = ctx;
  const status = document.createElement('p');
  status.className = 'tl-status';
  status.setAttribute('role', 'status');
  status.textContent = t('timeline.loading');
  container.replaceChildren(status);
  let data: PersonTimeline;
  try {
    data = await ctx.api.personTimeline(personId);
  } catch (error) {
    status.textContent = t('timeline.error', { message: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (!data.meetings.length) {
    status.textContent = t('timeline.person.empty');
    return;
  }
  const holder = document.createElement('div');
  holder.className = 'tl-chart tl-compact';
  const legend = document.createElement('p');
  legend.className = 'tl-legend';
  legend.textContent = t('timeline.person.legend');
  container.replaceChildren(holder, legend);
  // The panel may attach the container only after this started; text is measured once it is shown.
  if (!holder.isConnected) await new Promise((resolve) => requestAnimationFrame(resolve));
  // The panel replaces its content when it moves on; the chart's SVG and listeners go with it.
  createTimelineChart(holder, { ...personChartOptions(ctx, personLanes(data, t('timeline.noGroup')), data.person.name), compact: true });
}
