// Merge and split on an entity, in its profile: "same as …" picks another entity to merge into
// this one; each other spelling can be split off. Both go through the API into the registry,
// so a re-ingest keeps them; the graph and the views are loaded again afterwards.
import type { Entity } from '../../../server/api/shapes.ts';
import { el, setChildren } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { createSearchPicker, type SearchHit } from '../search-picker.ts';
import type { ViewContext } from '../view.ts';

const curated = ['person', 'organisation', 'group', 'project'];

export function curateSection(entity: Entity, ctx: ViewContext): HTMLElement | null {
  if (!curated.includes(entity.type)) return null;
  const status = el('p', { class: 'curate-status', role: 'status' });
  let other: SearchHit | null = null;

  const run = async (work: () => Promise<{ changes: string[] }>) => {
    for (const b of element.querySelectorAll('button')) b.disabled = true;
    status.textContent = t('curate.working');
    try {
      const { changes } = await work();
      ctx.refresh(changes.length ? t('curate.done', { changes: changes.join('; ') }) : t('curate.unchanged'));
    } catch (error) {
      status.textContent = `${t('curate.failed')} ${error instanceof Error ? error.message : String(error)}`;
      for (const b of element.querySelectorAll('button')) b.disabled = false;
    }
  };

  const confirm = el('button', {
    type: 'button', class: 'curate-merge', 'data-testid': 'merge-confirm', disabled: true,
    onclick: () => other && void run(() => ctx.api.merge(entity.id, [other!.id])),
  }, t('curate.mergeConfirm', { other: '…', name: entity.name }));
  // A person merges with persons; organisations, groups and projects with one another.
  const types = entity.type === 'person' ? (['person'] as const) : (['organisation', 'group', 'project'] as const);
  const picker = createSearchPicker({
    label: t('curate.mergeLabel'), placeholder: t('curate.mergePlaceholder'), testId: 'merge-search', types, visibleLabel: true,
    onPick(hit) {
      other = hit.id === entity.id ? null : hit;
      confirm.disabled = !other;
      setChildren(confirm, t('curate.mergeConfirm', { other: other?.name ?? '…', name: entity.name }));
    },
  });

  const splits = entity.aliases.length
    ? el('div', { class: 'curate-splits' },
      el('h3', {}, t('curate.splitHeading')),
      el('ul', {}, entity.aliases.map((alias) => el('li', {},
        el('button', { type: 'button', 'data-testid': 'split-alias', 'data-name': alias, onclick: () => void run(() => ctx.api.split(entity.id, alias)) },
          t('curate.split', { alias }))))))
    : null;

  const element = el('details', { class: 'curate', 'data-testid': 'curate' },
    el('summary', {}, t('curate.summary')),
    el('p', { class: 'curate-intro' }, t('curate.intro')),
    picker.element, confirm, splits, status);
  return element;
}
