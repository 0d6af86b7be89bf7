// Swim-lanes: one row per project, group (or, for a person, per group they met in). Each row has
// its name (a button to the profile), a line from first to last mention and a mark per meeting.
// Undated meetings sit in their own column at the right, never at a made-up date.
import { select, type ScaleTime, type Selection } from 'd3';
import type { EntityType } from '../../../../server/api/shapes.ts';
import { typeStyles } from '../../entity-style.ts';
import { parseDay } from './dates.ts';

export interface ChartMeeting {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  /** Person timelines only: the person's role and whether they were there. */
  readonly role?: string | null;
  readonly present?: boolean;
}

export interface ChartLane {
  /** The profile the lane's name opens; null for a lane that is no entity ("no group"). */
  readonly id: string | null;
  readonly type: EntityType;
  readonly name: string;
  readonly first: string | null;
  readonly last: string | null;
  readonly meetings: readonly ChartMeeting[];
}

export interface LaneLayout {
  readonly labelWidth: number;
  readonly rowHeight: number;
  readonly top: number;
  /** Left edge and width of the undated column; width 0 when there is none. */
  readonly undatedLeft: number;
  readonly undatedWidth: number;
  readonly clipId: string;
}

export interface LaneHandlers {
  onMark(meeting: ChartMeeting): void;
  onLane(lane: ChartLane): void;
  /** Lines for the tooltip and the mark's accessible name. */
  describe(meeting: ChartMeeting, lane: ChartLane): string[];
  laneLabel(lane: ChartLane): string;
  hover(lines: string[] | null, anchor: Element | null): void;
}

export interface LanesHandle {
  reposition(x: ScaleTime<number, number>, period: readonly [Date, Date] | null): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;
const markRadius = 6;

/** Calls `fn` on click, Enter and Space, so an SVG element with role=button acts like one. */
function activate<E extends Element>(sel: Selection<E, any, any, any>, fn: (d: any) => void): void {
  sel.on('click', (_e, d) => fn(d)).on('keydown', (e: Event, d) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      fn(d);
    }
  });
}

/** Shortens an SVG text to fit `width` pixels, with an ellipsis. */
function fitText(node: SVGTextElement, full: string, width: number): void {
  node.textContent = full;
  if (node.getComputedTextLength() <= width) return;
  let n = full.length;
  while (n > 1 && node.getComputedTextLength() > width) node.textContent = full.slice(0, --n).trimEnd() + '…';
}

