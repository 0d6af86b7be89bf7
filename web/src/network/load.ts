// What the network view fetches for a state: a whole network, or a focus entity's
// neighbourhood. The key changes exactly when a new fetch is needed.
import type { Elements } from '../../../server/api/shapes.ts';
import type { Api } from '../api.ts';
import type { AppState } from '../state.ts';

export function dataKey(s: AppState): string {
  return s.focus ? `focus|${s.focus}|${s.depth}` : `network|${s.kind}|${s.from ?? ''}|${s.to ?? ''}`;
}

export interface Loaded {
  elements: Elements;
  truncated: boolean;
  /** Display name of the focus entity, when there is one. */
  centerName: string | null;
}

export async function loadElements(api: Api, s: AppState, signal: AbortSignal): Promise<Loaded> {
  if (s.focus) {
    const n = await api.neighbourhood(s.focus, { depth: s.depth, signal });
    return { elements: n.elements, truncated: n.truncated, centerName: n.center.name };
  }
  const n = await api.network(s.kind, { from: s.from, to: s.to, signal });
  return { elements: n.elements, truncated: n.truncated, centerName: null };
}
