// A small coloured label naming an entity's type ("Person", "Organisation" …).
import type { EntityType } from '../../server/api/shapes.ts';
import { el } from './dom.ts';
import { typeStyles } from './entity-style.ts';
import { t } from './i18n/index.ts';

export function typeBadge(type: EntityType): HTMLElement {
  const badge = el('span', { class: 'type-badge' }, t(`type.${type}`));
  badge.style.backgroundColor = typeStyles[type].colour;
  return badge;
}
