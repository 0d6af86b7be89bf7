// The console's result as a table. Every value becomes text (el() makes text nodes): a node is
// shown as `(:Label) name`, a relationship as `[:TYPE]`, a path as its chain, lists and maps as
// compact JSON; long strings are cut, with more of them in the cell's tooltip.
import type { ConsoleResult } from '../../../server/console/shapes.ts';
import { el } from '../dom.ts';
import type { Translate } from '../i18n/index.ts';

type Value = unknown;
interface NodeValue { kind: 'node'; labels: string[]; properties: Record<string, Value> }
interface RelationshipValue { kind: 'relationship'; type: string; properties: Record<string, Value> }
interface PathValue { kind: 'path'; nodes: NodeValue[]; relationships: RelationshipValue[] }

const shownChars = 200;
const titleChars = 2000;

const kindOf = (v: Value): string | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { kind?: unknown }).kind === 'string' ? (v as { kind: string }).kind : null;

function nodeText(n: NodeValue): string {
  const name = n.properties.name ?? n.properties.title ?? n.properties.path ?? n.properties.id;
  const labels = n.labels.map((l) => `:${l}`).join('');
  return name === undefined ? `(${labels})` : `(${labels}) ${String(name)}`;
}

/** A value as one line of text. */
export function formatValue(value: Value): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  switch (kindOf(value)) {
    case 'node':
      return nodeText(value as NodeValue);
    case 'relationship':
      return `[:${(value as RelationshipValue).type}]`;
    case 'path': {
      const p = value as PathValue;
      return p.nodes.map((n, i) => (i ? `-[:${p.relationships[i - 1]?.type}]-${nodeText(n)}` : nodeText(n))).join('');
    }
  }
  return JSON.stringify(value);
}

/** The node's entity id (person:…), when it has one: the cell then links to the profile. */
const entityKey = (value: Value): string | null =>
  kindOf(value) === 'node' && typeof (value as NodeValue).properties.id === 'string' && !(value as NodeValue).labels.includes('Document')
    ? ((value as NodeValue).properties.id as string)
    : null;

function cell(value: Value, openProfile: (id: string) => void, href: (id: string) => string): HTMLTableCellElement {
  const text = formatValue(value);
  const shown = text.length > shownChars ? `${text.slice(0, shownChars)} …` : text;
  const key = entityKey(value);
  const content = key
    ? el('a', { href: href(key), onclick: (e: Event) => { e.preventDefault(); openProfile(key); } }, shown)
    : shown;
  return el('td', {
    class: value === null ? 'console-null' : typeof value === 'number' ? 'console-number' : null,
    title: text.length > shownChars ? text.slice(0, titleChars) : null,
  }, content);
}

export function renderTable(result: ConsoleResult, t: Translate, openProfile: (id: string) => void, href: (id: string) => string): HTMLElement {
  return el('div', { class: 'console-table-wrap' },
    el('table', { class: 'console-table', 'data-testid': 'console-table', 'aria-label': t('console.table') },
      el('thead', {}, el('tr', {}, result.columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, result.rows.map((row) => el('tr', { 'data-testid': 'console-row' }, row.map((v) => cell(v, openProfile, href))))),
    ));
}
