// A CoreError on a team route goes out with its params (what its English message interpolates), as the app's own
// API sends them (toIpcFailure), so the browser can word it in the UI language; one without params has none.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParseError } from '../../core/index.js';
import { dispatchTeam } from '../../electron/main/team/team-handlers.js';
import type { TeamUser } from '../../electron/main/team/team-repo.js';
import type { TeamService } from '../../electron/main/team/team-service.js';
import { PG_UNAVAILABLE } from './support/pg.js';
import type { TeamFixture } from './support/team-server.js';
import { signedIn, startTeamFixture } from './support/team-server.js';

describe.skipIf(PG_UNAVAILABLE !== null)(`team server errors${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  let f: TeamFixture;
  beforeAll(async () => {
    f = await startTeamFixture();
  });
  afterAll(async () => {
    await f?.stop();
  });

  it('sends a CoreError’s code, English message and params on a team route (400)', async () => {
    const c = await signedIn(f.url, 'rita');
    // The service failing with a coded error (an encoding error, the shape every parser throw site gives).
    const e = new ParseError('html', 'the page declares the charset "koi8-r"', { code: 'encoding', params: { variant: 'charset', charset: 'koi8-r' } });
    const spy = vi.spyOn(f.service, 'findings').mockRejectedValueOnce(e);
    try {
      const r = await c.get('findings');
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ ok: false, error: { code: 'encoding', message: e.message, params: { variant: 'charset', charset: 'koi8-r' } } });
    } finally {
      spy.mockRestore();
    }
  });

  it('leaves params out for a CoreError thrown without them (an unknown document: 404)', async () => {
    const c = await signedIn(f.url, 'rita');
    const r = await c.get('documents/no-such-document');
    expect(r.status).toBe(404);
    expect(r.body.ok).toBe(false);
    expect(r.body.error?.code).toBe('not-found');
    expect(r.body.error).not.toHaveProperty('params');
  });
});

describe('the team server’s browser-mode API (POST /api/<channel>)', () => {
  it('sends a CoreError’s params too, and none when it has none', async () => {
    const e = new ParseError('html', 'the page declares the charset "koi8-r"', { code: 'encoding', params: { variant: 'charset', charset: 'koi8-r' } });
    let next: Error = e;
    const service = { findings: async () => Promise.reject(next) } as unknown as TeamService;
    const user = { id: 1, username: 'rita', role: 'reviser', languages: [] } as unknown as TeamUser;
    const log = () => undefined;
    expect(await dispatchTeam(service, user, '0', 'findings:list', {}, log)).toEqual({
      ok: false,
      error: { code: 'encoding', message: e.message, params: { variant: 'charset', charset: 'koi8-r' } },
    });
    next = new ParseError('txt', 'the file is empty', { code: 'empty-input' });
    const r = await dispatchTeam(service, user, '0', 'findings:list', {}, log);
    expect(r).toEqual({ ok: false, error: { code: 'empty-input', message: 'the file is empty' } });
  });
});
