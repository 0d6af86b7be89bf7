// The contract between the shell and a view: a view mounts into a container, is told each new
// state, and cleans up after itself. Everything it needs from outside comes in the context.
import type { Source } from '../../server/api/shapes.ts';
import type { Api } from './api.ts';
import type { Translate } from './i18n/index.ts';
import type { AppState, NavigateOptions, StatePatch } from './state.ts';

export interface ViewContext {
  /** The current state (a getter: always up to date). */
  readonly state: AppState;
  navigate(patch: StatePatch, options?: NavigateOptions): void;
  readonly api: Api;
  readonly t: Translate;
  /** Opens an entity's profile in the side panel. */
  openProfile(id: string): void;
  /** Shows where a fact comes from: the document view with the span highlighted. */
  openSource(source: Source): void;
  /** A link to a state (for <a href>, so links can be opened in a new tab or copied). */
  href(patch: StatePatch): string;
  /** Loads the current view and profile again: the graph changed (a merge or split); `note` says how. */
  refresh(note?: string): void;
}

export interface ViewHandle {
  update(state: AppState): void;
  destroy(): void;
}

export type MountView = (container: HTMLElement, ctx: ViewContext) => ViewHandle;
