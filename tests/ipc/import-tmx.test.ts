// Importing a translation memory through the real dispatcher: the preview lists every language of the TMX and
// documents:import-tmx brings them all into a real SQLite project.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../core/align/index.js';
import { tmxToString } from '../../core/export/tmx.js';
import { parseDocument } from '../../core/index.js';
import { CHANNELS } from '../../electron/ipc/channels.js';
import type { ImportPreview, IpcResult } from '../../electron/ipc/contract.js';
import type { ImportResult, ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers, dispatch } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import { openProject } from '../../electron/main/services/project-service.js';

let dir: string;
let project: ProjectService;
let handlers: Handlers;
const log = () => undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-import-tmx-'));
  project = await openProject(join(dir, 'p.concordia'), { create: true });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: {} });
});
afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<IpcResult<T>> {
  return (await dispatch(handlers, channel, input, log)) as IpcResult<T>;
}

async function corpusTmx(): Promise<string> {
  const docs = await Promise.all(['ro', 'fr', 'de'].map((l) => parseDocument(new Uint8Array(readFileSync(`corpus/2022-2505-RSP/${l}.txt`)), { fileName: `${l}.txt` })));
  return Buffer.from(tmxToString(alignDocuments(docs), docs, { level: 'unit' }), 'utf8').toString('base64');
}

describe('documents:import-tmx', () => {
  it('previews a TMX with all its languages, then imports every one', async () => {
    const dataBase64 = await corpusTmx();
    const preview = await call<ImportPreview>(CHANNELS.previewImport, { fileName: 'corpus.tmx', dataBase64 });
    expect(preview.ok && preview.value.format).toBe('tmx');
    expect(preview.ok && preview.value.languages).toEqual(['ro', 'fr', 'de']);

    const imported = await call<readonly ImportResult[]>(CHANNELS.importTranslationMemory, { fileName: 'corpus.tmx', dataBase64 });
    expect(imported.ok).toBe(true);
    expect(project.listDocuments().map((d) => d.lang)).toEqual(['ro', 'fr', 'de']);
    expect(project.grid().grid.rows.filter((r) => r.flags.length > 0)).toEqual([]);
  });

  it("imports another tool's TMX with one row per TU, as the file pairs them", async () => {
    const dataBase64 = readFileSync('tests/fixtures/tmx-tools/okapi.tmx').toString('base64');
    const imported = await call<readonly ImportResult[]>(CHANNELS.importTranslationMemory, { fileName: 'okapi.tmx', dataBase64 });
    expect(imported.ok).toBe(true);
    const { grid } = project.grid();
    expect(grid.documents.map((d) => d.lang)).toEqual(['en', 'fr', 'de']);
    expect(grid.rows.map((r) => r.cells.map((c) => c.map((s) => s.text).join('')))).toEqual([
      ['The Council met in Luxembourg.', "Le Conseil s'est réuni à Luxembourg.", 'Der Rat tagte in Luxemburg.'],
      ['See the map below.', '', 'Siehe die Karte unten.'],
      ['', expect.stringMatching(/^Line one continues/), expect.stringMatching(/^Zeile eins geht weiter/)],
    ]);
  });

  it('refuses a damaged TMX with a message and imports nothing', async () => {
    const dataBase64 = Buffer.from('<?xml version="1.0"?><tmx version="1.4"><header/><body><tu><tuv xml:lang="ro"><seg>a', 'utf8').toString('base64');
    const result = await call<readonly ImportResult[]>(CHANNELS.importTranslationMemory, { fileName: 'bad.tmx', dataBase64 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/bad\.tmx/);
    expect(project.listDocuments()).toEqual([]);
  });
});
