// The timeline view: one swim-lane per group or project (state.timeline), one project's or group's
// history (state.lane), or one person's meetings (state.person). Brushing the overview strip sets
// the period (state.from/to), which the network view also filters by; the brush is drawn from the
// state, so a link restores it. All lanes are asked for as the busiest few of the period (a large
// graph's whole timeline is megabytes), so choosing a period there narrows what is fetched; with
// no period they open on the year up to the last meeting, written into the URL, and "All years"
// widens that to the first to the last meeting day.
import type { Health, Timeline } from '../../../server/api/shapes.ts';
import { isAbort, type TimelineKind } from '../api.ts';
import { debounce, el, setChildren } from '../dom.ts';
import type { AppState } from '../state.ts';
import type { ViewContext, ViewHandle } from '../view.ts';
import { describeMeeting, personChartOptions, personLanes } from './person-timeline.ts';
import { createTimelineChart, type ChartHandle, type ChartOptions } from './timeline/chart.ts';
import { addDays, formatDay, parseDay, yearEndingOn } from './timeline/dates.ts';
import type { ChartLane } from './timeline/lanes.ts';
import './timeline.css';

/** Lanes fetched when all of a kind are shown: the busiest of the period; a lane's own view has all. */
const laneLimit = 20;

/** A lane's kind, read from its id (model.ts: an id starts with its type). */
const kindOfLane = (id: string): TimelineKind => (id.startsWith('group:') ? 'groups' : 'projects');

/** The period a state names: from inclusive, to exclusive (state.to is the last day included). */
function periodOf(state: AppState): [Date | null, Date | null] | null {
  const from = parseDay(state.from);
  const to = parseDay(state.to);
  return from || to ? [from, to ? addDays(to, 1) : null] : null;
}

type Span = NonNullable<Health['meetings']>;

