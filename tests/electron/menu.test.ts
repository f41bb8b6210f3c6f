// The native menu: the items the renderer acts on are sent to it as menu commands on the one push channel, the
// rest call main's own actions; File › Export… (the item the Electron end-to-end spec clicks) asks for the export.
import { describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../../electron/ipc/events.js';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (t: unknown) => t } }));
const { menuTemplate } = await import('../../electron/main/menu.js');

interface Item {
  id?: string;
  label?: string;
  submenu?: Item[];
  click?: () => void;
}

function find(items: Item[], id: string): Item | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu && find(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
}

function setUp() {
  const sent: unknown[][] = [];
  const actions: string[] = [];
  const template = menuTemplate({ webContents: { send: (...args: unknown[]) => void sent.push(args) } } as never, {
    openProject: () => void actions.push('open'),
    importFiles: () => void actions.push('import'),
    quit: () => void actions.push('quit'),
  }) as Item[];
  return { template, sent, actions };
}

describe('menu', () => {
  it('File › Export… asks the renderer for the export dialog', () => {
    const { template, sent, actions } = setUp();
    const item = find(template, 'file.export');
    expect(item?.label).toBe('Export…');
    item?.click?.();
    expect(sent).toEqual([[EVENTS.menuCommand, { command: 'export' }]]);
    expect(actions).toEqual([]);
  });

  it('File › Open project… and Import files… run in main (native dialogs), not in the page', () => {
    const { template, sent, actions } = setUp();
    find(template, 'file.open')?.click?.();
    find(template, 'file.import')?.click?.();
    expect(actions).toEqual(['open', 'import']);
    expect(sent).toEqual([]);
  });
});
