// The dictionaries channels over both transports on a real SQLite project: the shared dispatcher (what IPC runs)
// validates and answers them, the browser-mode HTTP server does the same through the renderer's own HTTP
// transport (a dictd pair uploaded as its two files), a refused file crosses with its code and params, an
// untrusted IPC sender is refused, and the team server refuses the channels as single-user only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/channels.js';
import type { Api, DictionarySummary, ProjectGrid } from '../../electron/ipc/contract.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers, dispatch } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import type { ApiServer } from '../../electron/main/server/http-server.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { openProject } from '../../electron/main/services/project-service.js';
import { dispatchTeam } from '../../electron/main/team/team-handlers.js';
import { registeredIpc, startBrowserApi } from './browser-api.js';

const b64 = (s: string | Uint8Array) => Buffer.from(typeof s === 'string' ? new TextEncoder().encode(s) : s).toString('base64');

const RO = `Rezoluția Parlamentului European privind podurile
(2030/0002(RSP))

Parlamentul European,

1. constată că podul de piatră a fost reparat; salută noul drum spre munte;

2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.
`;
const EN = `European Parliament resolution on bridges
(2030/0002(RSP))

The European Parliament,

1. Notes that the stone bridge was repaired; welcomes the new road to the mountain;

2. Instructs its President to forward this resolution to the Council.
`;

let dir: string;
let project: ProjectService;
let handlers: Handlers;
const log = () => undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-dict-ipc-'));
  project = await openProject(join(dir, 't.concordia'), { create: true });
  await project.addDocument(new TextEncoder().encode(RO), { fileName: 'ro.txt', lang: 'ro', official: true });
  await project.addDocument(new TextEncoder().encode(EN), { fileName: 'en.txt', lang: 'en' });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: EXPORTERS });
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dictionaries over the shared dispatcher (IPC)', () => {
  it('adds, lists, uses in the sentence grid and removes a dictionary', async () => {
    const added = await dispatch(handlers, CHANNELS.addDictionary, { files: [{ fileName: 'glossary.txt', dataBase64: b64('podul @ bridge\ndrumul @ road\n') }], from: 'en', to: 'ro' }, log);
    expect(added).toMatchObject({ ok: true, value: { name: 'glossary.txt', format: 'word-list', from: 'en', to: 'ro', pairs: 2, phrases: 0 } });
    const d = (added as { value: DictionarySummary }).value;
    expect(await dispatch(handlers, CHANNELS.listDictionaries, {}, log)).toEqual({ ok: true, value: [d] });
    const grid = await dispatch(handlers, CHANNELS.grid, { level: 'sentence' }, log);
    expect(grid.ok && (grid.value as ProjectGrid).dictionaries).toEqual([d]);
    expect(await dispatch(handlers, CHANNELS.removeDictionary, { id: d.id }, log)).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, CHANNELS.listDictionaries, {}, log)).toEqual({ ok: true, value: [] });
    expect(await dispatch(handlers, CHANNELS.removeDictionary, { id: d.id }, log)).toMatchObject({ ok: false, error: { code: 'not-found', params: { variant: 'dictionary' } } });
  });

  it('refuses malformed input before the handler runs', async () => {
    const one = { fileName: 'en-ro.txt', dataBase64: b64('podul @ bridge\n') };
    for (const input of [
      { files: [] },
      { files: [one, one, one] },
      { files: [{ fileName: 'en-ro.txt', dataBase64: 'not base64!' }] },
      { files: [one], from: 'xx' },
      { files: [one], extra: true },
      { files: [{ ...one, path: '/etc/passwd' }] },
    ]) {
      const r = await dispatch(handlers, CHANNELS.addDictionary, input, log);
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    for (const id of [0, -1, 1.5, '1']) expect(await dispatch(handlers, CHANNELS.removeDictionary, { id }, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, CHANNELS.listDictionaries, { all: true }, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('sends a refused file’s code, English message and params', async () => {
    const r = await dispatch(handlers, CHANNELS.addDictionary, { files: [{ fileName: 'glossary.txt', dataBase64: b64('podul @ bridge\n') }] }, log);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/^glossary\.txt: the name does not say which languages/),
        params: { variant: 'dictionary-languages', file: 'glossary.txt' },
      },
    });
  });

  it('registers the channels for the window and refuses another sender', async () => {
    const { call, off } = registeredIpc(handlers, log);
    expect(await call(CHANNELS.listDictionaries, {})).toEqual({ ok: true, value: [] });
    const input = { files: [{ fileName: 'en-ro.txt', dataBase64: b64('podul @ bridge\n') }] };
    expect(await call(CHANNELS.addDictionary, input, false)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(project.listDictionaries()).toEqual([]);
    off();
  });
});

