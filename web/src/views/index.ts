// The views by name. Adding a view is adding an entry here and a tab label in the dictionary.
import type { ViewName } from '../state.ts';
import type { MountView } from '../view.ts';
import { mount as mountConsole } from './console.ts';
import { mount as mountDocument } from './document.ts';
import { mount as mountInvolvement } from './involvement.ts';
import { mount as mountNetwork } from './network.ts';
import { mount as mountTimeline } from './timeline.ts';

export const views: Readonly<Record<ViewName, MountView>> = {
  network: mountNetwork,
  timeline: mountTimeline,
  document: mountDocument,
  involvement: mountInvolvement,
  console: mountConsole,
};
