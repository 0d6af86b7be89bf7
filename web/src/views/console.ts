// The Cypher console: a query box, the example queries (cypher/console/) in a select, Run (or
// Ctrl+Enter), and the result as a table and, when it holds nodes, a small graph. The query
// lives in the URL (state.cypher), so a copied link runs it again. Everything shown is text.
import type { ConsoleResult } from '../../../server/console/shapes.ts';
import { ApiError, isAbort } from '../api.ts';
import { el, setChildren, uid } from '../dom.ts';
import type { AppState } from '../state.ts';
import type { ViewContext, ViewHandle } from '../view.ts';
import { drawConsoleGraph, type ConsoleGraph } from './console-graph.ts';
import { renderTable } from './console-table.ts';
import './console.css';

function setReady(value: 'true' | 'false' | 'error'): void {
  document.body.dataset.consoleReady = value;
}

export function mount(container: HTMLElement, ctx: ViewContext): ViewHandle {
  const { t } = ctx;
  const queryId = uid('console-query');
  const examplesId = uid('console-examples');
  const examples = el('select', { id: examplesId, 'data-testid': 'console-examples' }, el('option', { value: '' }, t('console.examples.pick')));
  const textarea = el('textarea', {
    id: queryId, class: 'console-query', 'data-testid': 'console-query', rows: 10, spellcheck: 'false',
    autocomplete: 'off', autocapitalize: 'off', 'aria-describedby': `${queryId}-hint`,
  });
  const runButton = el('button', { type: 'button', class: 'console-run', 'data-testid': 'console-run', onclick: () => submit() }, t('console.run'));
  const status = el('p', { class: 'console-status', role: 'status', 'data-testid': 'console-status' });
  const error = el('p', { class: 'console-error', role: 'alert', 'data-testid': 'console-error', hidden: true });
  const graphBox = el('div', { class: 'console-graph', 'data-testid': 'console-graph', role: 'img', 'aria-label': t('console.graph') });
  const graphSection = el('section', { class: 'console-graph-section', hidden: true }, el('p', { class: 'console-graph-note' }), graphBox);
  const tableBox = el('div', { class: 'console-result' });
  const root = el('section', { class: 'console-view', 'data-testid': 'console-view', 'aria-labelledby': 'console-heading' },
    el('h2', { id: 'console-heading' }, t('console.heading')),
    el('p', { class: 'console-intro' }, t('console.intro')),
    el('div', { class: 'console-examples-row' }, el('label', { for: examplesId }, t('console.examples')), ' ', examples),
    el('label', { for: queryId, class: 'console-query-label' }, t('console.query')),
    textarea,
    el('div', { class: 'console-actions' }, runButton, el('span', { id: `${queryId}-hint`, class: 'console-hint' }, t('console.runHint'))),
    error, status, graphSection, tableBox,
  );
  setChildren(container, root);

  let graph: ConsoleGraph | null = null;
  let ran: string | null = null;
  let generation = 0;
  const controller = new AbortController();

  examples.addEventListener('change', () => {
    const option = examples.selectedOptions[0];
    if (option?.value) textarea.value = option.dataset.query ?? '';
    textarea.focus();
    textarea.setSelectionRange(0, 0);
    textarea.scrollTop = 0;
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });

  void ctx.api.consoleExamples({ signal: controller.signal }).then(
    ({ examples: list }) => {
      for (const example of list) examples.append(el('option', { value: example.name, 'data-query': example.query }, example.title));
      examples.dataset.loaded = 'true';
    },
    (err: unknown) => {
      if (!isAbort(err)) showError(t('console.examples.error', { message: err instanceof Error ? err.message : String(err) }));
    },
  );

  /** Run puts the query in the URL; update() then runs it (or runs it again if it is already there). */
  function submit(): void {
    const query = textarea.value;
    if (!query.trim()) return;
    if (query === ctx.state.cypher) void execute(query);
    else ctx.navigate({ cypher: query });
  }

  function showError(message: string | null): void {
    error.hidden = message === null;
    error.textContent = message ?? '';
  }

  function clearResult(): void {
    graph?.destroy();
    graph = null;
    graphSection.hidden = true;
    setChildren(tableBox);
  }

  async function execute(query: string): Promise<void> {
    const own = ++generation;
    ran = query;
    clearResult();
    showError(null);
    status.textContent = t('console.running');
    runButton.disabled = true;
    setReady('false');
    try {
      const result = await ctx.api.runConsole(query);
      if (own !== generation) return;
      show(result);
      setReady('true');
    } catch (err) {
      if (own !== generation) return;
      const message = err instanceof Error ? err.message : String(err);
      status.textContent = '';
      showError(err instanceof ApiError && err.status === 429 ? t('console.error.rate', { message }) : t('console.error', { message }));
      setReady('error');
    } finally {
      if (own === generation) runButton.disabled = false;
    }
  }

  function show(result: ConsoleResult): void {
    const n = result.rows.length;
    status.textContent = [
      n ? t('console.rows', { n, ms: result.ms }) : t('console.empty'),
      result.truncated ? t('console.truncated', { n }) : '',
    ].filter(Boolean).join(' ');
    setChildren(tableBox, n ? renderTable(result, t, (id) => ctx.openProfile(id), (id) => ctx.href({ selected: id })) : null);
    const { nodes, edges } = result.elements;
    if (nodes.length) {
      graphSection.hidden = false;
      graphSection.querySelector('.console-graph-note')!.textContent = t('console.graph.note', { nodes: nodes.length, edges: edges.length });
      graph = drawConsoleGraph(graphBox, result.elements, (key) => ctx.openProfile(key));
    }
  }

  function update(state: AppState): void {
    if (state.cypher === null) {
      if (ran !== null) {
        ran = null;
        generation++;
        clearResult();
        showError(null);
        status.textContent = '';
        runButton.disabled = false;
      }
      setReady('true');
      return;
    }
    if (state.cypher !== ran) {
      textarea.value = state.cypher;
      void execute(state.cypher);
    }
  }

  update(ctx.state);
  return {
    update,
    destroy() {
      generation++;
      controller.abort();
      graph?.destroy();
      delete document.body.dataset.consoleReady;
      setChildren(container);
    },
  };
}
