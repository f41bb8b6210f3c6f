// The team server over HTTP on 127.0.0.1 against a real PostgreSQL: authentication on every route, CSRF,
// login rate limit, roles, injection and oversized requests refused with nothing stored, optimistic versions,
// the activity list and the change feed other users poll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionedAnnotation } from '../../electron/main/team/team-service.js';
import { PG_UNAVAILABLE } from './support/pg.js';
import type { TeamFixture } from './support/team-server.js';
import { signedIn, startTeamFixture, TeamClient } from './support/team-server.js';

const unitText = (f: TeamFixture, lang: 'en' | 'fr', unitId: string) => (lang === 'en' ? f.en : f.fr).parsed.units.find((u) => u.id === unitId)!.text;

function span(f: TeamFixture, lang: 'en' | 'fr', unitId: string, word: string) {
  const text = unitText(f, lang, unitId);
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${lang} ${unitId}`);
  return { docId: (lang === 'en' ? f.en : f.fr).id, rowKey: unitId, unitId, start, end: start + word.length };
}

/** Everything a refused request could have touched. */
async function counts(f: TeamFixture) {
  const [a] = await f.store.query<{ n: number }>('SELECT count(*)::int AS n FROM annotations');
  const [c] = await f.store.query<{ n: number }>('SELECT count(*)::int AS n FROM alignment_corrections');
  const [s] = await f.store.query<{ n: number }>('SELECT count(*)::int AS n FROM accepted_spellings');
  const [r] = await f.store.query<{ n: number }>('SELECT count(*)::int AS n FROM finding_reviews');
  const [u] = await f.store.query<{ n: number }>('SELECT count(*)::int AS n FROM team_users');
  const [act] = await f.store.query<{ n: number }>('SELECT count(*)::int AS n FROM team_activity');
  return { annotations: a.n, corrections: c.n, spellings: s.n, reviews: r.n, users: u.n, activity: act.n };
}

describe.skipIf(PG_UNAVAILABLE !== null)(`team server${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  let f: TeamFixture;
  beforeAll(async () => {
    f = await startTeamFixture();
  });
  afterAll(async () => {
    await f?.stop();
  });

  it('sets the session cookie HttpOnly, Secure and SameSite=Strict, and returns a CSRF token', async () => {
    const c = new TeamClient(f.url);
    const r = await c.login('rita');
    expect(r.status).toBe(200);
    const set = r.headers.getSetCookie()[0];
    expect(set).toMatch(/^__Host-concordia-session=[\w-]{43}; /);
    expect(set).toContain('HttpOnly');
    expect(set).toContain('Secure');
    expect(set).toContain('SameSite=Strict');
    expect(set).toContain('Path=/');
    expect(c.csrf).toMatch(/^[\w-]{32}$/);
    expect((await c.get('me')).body.value).toMatchObject({ user: { username: 'rita', role: 'reviser' }, csrfToken: c.csrf });
  });

  it('refuses every route without a session (401) and with a made-up cookie, and stores nothing', async () => {
    const before = await counts(f);
    const anon = new TeamClient(f.url);
    const routes: [string, string, unknown?][] = [
      ['GET', 'me'],
      ['GET', 'users'],
      ['POST', 'users', { username: 'mallory', password: 'xxxxxxxxxxxx', role: 'admin' }],
      ['GET', 'documents'],
      ['GET', `documents/${f.en.id}`],
      ['GET', 'grid'],
      ['GET', 'findings'],
      ['GET', 'names'],
      ['GET', 'annotations'],
      ['POST', 'annotations', { category: 'other', spans: [span(f, 'en', 'para:1', 'Commission')] }],
      ['PUT', 'annotations/x', { version: 1, change: { comment: 'x' } }],
      ['DELETE', 'annotations/x', { version: 1 }],
      ['POST', 'corrections', { correction: { op: 'unlink', doc: 1, rowKey: 'para:1' }, docIds: [f.en.id, f.fr.id] }],
      ['GET', 'spellings'],
      ['PUT', 'spellings', { entityId: 'e', lang: 'fr', text: 'Danube', version: null }],
      ['PUT', 'finding-reviews', { findingId: 'f-1', dismissReason: 'x', version: null }],
      ['GET', 'activity'],
      ['GET', 'changes?after=0'],
      ['POST', 'logout'],
      ['GET', 'no-such-route'],
    ];
    for (const [method, path, body] of routes) {
      const r = await anon.request(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(401);
      expect(r.body.error?.code).toBe('unauthorized');
      const forged = await anon.request(method, path, body, { cookie: '__Host-concordia-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', csrf: 'x' });
      expect(forged.status, `${method} ${path} with a forged cookie`).toBe(401);
    }
    expect(await counts(f)).toEqual(before);
  });

  it('refuses writes without the CSRF token, with another session’s token, and after logout', async () => {
    const rita = await signedIn(f.url, 'rita');
    const other = await signedIn(f.url, 'admin');
    const before = await counts(f);
    const body = { category: 'other', spans: [span(f, 'en', 'para:1', 'Commission')] };
    const none = await rita.request('POST', 'annotations', body, { csrf: null });
    expect(none.status).toBe(403);
    expect(none.body.error?.message).toMatch(/CSRF token/);
    const stolen = await rita.request('POST', 'annotations', body, { csrf: other.csrf });
    expect(stolen.status).toBe(403);
    const crossSite = await fetch(`${f.url}/api/team/annotations`, {
      method: 'POST',
      headers: { cookie: rita.cookie!, 'x-csrf-token': rita.csrf!, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(crossSite.status).toBe(403);
    expect(await counts(f)).toEqual(before);
    const cookie = rita.cookie;
    expect((await rita.request('POST', 'logout')).status).toBe(200);
    const after = await rita.request('POST', 'annotations', body, { cookie });
    expect(after.status).toBe(401);
    expect(await counts(f)).toEqual(before);
  });

  it('rate-limits failed logins per user name: 429 with Retry-After, even for the right password; other users unaffected', async () => {
    const c = new TeamClient(f.url);
    for (let i = 0; i < 5; i++) expect((await c.login('lockedout', `wrong ${i}`)).status).toBe(401);
    const blocked = await c.login('lockedout');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.body.error?.message).toMatch(/Too many failed logins/);
    expect((await new TeamClient(f.url).login('emma')).status).toBe(200);
    expect((await new TeamClient(f.url).login('nobody-here', 'x')).status).toBe(401);
  });

  it('enforces roles: read-only writes nothing, translators edit only their languages, only editors correct, only admins make accounts', async () => {
    const admin = await signedIn(f.url, 'admin');
    const rita = await signedIn(f.url, 'rita');
    const fred = await signedIn(f.url, 'fred');
    const enNote = await rita.request<VersionedAnnotation>('POST', 'annotations', { category: 'number', spans: [span(f, 'en', 'recital:2', '19 days')] });
    expect(enNote.status).toBe(200);
    const before = await counts(f);
    const otto = new TeamClient(f.url);
    await otto.login('otto');
    const tries: [TeamClient, string, string, unknown, RegExp][] = [
      [otto, 'POST', 'annotations', { category: 'other', spans: [span(f, 'fr', 'para:1', 'Commission')] }, /read-only/],
      [fred, 'POST', 'annotations', { category: 'number', spans: [span(f, 'en', 'recital:2', '19 days')] }, /outside their languages \(fr\)/],
      [fred, 'POST', 'annotations', { category: 'number', spans: [span(f, 'fr', 'recital:2', '91 jours'), span(f, 'en', 'recital:2', '19 days')] }, /touches en/],
      [fred, 'PUT', `annotations/${enNote.body.value!.id}`, { version: 1, change: { comment: 'mine now' } }, /may not edit this annotation/],
      [fred, 'DELETE', `annotations/${enNote.body.value!.id}`, { version: 1 }, /may not delete this annotation/],
      [fred, 'POST', 'corrections', { correction: { op: 'unlink', doc: 1, rowKey: 'para:1' }, docIds: [f.en.id, f.fr.id] }, /revisers and admins only/],
      [fred, 'PUT', 'spellings', { entityId: 'name-1', lang: 'fr', text: 'Danube', version: null }, /revisers and admins only/],
      [fred, 'PUT', 'finding-reviews', { findingId: 'f-1', dismissReason: 'fine', version: null }, /revisers and admins only/],
      [rita, 'POST', 'users', { username: 'mallory', password: 'long enough pass', role: 'admin' }, /admins only/],
    ];
    for (const [who, method, path, body, message] of tries) {
      const r = await who.request(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.body.error?.message).toMatch(message);
    }
    expect((await rita.get('users')).status).toBe(403);
    expect(await counts(f)).toEqual(before);
    // …and what each role may do, it can.
    expect((await fred.request('POST', 'annotations', { category: 'number', spans: [span(f, 'fr', 'recital:2', '91 jours')] })).status).toBe(200);
    expect((await admin.request('POST', 'users', { username: 'nina', password: 'long enough pass', role: 'translator', languages: ['de'] })).status).toBe(200);
    expect((await otto.get('annotations')).status).toBe(200);
  });

  it('refuses SQL and HTML injection in every field with 400 and stores nothing; SQL-looking prose is kept verbatim and harmless', async () => {
    const rita = await signedIn(f.url, 'rita');
    const admin = await signedIn(f.url, 'admin');
    const ok = await rita.request<VersionedAnnotation>('POST', 'annotations', { category: 'other', spans: [span(f, 'en', 'para:2', 'dredging')] });
    const id = ok.body.value!.id;
    const before = await counts(f);
    const sql = "x'; DROP TABLE annotations; --";
    const html = '<img src=x onerror=alert(1)>';
    const good = span(f, 'en', 'para:1', 'Commission');
    const attempts: [TeamClient, string, string, unknown][] = [
      // SQL in structured fields: never a valid id, language or category
      [rita, 'POST', 'annotations', { category: 'other', spans: [{ ...good, docId: sql }] }],
      [rita, 'POST', 'annotations', { category: 'other', spans: [{ ...good, unitId: sql }] }],
      [rita, 'POST', 'annotations', { category: 'other', spans: [{ ...good, rowKey: sql }] }],
      [rita, 'POST', 'annotations', { category: sql, spans: [good] }],
      [rita, 'PUT', `annotations/${encodeURIComponent(sql)}`, { version: 1, change: { comment: 'x' } }],
      [rita, 'PUT', `annotations/${id}`, { version: 1, change: { removeSpanIds: [sql] } }],
      [rita, 'PUT', 'spellings', { entityId: sql, lang: 'fr', text: 'Danube', version: null }],
      [rita, 'PUT', 'spellings', { entityId: 'name-1', lang: sql, text: 'Danube', version: null }],
      [rita, 'PUT', 'finding-reviews', { findingId: sql, dismissReason: 'x', version: null }],
      [rita, 'POST', 'corrections', { correction: { op: 'unlink', doc: 1, rowKey: sql }, docIds: [f.en.id, f.fr.id] }],
      [rita, 'POST', 'corrections', { correction: { op: 'unlink', doc: 1, rowKey: 'para:1' }, docIds: [sql, f.fr.id] }],
      [admin, 'POST', 'users', { username: sql, password: 'long enough pass', role: 'reviser' }],
      // HTML in every free-text field
      [rita, 'POST', 'annotations', { category: 'other', comment: html, spans: [good] }],
      [rita, 'PUT', `annotations/${id}`, { version: 1, change: { comment: `fine ${html}` } }],
      [rita, 'PUT', 'spellings', { entityId: 'name-1', lang: 'fr', text: html, version: null }],
      [rita, 'PUT', 'finding-reviews', { findingId: 'f-1', dismissReason: '<script>alert(1)</script>', version: null }],
      [admin, 'POST', 'users', { username: '<b>bob</b>', password: 'long enough pass', role: 'reviser' }],
      // unknown fields are refused too, not silently dropped
      [rita, 'POST', 'annotations', { category: 'other', spans: [good], author: 'somebody else' }],
    ];
    for (const [who, method, path, body] of attempts) {
      const r = await who.request(method, path, body);
      expect(r.status, `${method} ${path} ${JSON.stringify(body).slice(0, 120)}`).toBe(400);
      expect(r.body.error?.code).toBe('invalid-input');
      expect(r.body.error?.message.length).toBeGreaterThan(10);
    }
    expect((await rita.get('annotations/%E0%A4%A')).status).toBe(400);
    const login = await new TeamClient(f.url).login(sql, sql);
    expect(login.status).toBe(401);
    expect(await counts(f)).toEqual(before);
    // Prose that merely looks like SQL is a legitimate comment: stored byte for byte, every table still there.
    const prose = await rita.request<VersionedAnnotation>('PUT', `annotations/${id}`, { version: 1, change: { comment: sql } });
    expect(prose.status).toBe(200);
    expect((await f.service.annotation(id))?.comment).toBe(sql);
    expect((await counts(f)).annotations).toBe(before.annotations);
  });

  it('refuses oversized and malformed requests with a clear status and stores nothing', async () => {
    const rita = await signedIn(f.url, 'rita');
    const before = await counts(f);
    const big = await rita.request('POST', 'annotations', { category: 'other', comment: 'x'.repeat(100_000), spans: [span(f, 'en', 'para:1', 'Commission')] });
    expect(big.status).toBe(413);
    expect(big.body.error?.message).toMatch(/limit of 65536 bytes|limit is 65536 bytes/);
    const long = await rita.request('POST', 'annotations', { category: 'other', comment: 'x'.repeat(10_001), spans: [span(f, 'en', 'para:1', 'Commission')] });
    expect(long.status).toBe(400);
    const notJson = await rita.request('POST', 'annotations', undefined, { rawBody: '{"category":' });
    expect(notJson.status).toBe(400);
    const wrongType = await rita.request('POST', 'annotations', undefined, { rawBody: 'category=other', contentType: 'application/x-www-form-urlencoded' });
    expect(wrongType.status).toBe(415);
    const badSpan = await rita.request('POST', 'annotations', { category: 'other', spans: [{ ...span(f, 'en', 'para:1', 'Commission'), end: 10_000 }] });
    expect(badSpan.status).toBe(400);
    expect(badSpan.body.error?.message).toMatch(/not a non-empty range inside para:1/);
    expect(await counts(f)).toEqual(before);
  });

  it('never loses a write: a stale version gets 409 with a clear message and the current row, nothing overwritten', async () => {
    const rita = await signedIn(f.url, 'rita');
    const emma = await signedIn(f.url, 'emma');
    const created = await emma.request<VersionedAnnotation>('POST', 'annotations', { category: 'number', spans: [span(f, 'en', 'recital:2', '19 days')] });
    const id = created.body.value!.id;
    expect(created.body.value!.version).toBe(1);
    const first = await rita.request<VersionedAnnotation>('PUT', `annotations/${id}`, { version: 1, change: { comment: 'FR says 91 days', status: 'confirmed' } });
    expect(first.status).toBe(200);
    expect(first.body.value).toMatchObject({ version: 2, updatedBy: 'rita' });
    const second = await emma.request<VersionedAnnotation>('PUT', `annotations/${id}`, { version: 1, change: { comment: 'typo in EN?' } });
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe('conflict');
    expect(second.body.error?.message).toMatch(/now at version 2, last changed by rita; you edited version 1\. Your change was not saved/);
    expect(second.body.current).toMatchObject({ id, version: 2, comment: 'FR says 91 days', status: 'confirmed' });
    expect((await f.service.annotation(id))?.comment).toBe('FR says 91 days');
    // reload, re-apply: accepted
    const retry = await emma.request<VersionedAnnotation>('PUT', `annotations/${id}`, { version: 2, change: { comment: 'FR says 91 days; EN checked' } });
    expect(retry.status).toBe(200);
    expect((await rita.request('DELETE', `annotations/${id}`, { version: 2 })).status).toBe(409);
    // both create the same accepted spelling: the second is told, not silently overwritten
    const s1 = await rita.request('PUT', 'spellings', { entityId: 'name-danube', lang: 'fr', text: 'Danube', version: null });
    const admin = await signedIn(f.url, 'admin');
    const s2 = await admin.request('PUT', 'spellings', { entityId: 'name-danube', lang: 'fr', text: 'Dunărea', version: null });
    expect(s1.status).toBe(200);
    expect(s2.status).toBe(409);
    expect(s2.body.current).toMatchObject({ text: 'Danube', version: 1, updatedBy: 'rita' });
    const r1 = await rita.request('PUT', 'finding-reviews', { findingId: 'f-abc', dismissReason: 'house style', version: null });
    const r2 = await admin.request('PUT', 'finding-reviews', { findingId: 'f-abc', dismissReason: null, version: 2 });
    expect(r1.status).toBe(200);
    expect(r2.status).toBe(409);
  });

  it('concurrent updates of one row from many clients: exactly one wins per version, the rest get 409', async () => {
    const rita = await signedIn(f.url, 'rita');
    const created = await rita.request<VersionedAnnotation>('POST', 'annotations', { category: 'other', spans: [span(f, 'fr', 'para:2', 'dragage')] });
    const id = created.body.value!.id;
    const clients = await Promise.all(['rita', 'admin', 'emma', 'fred'].map((u) => signedIn(f.url, u)));
    const writers = clients.filter((_, i) => i !== 2); // emma (en) may not edit a French annotation
    const results = await Promise.all(writers.map((c, i) => c.request('PUT', `annotations/${id}`, { version: 1, change: { comment: `writer ${i}` } })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(writers.length - 1);
    const winner = results.findIndex((r) => r.status === 200);
    expect((await f.service.annotation(id))).toMatchObject({ version: 2, comment: `writer ${winner}` });
  });

  it('records who and when for every change in the activity list, and other users see changes by polling the feed', async () => {
    const watcher = await signedIn(f.url, 'otto');
    const { cursor } = (await watcher.get<{ cursor: number }>('changes?after=0')).body.value!;
    const rita = await signedIn(f.url, 'rita');
    const t0 = Date.now();
    const a = await rita.request<VersionedAnnotation>('POST', 'annotations', { category: 'date', spans: [span(f, 'en', 'citation:1', '14 June 2019')] });
    await rita.request('PUT', `annotations/${a.body.value!.id}`, { version: 1, change: { status: 'resolved' } });
    await rita.request('POST', 'corrections', { correction: { op: 'unlink', doc: 1, rowKey: 'para:2' }, docIds: [f.en.id, f.fr.id] });
    await rita.request('PUT', 'spellings', { entityId: 'name-zz', lang: 'en', text: 'Danube', version: null });
    await rita.request('PUT', 'finding-reviews', { findingId: 'f-zz', dismissReason: 'agreed', version: null });
    await rita.request('DELETE', `annotations/${a.body.value!.id}`, { version: 2 });
    const feed = (await watcher.get<{ cursor: number; changes: { seq: number; username: string; action: string; at: string; targetId: string }[] }>(`changes?after=${cursor}`)).body.value!;
    expect(feed.changes.map((c) => [c.username, c.action])).toEqual([
      ['rita', 'annotation.create'],
      ['rita', 'annotation.update'],
      ['rita', 'correction.add'],
      ['rita', 'spelling.set'],
      ['rita', 'finding.dismiss'],
      ['rita', 'annotation.delete'],
    ]);
    for (const c of feed.changes) expect(Math.abs(Date.parse(c.at) - t0)).toBeLessThan(30_000);
    expect(feed.cursor).toBe(feed.changes[5].seq);
    expect((await watcher.get<unknown[]>(`changes?after=${feed.cursor}`)).body.value).toEqual({ cursor: feed.cursor, changes: [] });
    const activity = (await watcher.get<{ action: string; summary: string }[]>('activity?limit=6')).body.value!;
    expect(activity[0]).toMatchObject({ action: 'annotation.delete' });
    expect(activity.find((x) => x.action === 'spelling.set')?.summary).toBe('en spelling of name-zz: Danube');
    // the correction is in the grid everyone reads
    const grid = (await watcher.get<{ corrections: unknown[] }>('grid')).body.value!;
    expect(grid.corrections).toContainEqual({ op: 'unlink', doc: 1, rowKey: 'para:2' });
  });

  it('serves the grid, the findings with their review state and the documents to any signed-in role', async () => {
    const otto = await signedIn(f.url, 'otto');
    const grid = await otto.get<{ docIds: string[]; grid: { rows: { key: string }[] } }>('grid?level=unit');
    expect(grid.status).toBe(200);
    expect(grid.body.value!.docIds).toEqual([f.en.id, f.fr.id]);
    expect(grid.body.value!.grid.rows.map((r) => r.key)).toContain('recital:2');
    const findings = await otto.get<{ id: string; type: string; row: string; review: string }[]>('findings');
    expect(findings.status).toBe(200);
    const days = findings.body.value!.find((x) => x.type === 'number' && x.row === 'recital:2');
    expect(days, '19 vs 91 days is a number finding').toBeDefined();
    const rita = await signedIn(f.url, 'rita');
    expect((await rita.request('PUT', 'finding-reviews', { findingId: days!.id, dismissReason: 'checked with the author', version: null })).status).toBe(200);
    expect((await otto.get<{ id: string; review: string; reviewedBy: string }[]>('findings')).body.value!.find((x) => x.id === days!.id)).toMatchObject({
      review: 'dismissed',
      reviewedBy: 'rita',
    });
    const names = (await otto.get<{ id: string; forms: unknown[]; accepted: unknown[] }[]>('names')).body.value!;
    const danube = names.find((n) => JSON.stringify(n.forms).includes('Danube'));
    expect(danube, 'the Danube is a name in both versions').toBeDefined();
    expect((await rita.request('PUT', 'spellings', { entityId: danube!.id, lang: 'fr', text: 'Danube', version: null })).status).toBe(200);
    expect((await otto.get<{ id: string; accepted: unknown[] }[]>('names')).body.value!.find((n) => n.id === danube!.id)?.accepted).toMatchObject([
      { lang: 'fr', text: 'Danube', version: 1, updatedBy: 'rita' },
    ]);
    const doc = await otto.get<{ units: unknown[] }>(`documents/${f.fr.id}`);
    expect(doc.body.value!.units).toHaveLength(f.fr.parsed.units.length);
    expect((await otto.get(`documents/nope`)).status).toBe(404);
  });

  it('answers the app’s own API (POST /api/<channel>) with the same roles, refusals and activity', async () => {
    const before = await counts(f);
    const call = (c: TeamClient | null, channel: string, input: unknown, token?: string | null) =>
      fetch(`${f.url}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(c?.cookie ? { cookie: c.cookie } : {}), ...((token ?? c?.csrf) ? { authorization: `Bearer ${token ?? c?.csrf}` } : {}) },
        body: JSON.stringify(input),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } } }));
    const note = { category: 'number', spans: [span(f, 'en', 'recital:2', '19 days')] };
    expect((await call(null, 'annotations:create', note)).status).toBe(401);
    const fred = await signedIn(f.url, 'fred');
    const rita = await signedIn(f.url, 'rita');
    expect((await call(rita, 'annotations:create', note, 'not-the-token')).status).toBe(403);
    expect((await call(rita, 'annotations:create', note, rita.csrf === fred.csrf ? 'x' : fred.csrf)).status).toBe(403);
    const translator = await call(fred, 'annotations:create', note);
    expect(translator.status).toBe(403);
    expect(translator.body.error?.message).toMatch(/outside their languages/);
    const injected = await call(rita, 'annotations:create', { ...note, spans: [{ ...note.spans[0], unitId: "x' OR 1=1 --" }] });
    expect(injected.status).toBe(404);
    expect(await counts(f)).toEqual(before);
    const made = await call(rita, 'annotations:create', note);
    expect(made.status).toBe(200);
    const id = (made.body.value as { id: string }).id;
    const change = await call(rita, 'annotations:update', { id, patch: { comment: 'x' } });
    expect(change.status).toBe(403);
    expect(change.body.error?.message).toMatch(/on the team page/);
    const activity = (await rita.get<{ username: string; action: string; targetId: string }[]>('activity?limit=1')).body.value!;
    expect(activity[0]).toMatchObject({ username: 'rita', action: 'annotation.create', targetId: id });
    expect((await call(rita, 'no:such-channel', {})).status).toBe(404);
  });

  it('tells the app it runs over the team database, with the activity cursor and the versions its versioned edits need', async () => {
    const rita = await signedIn(f.url, 'rita');
    const admin = await signedIn(f.url, 'admin');
    const app = (c: TeamClient, channel: string) =>
      fetch(`${f.url}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: c.cookie!, authorization: `Bearer ${c.csrf}` }, body: '{}' }).then(
        async (r) => ((await r.json()) as { value: unknown }).value,
      );
    const latest = (await rita.get<{ seq: number }[]>('activity?limit=1')).body.value![0]?.seq ?? 0;
    expect(await app(rita, 'app:get-info')).toMatchObject({ mode: 'browser', team: { username: 'rita', role: 'reviser', cursor: latest } });
    type Named = { id: string; forms: unknown[]; accepted: Record<string, string>; acceptedVersions: Record<string, number> };
    const danube = ((await app(rita, 'names:list')) as Named[]).find((n) => JSON.stringify(n.forms).includes('Danube'))!;
    expect(danube.acceptedVersions.en).toBeUndefined();
    // both set the English spelling from "none set": the second is refused and the first stays
    expect((await rita.request('PUT', 'spellings', { entityId: danube.id, lang: 'en', text: 'Danube', version: null })).status).toBe(200);
    const stale = await admin.request('PUT', 'spellings', { entityId: danube.id, lang: 'en', text: 'Donau', version: null });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.message).toMatch(/last changed by rita/);
    const after = ((await app(admin, 'names:list')) as Named[]).find((n) => n.id === danube.id)!;
    expect([after.accepted.en, after.acceptedVersions.en]).toEqual(['Danube', 1]);
    // the feed the app polls names the change after the cursor it was given
    const feed = (await admin.get<{ changes: { username: string; action: string }[] }>(`changes?after=${latest}`)).body.value!;
    expect(feed.changes.map((c) => `${c.username} ${c.action}`)).toEqual(['rita spelling.set']);
  });
});
