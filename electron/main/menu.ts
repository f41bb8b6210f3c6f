// Native menus. Items that need the renderer (export dialog, undo history, UI language, help) are sent to it as
// menu commands; opening a project and picking files use native dialogs here in main.
import { Menu } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { EVENTS } from '../ipc/events.js';
import type { EventPayloads } from '../ipc/events.js';

export interface MenuActions {
  openProject(): void;
  importFiles(): void;
  quit(): void;
}

/** Menu labels stay in English: the native menu is built before the renderer's language is known. */
const UI_LANGUAGES: readonly { code: string; label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'ro', label: 'Română' },
  { code: 'fr', label: 'Français' },
  { code: 'de', label: 'Deutsch' },
];

/** The menu's template; items the end-to-end spec clicks carry ids (`file.export`). */
export function menuTemplate(win: Pick<BrowserWindow, 'webContents'>, actions: MenuActions): MenuItemConstructorOptions[] {
  const send = (payload: EventPayloads['menuCommand']) => win.webContents.send(EVENTS.menuCommand, payload);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { id: 'file.open', label: 'Open project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { id: 'file.import', label: 'Import files…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
        { id: 'file.fetch', label: 'Get official versions…', click: () => send({ command: 'fetch' }) },
        { id: 'file.export', label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send({ command: 'export' }) },
        { type: 'separator' },
        { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo/Redo of alignment and annotation edits live in the project; text fields keep their own undo.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send({ command: 'undo' }) },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => send({ command: 'redo' }) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        {
          label: 'UI language',
          submenu: UI_LANGUAGES.map((l) => ({ label: l.label, click: () => send({ command: 'language', lang: l.code }) })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'Keyboard shortcuts', accelerator: 'F1', click: () => send({ command: 'help' }) }] },
  ];
  return template;
}

export function buildMenu(win: BrowserWindow, actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(win, actions));
}
