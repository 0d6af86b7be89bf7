// The overview strip under the lanes: every dated meeting as a tick over the whole time span, and
// a brush to choose a period. A brushed range snaps to whole days; clearing it clears the period.
import { axisBottom, brushX, type ScaleTime, type Selection } from 'd3';
import { addDays, roundDay } from './dates.ts';

export interface OverviewLayout {
  readonly top: number;
  readonly height: number;
  readonly format: (d: Date) => string;
}

export interface OverviewHandle {
  /** Shows a period (from inclusive, to exclusive) without reporting it back; null hides the brush. */
  setPeriod(period: readonly [Date, Date] | null): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function drawOverview(
  parent: G,
  days: readonly Date[],
  x: ScaleTime<number, number>,
  layout: OverviewLayout,
  onPeriod: (period: [Date, Date] | null) => void,
  label: string,
): OverviewHandle {
  const [left, right] = x.range() as [number, number];
  const g = parent.append('g').attr('class', 'tl-overview').attr('transform', `translate(0,${layout.top})`);
  g.append('rect').attr('class', 'tl-overview-bg').attr('x', left).attr('width', right - left).attr('height', layout.height);
  g.selectAll('line.tl-tick')
    .data(days)
    .join('line')
    .attr('class', 'tl-tick')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', 6)
    .attr('y2', layout.height - 6);
  g.append('g')
    .attr('class', 'tl-axis tl-overview-axis')
    .attr('transform', `translate(0,${layout.height})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor((right - left) / 90))).tickFormat((d) => layout.format(d as Date)).tickSizeOuter(0));

  const brushG = g.append('g').attr('class', 'tl-brush').attr('data-testid', 'timeline-brush').attr('aria-label', label);
  const brush = brushX<unknown>()
    .extent([
      [left, 0],
      [right, layout.height],
    ])
    .on('end', (event) => {
      // Programmatic moves (sourceEvent null) come from the state; only people's brushing is reported.
      if (!event.sourceEvent) return;
      const sel = event.selection as [number, number] | null;
      if (!sel) return onPeriod(null);
      const from = roundDay(x.invert(sel[0]));
      const until = roundDay(x.invert(sel[1]));
      const period: [Date, Date] = [from, until > from ? until : addDays(from, 1)];
      brushG.call(brush.move, [x(period[0]), x(period[1])]);
      onPeriod(period);
    });
  brushG.call(brush);

  return {
    setPeriod(period) {
      brushG.call(brush.move, period ? [Math.max(left, x(period[0])), Math.min(right, x(period[1]))] : null);
    },
  };
}
