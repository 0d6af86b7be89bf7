// The tenure-aware attendance of one group, as a table (text only).
import type { Tenure } from '../../../../server/api/shapes-involvement.ts';
import { el } from '../../dom.ts';
import { t } from '../../i18n/index.ts';

const columns = ['name', 'first', 'last', 'held', 'attended', 'absent', 'notListed', 'rate'] as const;

export function tenureTable(data: Tenure, openProfile: (id: string) => void): HTMLElement {
  return el('table', { class: 'inv-tenure', 'data-testid': 'tenure-table' },
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, t(`inv.col.${c}`))))),
    el('tbody', {}, data.members.map((m) => el('tr', { 'data-person': m.name },
      el('td', {}, el('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); openProfile(m.id); } }, m.name)),
      el('td', {}, m.first ?? '–'), el('td', {}, m.last ?? '–'),
      el('td', { class: 'num' }, String(m.held)), el('td', { class: 'num' }, String(m.attended)),
      el('td', { class: 'num' }, String(m.absent)), el('td', { class: 'num' }, String(m.notListed)),
      el('td', { class: 'num' }, `${Math.round(m.rate * 100)} %`)))));
}
