// A sortable table of a network's nodes and their measures: a heading sorts (again: the other
// way), a row selects its node. Sorting is a view of the data, not part of the URL.
import type { NodeMeasures } from '../../../server/api/shapes-analysis.ts';
import { el, setChildren } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { communityColour } from './apply-measures.ts';

export const measureColumns = ['label', 'degree', 'weightedDegree', 'betweenness', 'community'] as const;
export type MeasureColumn = (typeof measureColumns)[number];

const format = (column: MeasureColumn, n: NodeMeasures): string =>
  column === 'betweenness' ? n.betweenness.toFixed(3)
    : column === 'weightedDegree' ? String(Math.round(n.weightedDegree * 100) / 100)
      : column === 'community' ? String(n.community + 1)
        : column === 'label' ? n.label : String(n[column]);

function compareBy(column: MeasureColumn, a: NodeMeasures, b: NodeMeasures): number {
  if (column === 'label') return a.label.localeCompare(b.label, 'sv') || (a.id < b.id ? -1 : 1);
  return a[column] - b[column] || b.label.localeCompare(a.label, 'sv');
}

export function createMeasuresTable(onSelect: (id: string) => void) {
  let rows: readonly NodeMeasures[] = [];
  let column: MeasureColumn = 'betweenness';
  let descending = true;
  let selected: string | null = null;

  const head = el('tr');
  const body = el('tbody');
  const element = el('table', { class: 'measures-table', 'data-testid': 'measures-table' },
    el('caption', { class: 'visually-hidden' }, t('analysis.table')), el('thead', {}, head), body);

  const render = () => {
    setChildren(head, measureColumns.map((c) => {
      const sortedHere = c === column;
      return el('th', { scope: 'col', 'aria-sort': sortedHere ? (descending ? 'descending' : 'ascending') : 'none', class: c === 'label' ? '' : 'num' },
        el('button', { type: 'button', class: 'sort', 'data-testid': `measures-sort-${c}`, onclick: () => sortBy(c, sortedHere ? !descending : c !== 'label') },
          t(`analysis.col.${c}`), sortedHere ? (descending ? ' ▼' : ' ▲') : ''));
    }));
    const sorted = [...rows].sort((a, b) => (descending ? -1 : 1) * compareBy(column, a, b));
    setChildren(body, sorted.map((n) => {
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = communityColour(n.community);
      return el('tr', { 'data-testid': 'measures-row', 'data-id': n.id, class: n.id === selected ? 'selected' : '', onclick: () => onSelect(n.id) },
        measureColumns.map((c) => c === 'label'
          ? el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: (e) => { e.stopPropagation(); onSelect(n.id); } }, n.label))
          : el('td', { class: 'num', 'data-column': c }, c === 'community' ? [swatch, ' ', format(c, n)] : format(c, n))));
    }));
  };

  function sortBy(c: MeasureColumn, desc: boolean): void {
    column = c;
    descending = desc;
    render();
  }

  return {
    element,
    show(nodes: readonly NodeMeasures[]) {
      rows = nodes;
      render();
    },
    /** Highest first by this measure (choosing "size by" sorts the table the same way). */
    sortBy,
    select(id: string | null) {
      if (id === selected) return;
      selected = id;
      for (const tr of body.querySelectorAll('tr')) tr.classList.toggle('selected', tr.dataset.id === id);
    },
  };
}
