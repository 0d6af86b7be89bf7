// "Compare periods": two date ranges, A (before) and B (after). When set (in the URL), the
// network view draws their difference (load.ts fetches it) and this panel lists who joined and
// who left, the tie counts and the key to the line styles.
import type { NetworkComparison } from '../../../server/api/shapes-analysis.ts';
import { el, setChildren, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { diffColours } from '../network/analysis-style.ts';
import type { AppState } from '../state.ts';
import type { ViewContext } from '../view.ts';

type PeriodField = 'aFrom' | 'aTo' | 'bFrom' | 'bTo';
const fields: readonly PeriodField[] = ['aFrom', 'aTo', 'bFrom', 'bTo'];

export const isComparing = (s: AppState): boolean => fields.some((f) => s[f] !== null);

function diffKey(): HTMLElement {
  const item = (state: keyof typeof diffColours, dash: string) => {
    const line = el('span', { class: 'diff-line', 'aria-hidden': 'true' });
    line.style.borderTop = `3px ${dash} ${diffColours[state]}`;
    return el('li', {}, line, ' ', t(`compare.${state}`));
  };
  return el('ul', { class: 'diff-key', 'aria-label': t('compare.legend') }, item('added', 'solid'), item('removed', 'dashed'), item('kept', 'dotted'));
}

export function createCompareControls(ctx: ViewContext) {
  const inputs = Object.fromEntries(fields.map((f) => [f, el('input', { type: 'date', id: uid(f), 'data-testid': `compare-${f}` })])) as Record<PeriodField, HTMLInputElement>;
  const period = (legend: string, from: PeriodField, to: PeriodField) =>
    el('fieldset', { class: 'period' }, el('legend', {}, legend),
      el('div', { class: 'field' }, el('label', { for: inputs[from].id }, t('compare.from')), inputs[from]),
      el('div', { class: 'field' }, el('label', { for: inputs[to].id }, t('compare.to')), inputs[to]));
  const error = el('p', { class: 'field-error', role: 'alert', hidden: true });
  const run = () => {
    const v = Object.fromEntries(fields.map((f) => [f, inputs[f].value || null])) as Record<PeriodField, string | null>;
    const message = fields.every((f) => !v[f]) ? t('compare.needDate')
      : (v.aFrom && v.aTo && v.aFrom > v.aTo) || (v.bFrom && v.bTo && v.bFrom > v.bTo) ? t('compare.order') : '';
    error.hidden = !message;
    error.textContent = message;
    if (!message) ctx.navigate({ ...v, focus: null });
  };
  const start = el('button', { type: 'button', 'data-testid': 'compare-run', onclick: run }, t('compare.run'));
  const stop = el('button', { type: 'button', class: 'small', 'data-testid': 'compare-clear', onclick: () => ctx.navigate({ aFrom: null, aTo: null, bFrom: null, bTo: null }) }, t('compare.clear'));
  const result = el('div', { class: 'compare-result', 'aria-live': 'polite', 'data-testid': 'compare-result' });
  const element = el('details', { class: 'control-group compare-controls', 'data-testid': 'compare-controls' },
    el('summary', {}, t('compare.title')),
    period(t('compare.a'), 'aFrom', 'aTo'), period(t('compare.b'), 'bFrom', 'bTo'), error,
    el('div', { class: 'buttons' }, start, stop), result);

  const people = (heading: string, testId: string, nodes: NetworkComparison['nodesJoined']) =>
    el('div', { 'data-testid': testId },
      el('h4', {}, heading),
      nodes.length === 0 ? el('p', { class: 'hint' }, t('compare.none'))
        : el('ul', { class: 'compare-list' }, nodes.map((n) =>
          el('li', {}, el('button', { type: 'button', class: 'link', 'data-id': n.id, onclick: () => ctx.openProfile(n.id) }, n.label)))));

  return {
    element,
    update(state: AppState) {
      for (const f of fields) inputs[f].value = state[f] ?? '';
      stop.hidden = !isComparing(state);
      if (isComparing(state)) element.open = true;
      else setChildren(result);
    },
    /** The comparison drawn, or a message while it loads or when it failed. */
    show(comparison: NetworkComparison | string) {
      if (typeof comparison === 'string') return void setChildren(result, el('p', { class: 'hint' }, comparison));
      const c = comparison;
      setChildren(result,
        el('p', { 'data-testid': 'compare-summary' }, t('compare.summary', { added: c.appeared.length, removed: c.disappeared.length, kept: c.persisted.length })),
        diffKey(),
        people(t('compare.joined', { n: c.nodesJoined.length }), 'compare-joined', c.nodesJoined),
        people(t('compare.left', { n: c.nodesLeft.length }), 'compare-left', c.nodesLeft));
    },
  };
}
