// A bilingual XLIFF through the real dispatcher (issue #14): the preview names both languages, documents:import-tmx
// brings both into a real SQLite project, and documents:export writes the pair back as XLIFF 2.1 and 1.2.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/channels.js';
import type { ExportedFile, ImportPreview, IpcResult } from '../../electron/ipc/contract.js';
import type { ImportResult, ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers, dispatch } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { openProject } from '../../electron/main/services/project-service.js';
import { readXliff } from '../../core/parsers/xliff.js';

let dir: string;
let project: ProjectService;
let handlers: Handlers;
const log = () => undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-import-xliff-'));
  project = await openProject(join(dir, 'p.concordia'), { create: true });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: EXPORTERS });
});
afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<IpcResult<T>> {
  return (await dispatch(handlers, channel, input, log)) as IpcResult<T>;
}

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/xliff', name)).toString('base64');

describe('XLIFF through the API', () => {
  it('previews both languages, imports both, exports the pair again', async () => {
    const dataBase64 = fixture('segmented-1.2.xlf');
    const preview = await call<ImportPreview>(CHANNELS.previewImport, { fileName: 'resolution.xlf', dataBase64 });
    expect(preview.ok && [preview.value.format, preview.value.languages]).toEqual(['xliff', ['ro', 'fr']]);

    const imported = await call<readonly ImportResult[]>(CHANNELS.importTranslationMemory, { fileName: 'resolution.xlf', dataBase64 });
    expect(imported.ok).toBe(true);
    expect(project.listDocuments().map((d) => d.lang)).toEqual(['ro', 'fr']);

    for (const format of ['xliff', 'xliff12'] as const) {
      const file = await call<ExportedFile>(CHANNELS.exportFile, { format, langs: ['fr'] });
      expect(file.ok).toBe(true);
      if (!file.ok) continue;
      const back = readXliff(new Uint8Array(Buffer.from(file.value.dataBase64, 'base64')));
      expect(back.version).toBe(format === 'xliff' ? '2.1' : '1.2');
      expect(back.documents.map((d) => d.lang)).toEqual(['ro', 'fr']);
      // Another tool's file has no Concordia row keys: its versions are unstructured, and the project aligns them as
      // one text by sentences (as for a foreign TMX), so the export holds that text.
      expect(back.documents[1].units.map((u) => u.text).join(' ')).toContain('Le Conseil a décidé. La Commission a approuvé immédiatement le plan.');
      expect(back.documents[0].units.map((u) => u.text).join(' ')).toContain('Fără traducere încă.');
    }
    const twoTargets = await call<ExportedFile>(CHANNELS.exportFile, { format: 'xliff', langs: ['ro', 'fr', 'de'] });
    expect(!twoTargets.ok && twoTargets.error.message).toMatch(/one pair/);
  });

  it('refuses a damaged XLIFF with a message naming the file and imports nothing', async () => {
    const dataBase64 = Buffer.from('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ro"><file id="f"><unit id="u"><segment><source>a', 'utf8').toString('base64');
    const result = await call<readonly ImportResult[]>(CHANNELS.importTranslationMemory, { fileName: 'bad.xlf', dataBase64 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/bad\.xlf/);
    expect(project.listDocuments()).toEqual([]);
  });
});
