// Push events from main to the renderer (Electron only; browser mode has no native menu). Each `on…` in the
// preload returns an unsubscribe function.
import type { ProjectInfo } from './project-api.js';

export const EVENTS = {
  /** A native menu item the renderer acts on (it owns the dialogs and the undo history view). */
  menuCommand: 'menu:command',
  /** Main opened another project file; the renderer reloads everything. */
  projectOpened: 'project:opened',
  /** Files picked in the native Import dialog, read by main, for the renderer's confirm-language step. */
  filesPicked: 'documents:files-picked',
} as const;

export const MENU_COMMANDS = ['export', 'undo', 'redo', 'help', 'import', 'fetch'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface PickedFile {
  readonly fileName: string;
  readonly dataBase64: string;
}

export interface EventPayloads {
  menuCommand: { readonly command: MenuCommand } | { readonly command: 'language'; readonly lang: string };
  projectOpened: ProjectInfo;
  filesPicked: readonly PickedFile[];
}

export type EventName = keyof typeof EVENTS;

/** What the preload exposes for events: subscribe, get an unsubscribe function back. */
export type EventsApi = {
  [K in EventName]: (listener: (payload: EventPayloads[K]) => void) => () => void;
};