export function mount(container: HTMLElement, ctx: ViewContext): ViewHandle {
  const { t } = ctx;
  const heading = el('h2', { class: 'tl-heading', id: 'tl-heading' });
  const kindButtons = (['groups', 'projects'] as const).map((kind) =>
    el('button', { type: 'button', class: 'tl-kind', 'data-kind': kind, onclick: () => ctx.navigate({ timeline: kind, person: null, lane: null }) }),
  );
  const allButton = el('button', { type: 'button', class: 'tl-all', onclick: () => ctx.navigate({ person: null, lane: null }) });
  const zoomIn = el('button', { type: 'button', class: 'tl-zoom', onclick: () => chart?.zoomBy(1.6) }, '+');
  const zoomOut = el('button', { type: 'button', class: 'tl-zoom', onclick: () => chart?.zoomBy(1 / 1.6) }, '−');
  const zoomReset = el('button', { type: 'button', class: 'tl-zoom-reset', onclick: () => chart?.resetZoom() });
  const periodText = el('span', { class: 'tl-period-text', 'aria-live': 'polite' });
  // Date fields: the keyboard's way to set the period the brush sets with a pointer.
  const dateInput = (field: 'from' | 'to') =>
    el('input', {
      type: 'date',
      class: 'tl-date',
      onchange: (e: Event) => {
        const next = { from: ctx.state.from, to: ctx.state.to, [field]: (e.target as HTMLInputElement).value || null };
        // A period typed backwards is meant the right way round.
        ctx.navigate(next.from && next.to && next.from > next.to ? { from: next.to, to: next.from } : next);
      },
    });
  const fromInput = dateInput('from');
  const toInput = dateInput('to');
  const fromLabel = el('label', { class: 'tl-date-label' });
  const toLabel = el('label', { class: 'tl-date-label' });
  const clearPeriod = el('button', { type: 'button', class: 'tl-clear', 'data-testid': 'timeline-clear-period', onclick: () => ctx.navigate(widest(ctx.state)) });
  const kindGroup = el('div', { class: 'tl-kinds', role: 'group' }, kindButtons, allButton);
  const zoomGroup = el('div', { class: 'tl-zooms', role: 'group' }, zoomIn, zoomOut, zoomReset);
  const status = el('p', { class: 'tl-status', role: 'status' });
  const note = el('p', { class: 'tl-note', 'data-testid': 'timeline-note', hidden: true });
  const holder = el('div', { class: 'tl-chart' });
  const hint = el('p', { class: 'tl-hint' });
  const root = el('section', { class: 'tl-view', 'aria-labelledby': 'tl-heading' },
    el('header', { class: 'tl-toolbar' }, heading, kindGroup, zoomGroup, el('div', { class: 'tl-period-box' }, periodText, fromLabel, toLabel, clearPeriod)),
    status, note, holder, hint);
  setChildren(container, root);

  let chart: ChartHandle | null = null;
  let lanes: ChartLane[] | null = null;
  let personName = '';
  let laneName = '';
  /** The last all-lanes answer left lanes out (the busiest were kept). */
  let truncated = false;
  let loadedKey = '';
  let drawnWidth = 0;
  let controller: AbortController | null = null;
  let lastLang = ctx.state.lang;
  /** The first and last meeting day (health), asked for once: the all-lanes view's default and widest period. */
  let span: Span | null = null;
  const spanReady: Promise<Span | null> = ctx.api
    .health()
    .then((h) => (span = h.meetings?.last ? h.meetings : null))
    .catch(() => null);
  void spanReady.then(() => labelControls(ctx.state));

  /** The widest period: every meeting day for all lanes (all lanes at once are too many for no
   *  period, which opens on the last year), no period for one lane or person. */
  const widest = (s: AppState) => (showsAll(s) && span ? { from: span.first, to: span.last } : { from: null, to: null });
  const isWidest = (s: AppState) => s.from === widest(s).from && s.to === widest(s).to;

  // All lanes are fetched for the period, so a new period is a new fetch; one lane or person has all.
  const keyOf = (s: AppState) =>
    s.person ? `person:${s.person}` : s.lane ? `lane:${s.lane}` : `kind:${s.timeline}:${s.from ?? ''}:${s.to ?? ''}`;
  const showsAll = (s: AppState) => !s.person && !s.lane;

  function labelControls(state: AppState): void {
    heading.textContent = state.person
      ? t('timeline.person.heading', { name: personName || '…' })
      : state.lane ? t('timeline.lane.heading', { name: laneName || '…' }) : t(`timeline.heading.${state.timeline}`);
    for (const b of kindButtons) {
      b.textContent = t(`timeline.kind.${b.dataset.kind}`);
      b.setAttribute('aria-pressed', String(showsAll(state) && state.timeline === b.dataset.kind));
    }
    allButton.textContent = t('timeline.backToAll');
    allButton.hidden = showsAll(state);
    kindGroup.setAttribute('aria-label', t('timeline.kind.label'));
    zoomGroup.setAttribute('aria-label', t('timeline.zoom.label'));
    zoomIn.setAttribute('aria-label', t('timeline.zoom.in'));
    zoomOut.setAttribute('aria-label', t('timeline.zoom.out'));
    zoomReset.textContent = t('timeline.zoom.reset');
    periodText.textContent = state.from || state.to
      ? t('timeline.period', { from: state.from ?? '…', to: state.to ?? '…' })
      : t('timeline.period.all');
    setChildren(fromLabel, t('timeline.from'), ' ', fromInput);
    setChildren(toLabel, t('timeline.to'), ' ', toInput);
    fromInput.value = state.from ?? '';
    toInput.value = state.to ?? '';
    fromInput.max = state.to ?? '';
    toInput.min = state.from ?? '';
    const whole = showsAll(state) && span;
    clearPeriod.textContent = t(whole ? 'timeline.period.whole' : 'timeline.period.clear');
    if (whole) clearPeriod.title = t('timeline.period.whole.title', { from: span?.first ?? '…', to: span?.last ?? '…' });
    else clearPeriod.removeAttribute('title');
    // Which lanes are shown when some were left out, and how to see another.
    note.hidden = !(showsAll(state) && truncated);
    note.textContent = note.hidden ? '' : t(state.from || state.to ? 'timeline.truncated.period' : 'timeline.truncated', { n: laneLimit });
    clearPeriod.hidden = isWidest(state);
    hint.textContent = state.person ? `${t('timeline.person.legend')} ${t('timeline.hint')}` : t('timeline.hint');
  }

  function chartOptions(state: AppState, data: ChartLane[]): ChartOptions {
    const onPeriod = (p: [Date, Date] | null) =>
      ctx.navigate(p ? { from: formatDay(p[0]), to: formatDay(addDays(p[1], -1)) } : widest(ctx.state));
    if (state.person) return { ...personChartOptions(ctx, data, personName), brushLabel: t('timeline.brush'), onPeriod };
    return {
      lanes: data,
      label: state.lane ? t('timeline.lane.heading', { name: laneName }) : t(`timeline.heading.${state.timeline}`),
      undatedLabel: t('timeline.undated'),
      brushLabel: t('timeline.brush'),
      describe: (m, lane) => describeMeeting(ctx, m, lane),
      laneLabel: (lane) => t('timeline.openLane', { name: lane.name }),
      onMark: (m) => ctx.openProfile(m.id),
      onLane: (lane) => lane.id && ctx.openProfile(lane.id),
      onPeriod,
    };
  }

  function draw(state: AppState, keepView = false): void {
    const visible = keepView ? chart?.visible() : null;
    // A keyboard reader's place survives the rebuild (the panel opening resizes the chart).
    const focused = holder.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused?.getAttribute('data-meeting-id') ?? focused?.closest('[data-testid=timeline-lane]')?.getAttribute('data-id');
    const focusSelector = focused?.hasAttribute('data-meeting-id') ? `[data-meeting-id="${CSS.escape(focusKey ?? '')}"]` : `[data-id="${CSS.escape(focusKey ?? '')}"] .tl-label`;
    chart?.destroy();
    chart = null;
    if (!lanes) return;
    if (!lanes.length) {
      status.textContent = t(state.person ? 'timeline.person.empty' : 'timeline.empty');
    } else {
      status.textContent = '';
      drawnWidth = holder.clientWidth;
      chart = createTimelineChart(holder, { ...chartOptions(state, lanes), visible });
      chart.setPeriod(periodOf(state));
      if (focusKey) holder.querySelector<SVGElement>(focusSelector)?.focus({ preventScroll: true });
    }
    document.body.dataset.timelineReady = 'true';
  }

  async function load(state: AppState): Promise<void> {
    controller?.abort();
    const own = (controller = new AbortController());
    loadedKey = keyOf(state);
    lanes = null;
    chart?.destroy();
    chart = null;
    document.body.dataset.timelineReady = 'false';
    status.textContent = t('timeline.loading');
    truncated = false;
    note.hidden = true;
    try {
      if (state.person) {
        const data = await ctx.api.personTimeline(state.person, { signal: own.signal });
        personName = data.person.name;
        lanes = personLanes(data, t('timeline.noGroup'));
      } else if (state.lane) {
        const data: Timeline = await ctx.api.timeline(kindOfLane(state.lane), { ids: [state.lane], signal: own.signal });
        laneName = data.lanes[0]?.name ?? '';
        lanes = data.lanes;
      } else {
        if (!state.from && !state.to) {
          const last = parseDay((await spanReady)?.last);
          if (own !== controller) return;
          if (last) {
            // The period is state, so the URL and the network say which year is shown; replacing
            // the entry keeps Back where it was.
            const [from, to] = yearEndingOn(last);
            ctx.navigate({ from: formatDay(from), to: formatDay(to) }, { replace: true });
            return;
          }
        }
        const period = { from: state.from, to: state.to };
        const data: Timeline = await ctx.api.timeline(state.timeline, { ...period, limit: laneLimit, signal: own.signal });
        lanes = data.lanes;
        truncated = data.truncated;
      }
    } catch (error) {
      if (isAbort(error)) return;
      status.textContent = t('timeline.error', { message: error instanceof Error ? error.message : String(error) });
      document.body.dataset.timelineReady = 'error';
      return;
    }
    if (own !== controller) return;
    labelControls(ctx.state);
    draw(ctx.state);
  }

  const onResize = debounce(() => {
    if (lanes && Math.abs(holder.clientWidth - drawnWidth) > 1) draw(ctx.state, true);
  }, 150);
  const observer = new ResizeObserver(() => onResize());
  observer.observe(holder);

  function update(state: AppState): void {
    labelControls(state);
    if (keyOf(state) !== loadedKey) void load(state);
    else if (state.lang !== lastLang) draw(state, true);
    else chart?.setPeriod(periodOf(state));
    lastLang = state.lang;
  }

  update(ctx.state);
  return {
    update,
    destroy() {
      controller?.abort();
      observer.disconnect();
      onResize.cancel();
      chart?.destroy();
      delete document.body.dataset.timelineReady;
      setChildren(container);
    },
  };
}
