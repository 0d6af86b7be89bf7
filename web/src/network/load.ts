// What the network view fetches for a state: a whole network, a focus entity's neighbourhood,
// or two periods of a network compared. The key changes exactly when a new fetch is needed.
import type { Elements } from '../../../server/api/shapes.ts';
import type { NetworkComparison } from '../../../server/api/shapes-analysis.ts';
import { isComparing } from '../analysis/compare-controls.ts';
import type { Api } from '../api.ts';
import type { AppState } from '../state.ts';

export function dataKey(s: AppState): string {
  if (s.focus) return `focus|${s.focus}|${s.depth}`;
  if (isComparing(s)) return `compare|${s.kind}|${s.aFrom ?? ''}|${s.aTo ?? ''}|${s.bFrom ?? ''}|${s.bTo ?? ''}`;
  return `network|${s.kind}|${s.from ?? ''}|${s.to ?? ''}`;
}

export interface Loaded {
  elements: Elements;
  truncated: boolean;
  /** Display name of the focus entity, when there is one. */
  centerName: string | null;
  /** When two periods are compared: the change (the elements carry data.diff). */
  comparison?: NetworkComparison;
}

export async function loadElements(api: Api, s: AppState, signal: AbortSignal): Promise<Loaded> {
  if (s.focus) {
    const n = await api.neighbourhood(s.focus, { depth: s.depth, signal });
    return { elements: n.elements, truncated: n.truncated, centerName: n.center.name };
  }
  if (isComparing(s)) {
    const c = await api.compareNetwork(s.kind, { aFrom: s.aFrom, aTo: s.aTo, bFrom: s.bFrom, bTo: s.bTo }, { signal });
    return { elements: c.elements, truncated: false, centerName: null, comparison: c };
  }
  const n = await api.network(s.kind, { from: s.from, to: s.to, signal });
  return { elements: n.elements, truncated: n.truncated, centerName: null };
}
