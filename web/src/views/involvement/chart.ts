// Stacked bars of who sat at the table: one bar per meeting (people present) or per period
// (shares of the seats), a segment per organisation category. Hover or focus shows the meeting
// and its attendees; every label is set as text.
import { axisBottom, axisLeft, scaleBand, scaleLinear, scaleOrdinal, select, stack } from 'd3';
import type { Involvement } from '../../../../server/api/shapes-involvement.ts';
import { t } from '../../i18n/index.ts';
import { categoryLabel } from '../../panels/parts.ts';
import { createTooltip } from '../timeline/tooltip.ts';

type Key = Involvement['keys'][number];
interface Bar { readonly id: string; readonly label: string; readonly values: Record<Key, number>; readonly tip: string[]; readonly meetingId: string | null }

// Colour-blind-safe (Okabe–Ito and greys); the legend names each one in words.
const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#F0E442', '#882255', '#999999', '#BBBBBB', '#DDDDDD'];

export const keyLabel = (k: Key): string => (k === 'uncategorised' || k === 'none' ? t(`inv.key.${k}`) : categoryLabel(k) ?? k);

function barsOf(data: Involvement): Bar[] {
  if (data.period === 'meeting') {
    return data.meetings.map((m) => ({
      id: m.id, meetingId: m.id, label: m.sortDate ?? '?', values: m.counts,
      tip: [m.title, `${m.groupName ?? ''} · ${t('inv.tip.present', { n: m.present })}`, ...m.attendees.map((a) => `${a.name}${a.organisations.length ? ` (${a.organisations.join(', ')})` : ''}`)],
    }));
  }
  return data.periods.map((p) => ({
    id: `${p.groupId}|${p.period}`, meetingId: null, label: data.periods.some((o) => o.groupId !== p.groupId) ? `${p.period} ${p.groupName ?? ''}` : p.period, values: p.shares,
    tip: [`${p.groupName ?? ''} ${p.period}`, `${t('inv.tip.meetings', { n: p.meetings.length })} · ${t('inv.tip.present', { n: p.present })}`,
      ...data.keys.filter((k) => p.counts[k] > 0).map((k) => `${keyLabel(k)}: ${Math.round(p.shares[k] * 100)} %`)],
  }));
}

export interface InvolvementChart {
  readonly element: HTMLElement;
  draw(data: Involvement, width: number): void;
}

export function createInvolvementChart(onMeeting: (id: string) => void): InvolvementChart {
  const element = document.createElement('div');
  element.className = 'inv-chart';
  const tooltip = createTooltip(element);
  const legend = document.createElement('ul');
  legend.className = 'inv-legend';
  return {
    element,
    draw(data, width) {
      select(element).select('svg').remove();
      const bars = barsOf(data);
      const keys = data.keys.filter((k) => bars.some((b) => b.values[k] > 0));
      const colour = scaleOrdinal<Key, string>().domain(data.keys).range(palette);
      const margin = { top: 10, right: 10, bottom: 70, left: 44 };
      const height = 320;
      const x = scaleBand<string>().domain(bars.map((b) => b.id)).range([margin.left, width - margin.right]).padding(0.2);
      const shares = data.period !== 'meeting';
      const y = scaleLinear().domain([0, shares ? 1 : Math.max(1, ...bars.map((b) => keys.reduce((s, k) => s + b.values[k], 0)))]).nice().range([height - margin.bottom, margin.top]);
      const svg = select(element).insert('svg', ':first-child').attr('width', width).attr('height', height).attr('role', 'img').attr('aria-label', t('inv.heading'));
      const layers = stack<Bar, Key>().keys(keys).value((b, k) => b.values[k])(bars);
      svg.append('g').selectAll('g').data(layers).join('g').attr('fill', (l) => colour(l.key)).attr('data-key', (l) => l.key)
        .selectAll('rect').data((l) => l).join('rect')
        .attr('x', (d) => x(d.data.id)!).attr('width', x.bandwidth())
        .attr('y', (d) => y(d[1])).attr('height', (d) => Math.max(0, y(d[0]) - y(d[1])));
      // One transparent column per bar takes hover, focus and click.
      svg.append('g').selectAll('rect').data(bars).join('rect')
        .attr('class', 'inv-hit').attr('data-testid', 'involvement-bar').attr('data-id', (b) => b.id)
        .attr('x', (b) => x(b.id)!).attr('width', x.bandwidth()).attr('y', margin.top).attr('height', height - margin.bottom - margin.top)
        .attr('fill', 'transparent').attr('tabindex', 0).attr('aria-label', (b) => b.tip.slice(0, 2).join(', '))
        .on('mouseenter focus', function (_e, b) { tooltip.show(b.tip, this as Element); })
        .on('mouseleave blur', () => tooltip.hide())
        .on('click keydown', (e: Event, b) => {
          if (e instanceof KeyboardEvent && e.key !== 'Enter') return;
          if (b.meetingId) onMeeting(b.meetingId);
        });
      svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x).tickFormat((id) => bars.find((b) => b.id === id)!.label))
        .selectAll('text').attr('transform', 'rotate(-35)').style('text-anchor', 'end');
      svg.append('g').attr('transform', `translate(${margin.left},0)`).call(shares ? axisLeft(y).ticks(5, '%') : axisLeft(y).ticks(5));
      svg.append('text').attr('x', 4).attr('y', 10).attr('class', 'inv-axis-label').text(t(shares ? 'inv.axis.share' : 'inv.axis.people'));
      legend.replaceChildren(...keys.map((k) => {
        const li = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'inv-swatch';
        swatch.style.background = colour(k);
        li.append(swatch, keyLabel(k));
        return li;
      }));
      element.appendChild(legend);
    },
  };
}
