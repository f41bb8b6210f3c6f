// The core vocabulary channels (vocabulary:get, vocabulary:set) over both transports on a real SQLite project: the
// shared dispatcher (what IPC runs) validates and answers them and the sentence grid follows, the IPC sender check
// refuses another page, the browser-mode HTTP server answers the renderer's own HTTP transport, and the team server
// refuses the setter while its grid keeps the vocabulary on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/channels.js';
import type { Api, ProjectGrid } from '../../electron/ipc/contract.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { createHandlers, dispatch } from '../../electron/main/handlers.js';
import type { Handlers } from '../../electron/main/handlers.js';
import type { ApiServer } from '../../electron/main/server/http-server.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { openProject } from '../../electron/main/services/project-service.js';
import { dispatchTeam } from '../../electron/main/team/team-handlers.js';
import { registeredIpc, startBrowserApi } from './browser-api.js';

const RO = `Rezoluția Parlamentului European privind grădinile
(2030/0003(RSP))

Parlamentul European,

1. constată că grădina este frumoasă vara; salută noua fântână din piață;

2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.
`;
const EN = `European Parliament resolution on gardens
(2030/0003(RSP))

The European Parliament,

1. Notes that the garden is beautiful in summer; welcomes the new fountain in the square;

2. Instructs its President to forward this resolution to the Council.
`;

let dir: string;
let project: ProjectService;
let handlers: Handlers;
const log = () => undefined;
const sentenceGrid = async () => {
  const r = await dispatch(handlers, CHANNELS.grid, { level: 'sentence' }, log);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ProjectGrid;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concordia-vocab-ipc-'));
  project = await openProject(join(dir, 't.concordia'), { create: true });
  await project.addDocument(new TextEncoder().encode(RO), { fileName: 'ro.txt', lang: 'ro', official: true });
  await project.addDocument(new TextEncoder().encode(EN), { fileName: 'en.txt', lang: 'en' });
  handlers = createHandlers({ mode: 'browser', version: 'test', project: () => project, exporters: EXPORTERS });
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the core vocabulary over the shared dispatcher (IPC)', () => {
  it('reads the setting, turns it off and on, and the sentence grid follows', async () => {
    expect(await dispatch(handlers, CHANNELS.getVocabulary, {}, log)).toEqual({ ok: true, value: true });
    const on = await sentenceGrid();
    expect(on.vocabulary).toBe(true);
    expect(await dispatch(handlers, CHANNELS.setVocabulary, { enabled: false }, log)).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, CHANNELS.getVocabulary, {}, log)).toEqual({ ok: true, value: false });
    expect(project.getVocabulary()).toBe(false);
    const off = await sentenceGrid();
    expect(off.vocabulary).toBe(false);
    expect(await dispatch(handlers, CHANNELS.setVocabulary, { enabled: true }, log)).toEqual({ ok: true, value: null });
    expect((await sentenceGrid()).vocabulary).toBe(true);
  });

  it('refuses malformed input before the handler runs', async () => {
    for (const input of [{}, { enabled: 'false' }, { enabled: 0 }, { enabled: null }, { enabled: true, extra: 1 }, { on: true }]) {
      expect(await dispatch(handlers, CHANNELS.setVocabulary, input, log), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await dispatch(handlers, CHANNELS.getVocabulary, { enabled: true }, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(project.getVocabulary()).toBe(true);
  });

  it('refuses the generic settings channel for the vocabulary’s row', async () => {
    const r = await dispatch(handlers, CHANNELS.setSetting, { key: 'align.vocabulary', value: 'off' }, log);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/setVocabulary/) } });
    expect(project.getVocabulary()).toBe(true);
  });

  it('registers the channels for the window and refuses another sender', async () => {
    const { call, off } = registeredIpc(handlers, log);
    expect(await call(CHANNELS.setVocabulary, { enabled: false }, false)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(project.getVocabulary()).toBe(true);
    expect(await call(CHANNELS.setVocabulary, { enabled: false })).toEqual({ ok: true, value: null });
    expect(await call(CHANNELS.getVocabulary, {})).toEqual({ ok: true, value: false });
    project.setVocabulary(true);
    off();
  });
});

describe('the core vocabulary over browser-mode HTTP', () => {
  let server: ApiServer;
  let api: Api;
  beforeAll(async () => {
    ({ server, api } = await startBrowserApi(handlers, dir, log));
  });
  afterAll(() => server.close());

  it('turns it off and on through the renderer’s HTTP transport; the grids say so', async () => {
    expect(await api.getVocabulary({})).toEqual({ ok: true, value: true });
    expect(await api.setVocabulary({ enabled: false })).toEqual({ ok: true, value: null });
    expect(await api.getVocabulary({})).toEqual({ ok: true, value: false });
    const sentence = await api.grid({ level: 'sentence' });
    expect(sentence.ok && sentence.value.vocabulary).toBe(false);
    // The unit level of structured texts aligns no sentences and says nothing about it.
    const unit = await api.grid({ level: 'unit' });
    expect(unit.ok && unit.value.vocabulary).toBeUndefined();
    expect(await api.setVocabulary({ enabled: true })).toEqual({ ok: true, value: null });
    const again = await api.grid({ level: 'sentence' });
    expect(again.ok && again.value.vocabulary).toBe(true);
  });

  it('answers a malformed body with invalid-input over HTTP', async () => {
    const r = await api.setVocabulary({ enabled: 'yes' } as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(project.getVocabulary()).toBe(true);
  });
});

describe('the team server', () => {
  const user = { id: 1, username: 'ana', role: 'admin' as const, languages: [] };
  it('refuses the setter as not available on the team server', async () => {
    for (const enabled of [false, true]) {
      // The refusal needs no database: the handler throws before it touches the team service.
      const r = await dispatchTeam({} as never, user as never, 'test', CHANNELS.setVocabulary, { enabled }, log);
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/^Changing the core vocabulary setting is not available on the team server/) } });
    }
  });

  it('says the vocabulary is on, as its grid aligns with the default', async () => {
    expect(await dispatchTeam({} as never, user as never, 'test', CHANNELS.getVocabulary, {}, log)).toEqual({ ok: true, value: true });
  });
});
