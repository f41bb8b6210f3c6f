// The app's names export (the Export menu and browser mode: documents:export through the real dispatcher and the
// project exporters) carries the transliteration verdict the names engine gives each spelling: its confidence and
// the Bulgarian and Greek spellings it was checked against.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/channels.js';
import type { ExportedFile, IpcResult } from '../../electron/ipc/contract.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers, dispatch } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { openProject } from '../../electron/main/services/project-service.js';

let dir: string;
let project: ProjectService;
let handlers: Handlers;
const corpus = (l: string) => new Uint8Array(readFileSync(join(import.meta.dirname, `../../corpus/2022-2505-RSP/${l}.txt`)));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-names-export-'));
  project = await openProject(join(dir, 'p.concordia'), { create: true });
  await project.addDocument(corpus('ro'), { fileName: 'ro.txt', official: true });
  await project.addDocument(corpus('bg'), { fileName: 'bg.txt' });
  await project.addDocument(corpus('el'), { fileName: 'el.txt' });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: EXPORTERS });
});
afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(format: 'csv' | 'tbx'): Promise<string> {
  const file = (await dispatch(handlers, CHANNELS.exportFile, { format }, () => undefined)) as IpcResult<ExportedFile>;
  if (!file.ok) throw new Error(file.error.message);
  return Buffer.from(file.value.dataBase64, 'base64').toString('utf8');
}

describe('names export from a project', () => {
  it('CSV: a breach has its confidence and source spellings in the last columns, a conventional spelling none', async () => {
    // The project knows which spelling a terminologist accepted; the verdict's columns stay beside it.
    const semey = project.names().find((e) => e.forms.some((f) => f.lang === 'ro' && f.text === 'Semey'))!;
    project.setAcceptedSpelling(semey.id, 'ro', 'Semei');
    const csv = await exported('csv');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFentity_id,type,key,lang,spelling,accepted,occurrences,conventional,expected,confidence,sources');
    expect(csv).toContain(`${semey.id},place,${semey.key},ro,Semey,no,2,no,Semei,certain,bg Семей; el Σεμέι\r\n`);
    expect(csv).toContain(`${semey.id},place,${semey.key},ro,Semei,yes,0,,,,\r\n`);
    expect(csv).toContain(`${semey.id},place,${semey.key},bg,Семей,no,2,yes,,,\r\n`);
  });
  it('TBX: the breach note says how sure it is and what it was checked against', async () => {
    const tbx = await exported('tbx');
    expect(tbx).toContain('<note>2 occurrences; breaks the transliteration convention (certain: checked against bg Семей, el Σεμέι; expected: Semei)</note>');
  });
});
