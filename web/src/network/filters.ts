// Hides what the type, organisation-category and date filters leave out (class `filtered`,
// display: none; Cytoscape then hides the edges of hidden nodes as well).
import type cytoscape from 'cytoscape';
import type { AppState } from '../state.ts';

type Filter = Pick<AppState, 'types' | 'categories' | 'from' | 'to'>;

export function filterKey(f: Filter): string {
  return [f.types.join(','), f.categories.join(','), f.from, f.to].join('|');
}

/** Whether [first, last] overlaps [from, to]; open ends and unknown dates always overlap. */
function overlaps(first: string | null, last: string | null, from: string | null, to: string | null): boolean {
  if (from && (last ?? first) && (last ?? first)! < from) return false;
  if (to && (first ?? last) && (first ?? last)! > to) return false;
  return true;
}

export function applyFilters(cy: cytoscape.Core, f: Filter): void {
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes().forEach((n) => {
      const type = n.data('type') as string;
      const category = (n.data('category') as string | null) ?? 'other';
      const hidden =
        (f.types.length > 0 && !(f.types as readonly string[]).includes(type)) ||
        (type === 'organisation' && f.categories.length > 0 && !f.categories.includes(category)) ||
        (type === 'meeting' && !overlaps(n.data('date'), n.data('date'), f.from, f.to));
      if (hidden) n.addClass('filtered');
    });
    cy.edges().forEach((e) => {
      if (!overlaps(e.data('first'), e.data('last'), f.from, f.to)) e.addClass('filtered');
    });
  });
}
