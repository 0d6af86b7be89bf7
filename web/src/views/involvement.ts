// The user-involvement view (Medverkan): who sat at the table, by organisation category, per
// meeting or period, for one group or all (state.group, state.unit, the shared period
// state.from/to); below it, the chosen group's attendance during membership. Downloads give
// the same table as CSV or JSON.
import type { Involvement, Tenure } from '../../../server/api/shapes-involvement.ts';
import { isAbort } from '../api.ts';
import { debounce, el, setChildren } from '../dom.ts';
import type { AppState } from '../state.ts';
import { involvementUnits } from '../state.ts';
import type { ViewContext, ViewHandle } from '../view.ts';
import { createInvolvementChart } from './involvement/chart.ts';
import { tenureTable } from './involvement/tenure-table.ts';
import './involvement.css';

export function mount(container: HTMLElement, ctx: ViewContext): ViewHandle {
  const { t } = ctx;
  const groupSelect = el('select', { id: 'inv-group', 'data-testid': 'involvement-group', onchange: (e: Event) => ctx.navigate({ group: (e.target as HTMLSelectElement).value || null }) });
  const unitSelect = el('select', { id: 'inv-unit', 'data-testid': 'involvement-unit', onchange: (e: Event) => ctx.navigate({ unit: (e.target as HTMLSelectElement).value as AppState['unit'] }) },
    involvementUnits.map((u) => el('option', { value: u }, t(`inv.unit.${u}`))));
  const csvLink = el('a', { class: 'button', 'data-testid': 'involvement-csv', download: '' }, t('inv.download.csv'));
  const jsonLink = el('a', { class: 'button', 'data-testid': 'involvement-json', target: '_blank', rel: 'noopener' }, t('inv.download.json'));
  const status = el('p', { class: 'inv-status', role: 'status' });
  const chart = createInvolvementChart((id) => ctx.openProfile(id));
  const tenure = el('section', { class: 'inv-tenure-section', 'aria-labelledby': 'inv-tenure-heading' });
  setChildren(container, el('section', { class: 'inv-view', 'aria-labelledby': 'inv-heading' },
    el('h2', { id: 'inv-heading' }, t('inv.heading')),
    el('p', { class: 'inv-intro' }, t('inv.intro')),
    el('div', { class: 'inv-toolbar' },
      el('label', { for: 'inv-group' }, t('inv.group')), groupSelect,
      el('label', { for: 'inv-unit' }, t('inv.unit')), unitSelect,
      el('span', { class: 'inv-downloads' }, t('inv.download'), ': ', csvLink, ' ', jsonLink)),
    status, chart.element, tenure));

  let controller: AbortController | null = null;
  let data: Involvement | null = null;
  let loadedKey = '';

  void ctx.api.timeline('groups').then((lanes) => {
    const current = ctx.state.group;
    setChildren(groupSelect, el('option', { value: '' }, t('inv.allGroups')), lanes.lanes.map((l) => el('option', { value: l.id, selected: l.id === current }, l.name)));
  }).catch(() => {});

  const redraw = () => data && chart.draw(data, Math.max(480, container.clientWidth - 32));
  const onResize = debounce(redraw, 150);
  window.addEventListener('resize', onResize);

  async function load(state: AppState): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const query = { group: state.group, from: state.from, to: state.to, period: state.unit };
    const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
    csvLink.setAttribute('href', `/api/involvement?${search}&format=csv`);
    jsonLink.setAttribute('href', `/api/involvement?${search}`);
    document.body.dataset.involvementReady = 'false';
    status.textContent = t('inv.loading');
    try {
      const [result, members] = await Promise.all([
        ctx.api.involvement(query, { signal: controller.signal }),
        state.group ? ctx.api.groupAttendance(state.group, { signal: controller.signal }) : Promise.resolve(null as Tenure | null),
      ]);
      data = result;
      status.textContent = result.meetings.length ? '' : t('inv.empty');
      redraw();
      setChildren(tenure, el('h3', { id: 'inv-tenure-heading' }, t('inv.tenure.heading')),
        members ? [el('p', {}, t('inv.tenure.intro')), tenureTable(members, (id) => ctx.openProfile(id))] : el('p', {}, t('inv.tenure.pick')));
      document.body.dataset.involvementReady = 'true';
    } catch (error) {
      if (isAbort(error)) return;
      status.textContent = `${t('inv.error')} ${error instanceof Error ? error.message : String(error)}`;
      document.body.dataset.involvementReady = 'error';
    }
  }

  return {
    update(state) {
      groupSelect.value = state.group ?? '';
      unitSelect.value = state.unit;
      const key = JSON.stringify([state.group, state.unit, state.from, state.to]);
      if (key !== loadedKey) {
        loadedKey = key;
        void load(state);
      }
    },
    destroy() {
      controller?.abort();
      window.removeEventListener('resize', onResize);
      delete document.body.dataset.involvementReady;
    },
  };
}