describe('dictionaries over browser-mode HTTP', () => {
  let server: ApiServer;
  let api: Api;
  beforeAll(async () => {
    ({ server, api } = await startBrowserApi(handlers, dir, log));
  });
  afterAll(() => server.close());

  it('uploads a dictd pair as its two files, lists it and removes it', async () => {
    // Two articles of 27 and 37 bytes: index offsets and lengths in dictd's base 64 (A=0, b=27, l=37).
    const articles = ['drumul\nroad\ncalea spre sat\n', 'podul\nbridge\nconstrucție peste apă\n'];
    expect(articles.map((a) => new TextEncoder().encode(a).length)).toEqual([27, 37]);
    const data = articles.join('');
    const index = 'drumul\tA\tb\npodul\tb\tl\n';
    const added = await api.addDictionary({
      files: [
        { fileName: 'freedict-ron-eng.dict.dz', dataBase64: b64(gzipSync(new TextEncoder().encode(data))) },
        { fileName: 'freedict-ron-eng.index', dataBase64: b64(index) },
      ],
    });
    expect(added).toMatchObject({ ok: true, value: { name: 'freedict-ron-eng.index', format: 'dictd', from: 'ro', to: 'en', pairs: 2 } });
    const listed = await api.listDictionaries({});
    expect(listed.ok && listed.value.map((d) => d.name)).toEqual(['freedict-ron-eng.index']);
    const sentence = await api.grid({ level: 'sentence' });
    expect(sentence.ok && sentence.value.dictionaries?.map((d) => d.name)).toEqual(['freedict-ron-eng.index']);
    const unit = await api.grid({ level: 'unit' });
    expect(unit.ok && unit.value.dictionaries).toBeUndefined();
    if (!added.ok) throw new Error('not added');
    expect(await api.removeDictionary({ id: added.value.id })).toEqual({ ok: true, value: null });
    expect(await api.listDictionaries({})).toEqual({ ok: true, value: [] });
  });

  it('carries a refused file’s params over HTTP', async () => {
    const r = await api.addDictionary({ files: [{ fileName: 'freedict-ron-eng.index', dataBase64: b64('podul\tA\tB\n') }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', params: { variant: 'dictionary-dictd-pair', stem: 'freedict-ron-eng' } } });
  });
});

describe('the team server', () => {
  it('refuses the dictionary channels as not available on the team server', async () => {
    const user = { id: 1, username: 'ana', role: 'admin' as const, languages: [] };
    const calls = [
      [CHANNELS.listDictionaries, {}],
      [CHANNELS.addDictionary, { files: [{ fileName: 'en-ro.txt', dataBase64: b64('podul @ bridge\n') }] }],
      [CHANNELS.removeDictionary, { id: 1 }],
    ] as const;
    for (const [channel, input] of calls) {
      // The refusal needs no database: the handler throws before it touches the team service.
      const r = await dispatchTeam({} as never, user as never, 'test', channel, input, log);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/^Bilingual dictionaries is not available on the team server/) } });
    }
  });
});
