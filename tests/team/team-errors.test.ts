// A CoreError on a team route goes out with its params (what its English message interpolates), as the app's own
// API sends them (toIpcFailure), so the browser can word it in the UI language; one without params has none.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParseError } from '../../core/index.js';
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