export function drawLanes(parent: G, lanes: readonly ChartLane[], layout: LaneLayout, on: LaneHandlers): LanesHandle {
  const { labelWidth, rowHeight, top } = layout;
  const mid = rowHeight / 2;
  const rows = parent
    .selectAll<SVGGElement, ChartLane>('g.tl-lane')
    .data(lanes)
    .join('g')
    .attr('class', 'tl-lane')
    .attr('data-testid', 'timeline-lane')
    .attr('data-name', (d) => d.name)
    .attr('data-id', (d) => d.id ?? '')
    .attr('transform', (_d, i) => `translate(0,${top + i * rowHeight})`);

  rows.append('rect').attr('class', (_d, i) => `tl-row-bg${i % 2 ? ' odd' : ''}`).attr('width', '100%').attr('height', rowHeight);

  const labels = rows.append('g').attr('class', 'tl-label');
  const buttons = labels.filter((d) => d.id !== null).attr('role', 'button').attr('tabindex', 0).attr('aria-label', (d) => on.laneLabel(d));
  labels.append('rect').attr('class', 'tl-label-bg').attr('x', 2).attr('y', 3).attr('width', labelWidth - 8).attr('height', rowHeight - 6).attr('rx', 4);
  labels
    .append('text')
    .attr('x', 10)
    .attr('y', mid)
    .attr('dy', '0.35em')
    .each(function (d) {
      fitText(this, d.name, labelWidth - 22);
    });
  activate(buttons, (d: ChartLane) => on.onLane(d));

  const plot = rows.append('g').attr('clip-path', `url(#${layout.clipId})`);
  const span = plot.append('line').attr('class', 'tl-span').attr('y1', mid).attr('y2', mid);
  span.attr('stroke', (d) => typeStyles[d.type].colour);
  // Short upright ticks at the first and last mention, so a lane seen on one day still shows it.
  const ends = ['first', 'last'].map((end) =>
    plot.append('line').attr('class', `tl-span-end ${end}`).attr('y1', mid - 7).attr('y2', mid + 7).attr('stroke', (d) => typeStyles[d.type].colour),
  );

  const dated = (lane: ChartLane) => lane.meetings.filter((m) => parseDay(m.date));
  const undated = (lane: ChartLane) => lane.meetings.filter((m) => !parseDay(m.date));

  const markAt = (sel: Selection<SVGGElement, ChartLane, any, any>, pick: (l: ChartLane) => ChartMeeting[], cls: string) =>
    sel
      .selectAll<SVGCircleElement, { m: ChartMeeting; lane: ChartLane }>('circle')
      .data((lane) => pick(lane).map((m) => ({ m, lane })))
      .join('circle')
      .attr('class', ({ m }) => `tl-mark ${cls}${m.present === false ? ' absent' : ''}${m.role ? ' has-role' : ''}`)
      .attr('data-testid', 'timeline-mark')
      .attr('data-date', ({ m }) => m.date ?? '')
      .attr('data-meeting-id', ({ m }) => m.id)
      .attr('role', 'button')
      .attr('tabindex', 0)
      .attr('aria-label', ({ m, lane }) => on.describe(m, lane).join(', '))
      .attr('r', markRadius)
      .attr('cy', mid)
      .attr('fill', ({ m, lane }) => (m.present === false ? '#ffffff' : typeStyles[lane.type].colour))
      .attr('stroke', ({ lane }) => typeStyles[lane.type].colour)
      .on('mouseenter focus', function (_e, { m, lane }) {
        on.hover(on.describe(m, lane), this);
      })
      .on('mouseleave blur', () => on.hover(null, null));

  const marks = markAt(plot, dated, 'dated');
  activate(marks, (d: { m: ChartMeeting }) => on.onMark(d.m));

  if (layout.undatedWidth > 0) {
    const column = rows.append('g').attr('class', 'tl-undated-cell');
    const umarks = markAt(column, undated, 'undated');
    activate(umarks, (d: { m: ChartMeeting }) => on.onMark(d.m));
    // Spread a lane's undated marks across the column, closer together when there are many.
    column.each(function (lane) {
      const n = undated(lane).length;
      const room = layout.undatedWidth - 4 * markRadius;
      const step = n > 1 ? Math.min(3 * markRadius, room / (n - 1)) : 0;
      select(this)
        .selectAll<SVGCircleElement, unknown>('circle')
        .attr('cx', (_d, j) => layout.undatedLeft + 2 * markRadius + j * step);
    });
  }

  return {
    reposition(x, period) {
      const dayX = (s: string | null) => {
        const d = parseDay(s);
        return d ? x(d) : null;
      };
      span.each(function (lane, i) {
        const days = dated(lane).map((m) => parseDay(m.date)!.getTime());
        const first = dayX(lane.first) ?? (days.length ? x(Math.min(...days)) : null);
        const last = dayX(lane.last) ?? (days.length ? x(Math.max(...days)) : null);
        const visibility = first === null || last === null ? 'hidden' : null;
        select(this).attr('x1', first ?? 0).attr('x2', last ?? 0).attr('visibility', visibility);
        const [head, tail] = [select(ends[0]!.nodes()[i]!), select(ends[1]!.nodes()[i]!)];
        head.attr('x1', first ?? 0).attr('x2', first ?? 0).attr('visibility', visibility);
        tail.attr('x1', last ?? 0).attr('x2', last ?? 0).attr('visibility', visibility);
      });
      marks.attr('cx', ({ m }) => dayX(m.date) ?? 0);
      // Marks zoomed out of sight are clipped; the keyboard skips them too.
      const [left, right] = x.range() as [number, number];
      marks.attr('tabindex', ({ m }) => {
        const at = dayX(m.date);
        return at !== null && at >= left - markRadius && at <= right + markRadius ? 0 : -1;
      });
      marks.classed('out', ({ m }) => {
        const d = parseDay(m.date);
        return !!period && !!d && (d < period[0] || d >= period[1]);
      });
    },
  };
}
