// The timeline chart: lanes over a shared time scale with a time axis, zoom (d3.zoom rescales x),
// an "undated" column, the chosen period as a band, and optionally the overview strip with its
// brush. It draws once for a given width; the caller rebuilds it when the width changes.
import { axisTop, scaleUtc, select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import { uid } from '../../dom.ts';
import { getLang } from '../../i18n/index.ts';
import { axisFormat, paddedExtent, parseDay } from './dates.ts';
import { drawLanes, type ChartLane, type ChartMeeting } from './lanes.ts';
import { drawOverview } from './overview.ts';
import { createTooltip } from './tooltip.ts';

export interface ChartOptions {
  readonly lanes: readonly ChartLane[];
  readonly compact?: boolean;
  readonly label: string;
  readonly undatedLabel: string;
  readonly brushLabel?: string;
  readonly describe: (meeting: ChartMeeting, lane: ChartLane) => string[];
  readonly laneLabel: (lane: ChartLane) => string;
  readonly onMark: (meeting: ChartMeeting) => void;
  readonly onLane: (lane: ChartLane) => void;
  /** When given, the overview strip and its brush are drawn and report the chosen period. */
  readonly onPeriod?: (period: [Date, Date] | null) => void;
  /** The visible time span to start from (a rebuilt chart keeps the reader's zoom). */
  readonly visible?: readonly [Date, Date] | null;
}

export interface ChartHandle {
  /** Shows a period (from inclusive, until exclusive); a missing end means the edge of the chart. */
  setPeriod(period: readonly [Date | null, Date | null] | null): void;
  zoomBy(factor: number): void;
  /** The time span now visible. */
  visible(): [Date, Date];
  resetZoom(): void;
  destroy(): void;
}

export function createTimelineChart(holder: HTMLElement, options: ChartOptions): ChartHandle {
  const { lanes, compact = false } = options;
  const width = Math.max(compact ? 260 : 480, holder.clientWidth);
  const rowHeight = compact ? 26 : 30;
  const labelWidth = compact ? Math.min(130, width * 0.35) : Math.min(260, Math.max(140, width * 0.24));
  const hasUndated = lanes.some((l) => l.meetings.some((m) => !parseDay(m.date)));
  const undatedWidth = hasUndated ? (compact ? 56 : 96) : 0;
  const plotLeft = labelWidth;
  const plotRight = width - 12 - (hasUndated ? undatedWidth + 12 : 0);
  const lanesTop = 30;
  const lanesBottom = lanesTop + lanes.length * rowHeight;
  const overviewTop = lanesBottom + 18;
  const overviewHeight = 40;
  const height = options.onPeriod ? overviewTop + overviewHeight + 26 : lanesBottom + 4;

  const days = (dates: (string | null)[]) => dates.map(parseDay).filter((d): d is Date => !!d);
  const meetingDays = days(lanes.flatMap((l) => l.meetings.map((m) => m.date)));
  const x = scaleUtc().domain(paddedExtent([...meetingDays, ...days(lanes.flatMap((l) => [l.first, l.last]))])).range([plotLeft, plotRight]);
  let xz = x;
  const format = axisFormat(getLang());
  // Zoom in no further than about ten days across the plot: the axis never needs hours.
  const [d0, d1] = x.domain() as [Date, Date];
  const maxScale = Math.max(1, (d1.getTime() - d0.getTime()) / 864e5 / 10);
  let period: readonly [Date, Date] | null = null;

  const clipId = uid('tl-clip');
  const svg = select(holder)
    .append('svg')
    .attr('class', 'tl-svg')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'group')
    .attr('aria-label', options.label);
  svg.append('defs').append('clipPath').attr('id', clipId).append('rect').attr('x', plotLeft).attr('y', 0).attr('width', plotRight - plotLeft).attr('height', lanesBottom);
  const root = svg.append('g');
  const band = root.append('g').attr('clip-path', `url(#${clipId})`).append('rect').attr('class', 'tl-period').attr('y', lanesTop).attr('height', lanesBottom - lanesTop);
  // The axis may reach a little past the plot, so a label at its edge is not cut in half.
  const axisClipId = uid('tl-clip');
  svg.select('defs').append('clipPath').attr('id', axisClipId).append('rect').attr('x', plotLeft - 16).attr('y', 0).attr('width', plotRight - plotLeft + 26).attr('height', lanesTop);
  const axis = root.append('g').attr('clip-path', `url(#${axisClipId})`).append('g').attr('class', 'tl-axis').attr('transform', `translate(0,${lanesTop - 2})`);
  if (hasUndated) {
    const left = plotRight + 12;
    root.append('line').attr('class', 'tl-undated-rule').attr('x1', left - 6).attr('x2', left - 6).attr('y1', lanesTop - 24).attr('y2', lanesBottom);
    root.append('text').attr('class', 'tl-undated-label').attr('x', left).attr('y', lanesTop - 10).text(options.undatedLabel);
  }

  const tooltip = createTooltip(holder);
  const lanesHandle = drawLanes(root.append('g').attr('class', 'tl-lanes'), lanes, {
    labelWidth, rowHeight, top: lanesTop, undatedLeft: plotRight + 12, undatedWidth, clipId,
  }, {
    onMark: options.onMark,
    onLane: options.onLane,
    describe: options.describe,
    laneLabel: options.laneLabel,
    hover: (lines, anchor) => (lines && anchor ? tooltip.show(lines, anchor) : tooltip.hide()),
  });

  const overview = options.onPeriod
    ? drawOverview(root, meetingDays, x, { top: overviewTop, height: overviewHeight, format }, options.onPeriod, options.brushLabel ?? '')
    : null;

  function redraw(): void {
    axis.call(axisTop(xz).ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 100))).tickFormat((d) => format(d as Date)).tickSizeOuter(0));
    // A label that would spill into the name or undated column is left out rather than cut.
    axis.selectAll<SVGGElement, Date>('.tick').each(function (d) {
      const half = (this.querySelector('text')?.getComputedTextLength() ?? 0) / 2;
      const at = xz(d);
      select(this).attr('visibility', at + half > plotRight + 4 || at - half < plotLeft - 14 ? 'hidden' : null);
    });
    lanesHandle.reposition(xz, period);
    band
      .attr('visibility', period ? null : 'hidden')
      .attr('x', period ? xz(period[0]) : 0)
      .attr('width', period ? Math.max(1, xz(period[1]) - xz(period[0])) : 0);
  }

  const zoomExtent: [[number, number], [number, number]] = [[plotLeft, 0], [plotRight, height]];
  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, maxScale])
    .extent(zoomExtent)
    .translateExtent(zoomExtent)
    // The overview strip belongs to the brush; zooming happens over the lanes.
    .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
      const target = event.target as Element | null;
      if (target?.closest('.tl-overview')) return false;
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('zoom', (event) => {
      xz = event.transform.rescaleX(x);
      tooltip.hide();
      redraw();
    });
  svg.call(zoomer);
  if (options.visible) {
    const [a, b] = options.visible.map((d) => x(d)) as [number, number];
    const k = Math.min(maxScale, Math.max(1, (plotRight - plotLeft) / Math.max(1, b - a)));
    zoomer.transform(svg, zoomIdentity.translate(plotLeft - k * a, 0).scale(k));
  }
  redraw();

  return {
    setPeriod(next) {
      const [start, end] = x.domain() as [Date, Date];
      period = next ? [next[0] ?? start, next[1] ?? end] : null;
      overview?.setPeriod(period);
      redraw();
    },
    zoomBy(factor) {
      zoomer.scaleBy(svg, factor);
    },
    visible() {
      return xz.domain() as [Date, Date];
    },
    resetZoom() {
      zoomer.transform(svg, zoomIdentity);
    },
    destroy() {
      svg.on('.zoom', null);
      svg.remove();
      tooltip.remove();
    },
  };
}
