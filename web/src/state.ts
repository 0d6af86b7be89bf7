// The app's state lives in the URL query, so a copied link reproduces the view and Back works.
// parseState reads location; navigate(patch) pushes a new entry and tells subscribers.
import type { EntityType } from '../../server/api/shapes.ts';
import type { NetworkKind, TimelineKind } from './api.ts';

export const viewNames = ['network', 'timeline', 'document', 'involvement', 'console'] as const;
export type ViewName = (typeof viewNames)[number];
export const langs = ['sv', 'en'] as const;
export type Lang = (typeof langs)[number];

export const nodeTypes = ['person', 'organisation', 'group', 'project', 'event', 'place', 'meeting'] as const satisfies readonly EntityType[];
// Compile-time check that the list above names every EntityType of the contract.
const everyType: Record<EntityType, true> = { person: true, organisation: true, group: true, project: true, event: true, place: true, meeting: true };
void everyType;
export const networkKinds = ['co-attendance', 'organisations', 'person-project'] as const satisfies readonly NetworkKind[];
export const timelineKinds = ['groups', 'projects'] as const satisfies readonly TimelineKind[];
/** What sets a node's size in the network: its own weight, or a measure of the network. */
export const sizeMeasures = ['weight', 'degree', 'weightedDegree', 'betweenness'] as const;
export type SizeMeasure = (typeof sizeMeasures)[number];
/** Involvement view: one bar per meeting, or per month, quarter or year. */
export const involvementUnits = ['meeting', 'month', 'quarter', 'year'] as const;

export interface AppState {
  readonly view: ViewName;
  /** Network view: a whole network of this kind, unless `focus` names an entity. */
  readonly kind: NetworkKind;
  readonly focus: string | null;
  readonly depth: 1 | 2;
  /** The entity whose profile is open in the side panel. */
  readonly selected: string | null;
  /** Entity types shown in the network; empty = all. */
  readonly types: readonly EntityType[];
  /** Organisation categories shown; empty = all. */
  readonly categories: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  /** Shortest path between two entities, highlighted in the network. */
  readonly pathFrom: string | null;
  readonly pathTo: string | null;
  /** Timeline view: lanes of this kind, or one person's meetings when `person` is set, or one
   *  project's or group's history when `lane` names it. */
  readonly timeline: TimelineKind;
  readonly person: string | null;
  readonly lane: string | null;
  /** Document view: a document and an optional span to highlight. */
  readonly doc: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly lang: Lang;
  /** Network analytics: node size by a measure, colour by Louvain community. */
  readonly size: SizeMeasure;
  readonly communities: boolean;
  /** Two periods compared (A before, B after): the network shows their difference when one is set. */
  readonly aFrom: string | null;
  readonly aTo: string | null;
  readonly bFrom: string | null;
  readonly bTo: string | null;
  /** Involvement view: one group (or all) and the unit of its bars. */
  readonly group: string | null;
  readonly unit: (typeof involvementUnits)[number];
  /** Cypher console: the query last run, so a link runs it again. */
  readonly cypher: string | null;
}

export type StatePatch = { -readonly [K in keyof AppState]?: AppState[K] };

export const defaultState: AppState = Object.freeze({
  view: 'network',
  kind: 'co-attendance',
  focus: null,
  depth: 1,
  selected: null,
  types: [],
  categories: [],
  from: null,
  to: null,
  pathFrom: null,
  pathTo: null,
  timeline: 'groups',
  person: null,
  lane: null,
  doc: null,
  start: null,
  end: null,
  lang: 'sv',
  size: 'weight',
  communities: false,
  aFrom: null,
  aTo: null,
  bFrom: null,
  bTo: null,
  group: null,
  unit: 'meeting',
  cypher: null,
});

/** URL parameter name of each state field. */
const param = {
  view: 'view', kind: 'kind', focus: 'focus', depth: 'depth', selected: 'sel', types: 'types',
  categories: 'cats', from: 'from', to: 'to', pathFrom: 'pfrom', pathTo: 'pto', timeline: 'tl',
  person: 'person', lane: 'lane', doc: 'doc', start: 'start', end: 'end', lang: 'lang',
  size: 'size', communities: 'comm', aFrom: 'afrom', aTo: 'ato', bFrom: 'bfrom', bTo: 'bto',
  group: 'group', unit: 'unit',
  cypher: 'cypher',
} as const satisfies Record<keyof AppState, string>;

const isDate = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);
const oneOf = <T extends string>(list: readonly T[], s: string | null, fallback: T): T =>
  list.includes(s as T) ? (s as T) : fallback;
const int = (s: string | null) => (s && /^\d+$/.test(s) ? Number(s) : null);
const text = (s: string | null) => (s && s.trim() ? s : null);
const list = (s: string | null) => (s ? s.split(',').map((p) => p.trim()).filter(Boolean) : []);

export function parseState(search: string): AppState {
  const q = new URLSearchParams(search);
  const get = (k: keyof AppState) => q.get(param[k]);
  return {
    view: oneOf(viewNames, get('view'), defaultState.view),
    kind: oneOf(networkKinds, get('kind'), defaultState.kind),
    focus: text(get('focus')),
    depth: get('depth') === '2' ? 2 : 1,
    selected: text(get('selected')),
    types: list(get('types')).filter((t): t is EntityType => (nodeTypes as readonly string[]).includes(t)),
    categories: list(get('categories')),
    from: isDate(get('from')),
    to: isDate(get('to')),
    pathFrom: text(get('pathFrom')),
    pathTo: text(get('pathTo')),
    timeline: oneOf(timelineKinds, get('timeline'), defaultState.timeline),
    person: text(get('person')),
    lane: text(get('lane')),
    doc: text(get('doc')),
    start: int(get('start')),
    end: int(get('end')),
    lang: oneOf(langs, get('lang'), defaultState.lang),
    size: oneOf(sizeMeasures, get('size'), defaultState.size),
    communities: get('communities') === 'true',
    aFrom: isDate(get('aFrom')),
    aTo: isDate(get('aTo')),
    bFrom: isDate(get('bFrom')),
    bTo: isDate(get('bTo')),
    group: text(get('group')),
    unit: oneOf(involvementUnits, get('unit'), defaultState.unit),
    cypher: text(get('cypher')),
  };
}

/** The query string for a state; fields at their default are left out. */
export function stateToSearch(state: AppState): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(param) as (keyof AppState)[]) {
    const value = state[key];
    const fallback = defaultState[key];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) q.set(param[key], value.join(','));
    } else if (value !== fallback) q.set(param[key], String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A link (path + query) to the state reached by applying `patch` to `base`. */
export function hrefFor(base: AppState, patch: StatePatch): string {
  return '/' + stateToSearch({ ...base, ...patch });
}

type Listener = (state: AppState, previous: AppState) => void;
const listeners = new Set<Listener>();
let current: AppState = parseState(location.search);

export function getState(): AppState {
  return current;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(next: AppState): void {
  const previous = current;
  current = next;
  for (const listener of [...listeners]) listener(current, previous);
}

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (e.g. typing in a date field). */
  replace?: boolean;
}

export function navigate(patch: StatePatch, options: NavigateOptions = {}): void {
  const next = parseState(stateToSearch({ ...current, ...patch }));
  const url = '/' + stateToSearch(next);
  if (url === location.pathname + location.search) return;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  emit(next);
}

window.addEventListener('popstate', () => emit(parseState(location.search)));
