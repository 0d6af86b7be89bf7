// The document view: a minutes text with its entity mentions highlighted by type (each a link to
// the entity's profile) and, when the state names a span (start/end), that span marked as the
// cited quote, scrolled into view and focused. Built from elements and text nodes only.
import type { DocumentText, EntityType } from '../../../server/api/shapes.ts';
import { isAbort } from '../api.ts';
import { el, setChildren } from '../dom.ts';
import { typeStyles } from '../entity-style.ts';
import { formatDate } from '../i18n/index.ts';
import type { AppState } from '../state.ts';
import type { ViewContext, ViewHandle } from '../view.ts';
import { segmentText, type Piece, type Span } from './document/segments.ts';
import './document.css';

const citedOf = (s: AppState): Span | null => (s.start !== null && s.end !== null && s.end >= s.start ? { start: s.start, end: s.end } : null);

function setReady(value: 'true' | 'false' | 'error'): void {
  document.body.dataset.documentReady = value;
}

export function mount(container: HTMLElement, ctx: ViewContext): ViewHandle {
  const { t } = ctx;
  const header = el('header', { class: 'doc-header' });
  const status = el('p', { class: 'doc-status', role: 'status' });
  const body = el('pre', { class: 'doc-text' });
  const root = el('section', { class: 'doc-view', 'data-testid': 'document-view', 'aria-labelledby': 'doc-heading' }, header, status, body);
  setChildren(container, root);

  let data: DocumentText | null = null;
  let loadedDoc: string | null = null;
  let shownKey = '';
  let controller: AbortController | null = null;

  /** Follows a link in place, unless the reader asked for a new tab or window. */
  const follow = (id: string) => (event: Event) => {
    const e = event as MouseEvent;
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button === 1) return;
    event.preventDefault();
    ctx.openProfile(id);
  };

  function mentionNode(piece: Piece, text: string): Node {
    const m = piece.mention;
    const slice = text.slice(piece.start, piece.end);
    if (!m) return document.createTextNode(slice);
    const typeName = t(`type.${m.type}`);
    const link = el('a', {
      class: piece.first ? 'mention' : 'mention continued',
      href: ctx.href({ selected: m.id }),
      'data-testid': piece.first ? 'mention' : 'mention-continued',
      'data-entity-id': m.id,
      'data-type': m.type,
      title: `${m.name} · ${typeName}`,
      'aria-label': t('document.mention', { text: slice, type: typeName, name: m.name }),
      // A mention split by the cited span is one stop for the keyboard: its first piece.
      tabindex: piece.first ? null : -1,
      onclick: follow(m.id),
    }, slice);
    link.style.setProperty('--type-colour', typeStyles[m.type].colour);
    return link;
  }

  function renderHeader(doc: DocumentText, cited: Span | null): void {
    const meeting = doc.meeting;
    const title = meeting?.title || doc.path;
    const types = [...new Set(doc.mentions.map((m) => m.type))] as EntityType[];
    setChildren(
      header,
      el('h2', { id: 'doc-heading', class: 'doc-heading' }, title),
      el('p', { class: 'doc-meta' },
        el('span', {}, t('document.path'), ' ', el('code', {}, doc.path)),
        meeting ? el('span', {}, t('document.date'), ' ', meeting.date ? formatDate(meeting.date) : t('document.undated')) : null,
        meeting ? el('a', { href: ctx.href({ selected: meeting.id }), class: 'doc-meeting', onclick: follow(meeting.id) }, t('document.openMeeting')) : null,
      ),
      cited
        ? el('p', { class: 'doc-cited-info' },
            t('document.cited', { start: cited.start, end: cited.end }), ' ',
            el('button', { type: 'button', onclick: () => focusCited() }, t('document.goToCited')), ' ',
            el('button', { type: 'button', onclick: () => ctx.navigate({ start: null, end: null }) }, t('document.clearCited')))
        : null,
      types.length
        ? el('ul', { class: 'doc-legend', 'aria-label': t('document.legend') },
            types.map((type) => {
              const chip = el('li', { class: 'doc-legend-item' }, t(`type.${type}`));
              chip.style.setProperty('--type-colour', typeStyles[type].colour);
              return chip;
            }))
        : null,
    );
  }

  function renderText(doc: DocumentText, cited: Span | null): void {
    const fragment = document.createDocumentFragment();
    for (const run of segmentText(doc.text.length, doc.mentions, cited)) {
      if ('cited' in run) {
        const mark = el('mark', { class: 'cited', 'data-testid': 'cited', tabindex: -1, 'aria-label': t('document.citedLabel') });
        for (const piece of run.pieces) mark.appendChild(mentionNode(piece, doc.text));
        fragment.appendChild(mark);
      } else fragment.appendChild(mentionNode(run, doc.text));
    }
    setChildren(body, fragment);
  }

  function focusCited(): void {
    const mark = body.querySelector<HTMLElement>('mark.cited');
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }

  function show(state: AppState): void {
    if (!data) return;
    const cited = citedOf(state);
    shownKey = `${data.id}|${state.start}|${state.end}|${state.lang}`;
    root.dataset.doc = data.id;
    status.textContent = cited && cited.start > data.text.length ? t('document.citedOutside') : '';
    renderHeader(data, cited);
    renderText(data, cited);
    setReady('true');
    if (cited) requestAnimationFrame(focusCited);
  }

  async function load(state: AppState): Promise<void> {
    controller?.abort();
    const own = (controller = new AbortController());
    loadedDoc = state.doc;
    data = null;
    setChildren(header);
    setChildren(body);
    if (!state.doc) {
      delete root.dataset.doc;
      status.textContent = t('document.none');
      setReady('true');
      return;
    }
    root.dataset.doc = state.doc;
    setReady('false');
    status.textContent = t('document.loading');
    try {
      const doc = await ctx.api.document(state.doc, { signal: own.signal });
      if (own !== controller) return;
      data = doc;
    } catch (error) {
      if (isAbort(error)) return;
      status.textContent = t('document.error', { message: error instanceof Error ? error.message : String(error) });
      setReady('error');
      return;
    }
    show(ctx.state);
  }

  function update(state: AppState): void {
    if (state.doc !== loadedDoc) void load(state);
    else if (data && `${data.id}|${state.start}|${state.end}|${state.lang}` !== shownKey) show(state);
  }

  update(ctx.state);
  return {
    update,
    destroy() {
      controller?.abort();
      delete document.body.dataset.documentReady;
      setChildren(container);
    },
  };
}
