// "Download": the network and period shown as GraphML, GEXF, CSV (nodes, edges, metadata), the
// person × meeting incidence or Cytoscape JSON. Plain links to the export route, which answers
// with the file (Content-Disposition: attachment); the pseudonymise box changes every href.
import { el, uid } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { AppState } from '../state.ts';
import type { ViewContext } from '../view.ts';
import { isWholeNetwork } from './measures-controls.ts';

const downloads = [
  { id: 'graphml', format: 'graphml' },
  { id: 'gexf', format: 'gexf' },
  { id: 'csv-nodes', format: 'csv', file: 'nodes' },
  { id: 'csv-edges', format: 'csv', file: 'edges' },
  { id: 'csv-metadata', format: 'csv', file: 'metadata' },
  { id: 'incidence', format: 'incidence' },
  { id: 'json', format: 'json' },
] as const;

export function createDownloadLinks(ctx: ViewContext) {
  const pseudoId = uid('pseudonymise');
  const pseudonymise = el('input', { type: 'checkbox', id: pseudoId, 'data-testid': 'download-pseudonymise', onchange: () => update(ctx.state) });
  const links = downloads.map((d) => ({ d, a: el('a', { class: 'download', download: '', 'data-testid': `download-${d.id}` }, t(`download.${d.id}`)) }));
  const note = el('p', { class: 'hint' });
  const list = el('div', {},
    el('ul', { class: 'download-list' }, links.map(({ a }) => el('li', {}, a))),
    el('div', { class: 'check' }, pseudonymise, el('label', { for: pseudoId }, t('download.pseudonymise'))));
  const element = el('details', { class: 'control-group download-links', 'data-testid': 'download-links' },
    el('summary', {}, t('download.title')), list, note);

  function update(state: AppState): void {
    const whole = isWholeNetwork(state);
    note.textContent = whole ? t('download.note') : t('analysis.wholeOnly');
    list.hidden = !whole;
    for (const { d, a } of links) {
      a.href = ctx.api.exportUrl(d.format, {
        // The incidence is people × meetings whatever the network.
        network: d.format === 'incidence' ? null : state.kind,
        from: state.from,
        to: state.to,
        pseudonymise: pseudonymise.checked ? 'true' : null,
        file: 'file' in d ? d.file : null,
      });
    }
  }

  return { element, update };
}
