// Finding → annotation and finding reviews in team mode, over HTTP against a real PostgreSQL: the annotation gets
// the finding's row, languages and text and is linked to the finding, as in the single-user project; the role rules
// of annotation creation apply; a review someone else made after the user loaded the findings is never replaced
// (409 with the current review); the activity feed other users poll names the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamFinding, VersionedAnnotation } from '../../electron/main/team/team-service.js';
import { PG_UNAVAILABLE } from './support/pg.js';
import type { TeamFixture } from './support/team-server.js';
import { signedIn, startTeamFixture } from './support/team-server.js';
import type { TeamClient } from './support/team-server.js';

/** Everything a refused request could have touched. */
async function counts(f: TeamFixture) {
  const n = async (table: string) => (await f.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return { annotations: await n('annotations'), spans: await n('annotation_spans'), reviews: await n('finding_reviews'), activity: await n('team_activity') };
}

const review = async (f: TeamFixture, id: string) => (await f.service.findings()).find((x) => x.id === id)!;

/** The app's own API (POST /api/<channel>), as the renderer at /app/ calls it. */
const app = (f: TeamFixture, c: TeamClient, channel: string, input: unknown) =>
  fetch(`${f.url}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: c.cookie!, authorization: `Bearer ${c.csrf}` },
    body: JSON.stringify(input),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as { ok: boolean; error?: { code: string; message: string } } }));

describe.skipIf(PG_UNAVAILABLE !== null)(`team mode: finding → annotation and finding reviews${PG_UNAVAILABLE ? ` — skipped: ${PG_UNAVAILABLE}` : ''}`, () => {
  let f: TeamFixture;
  /** The 19 (EN) vs 91 (FR) days of recital B.: spans in both versions. */
  let days: TeamFinding;
  beforeAll(async () => {
    // tina translates both fixture languages, so she may annotate a finding touching EN and FR.
    f = await startTeamFixture({}, ['tina']);
    const all = await f.service.findings();
    days = all.find((x) => x.type === 'number' && x.row === 'recital:2')!;
  });
  afterAll(async () => {
    await f?.stop();
  });

  it('has the findings these tests need', () => {
    expect(days, '19 vs 91 days is a number finding').toBeDefined();
    expect(new Set(days.spans.map((s) => s.doc))).toEqual(new Set([0, 1]));
    expect([days.review, days.reviewVersion]).toEqual(['open', null]);
  });

  it('refuses read-only users and translators for another language (403), and bad input (400/404), storing nothing', async () => {
    const before = await counts(f);
    const fred = await signedIn(f.url, 'fred'); // fr only: the finding touches en too
    const emma = await signedIn(f.url, 'emma'); // en only: it touches fr too
    const otto = await signedIn(f.url, 'otto'); // read-only
    const rita = await signedIn(f.url, 'rita');
    for (const [who, message] of [
      [fred, /fred may not annotate this finding: it touches en, outside their languages \(fr\)/],
      [emma, /emma may not annotate this finding: it touches fr/],
      [otto, /otto has read-only access/],
    ] as const) {
      const r = await who.request('POST', 'finding-annotations', { findingId: days.id, version: null });
      expect(r.status).toBe(403);
      expect(r.body.error?.message).toMatch(message);
    }
    // the app's API refuses the unversioned call, pointing at the team route
    const viaApp = await app(f, fred, 'findings:to-annotation', { id: days.id });
    expect(viaApp.status).toBe(403);
    expect(viaApp.body.error?.message).toMatch(/POST \/api\/team\/finding-annotations/);
    const bad: [unknown, number][] = [
      [{ findingId: "x'; DROP TABLE annotations; --", version: null }, 400],
      [{ findingId: days.id, version: 0 }, 400],
      [{ findingId: days.id }, 400],
      [{ findingId: days.id, version: null, category: 'gossip' }, 400],
      [{ findingId: days.id, version: null, comment: '<img src=x onerror=alert(1)>' }, 400],
      [{ findingId: days.id, version: null, author: 'somebody else' }, 400],
      [{ findingId: 'number-no-such-finding', version: null }, 404],
    ];
    for (const [body, status] of bad) {
      const r = await rita.request('POST', 'finding-annotations', body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.body.error?.message.length).toBeGreaterThan(10);
    }
    expect(await counts(f)).toEqual(before);
    expect((await review(f, days.id)).review).toBe('open');
  });

  it('creates the annotation over the finding’s spans, linked to it, marks the finding annotated and tells the others', async () => {
    const watcher = await signedIn(f.url, 'otto');
    const { cursor } = (await watcher.get<{ cursor: number }>('changes?after=0')).body.value!;
    const tina = await signedIn(f.url, 'tina');
    const before = await counts(f);
    const r = await tina.request<VersionedAnnotation>('POST', 'finding-annotations', { findingId: days.id, version: days.reviewVersion, comment: 'EN 19, FR 91: ask the FR desk' });
    expect(r.status).toBe(200);
    const a = r.body.value!;
    expect(a).toMatchObject({ category: 'number', status: 'open', author: 'tina', findingId: days.id, comment: 'EN 19, FR 91: ask the FR desk', version: 1, updatedBy: 'tina' });
    // the finding's row, languages and text, span by span
    const docs = [f.en, f.fr];
    expect(a.spans.map((s) => [s.docId, s.rowKey, s.unitId, s.lang, s.start, s.end, s.quote])).toEqual(
      days.spans.map((s) => {
        const d = docs[s.doc];
        const text = d.parsed.units.find((u) => u.id === s.unit)!.text;
        return [d.id, 'recital:2', s.unit, d.parsed.lang, s.start, s.end, text.slice(s.start, s.end)];
      }),
    );
    expect(a.spans.map((s) => s.quote).join(' ')).toMatch(/19.*91/);
    // stored, and the finding is annotated with a link to it, by tina
    expect(await f.service.annotation(a.id)).toMatchObject({ findingId: days.id, version: 1, spans: a.spans });
    expect(await review(f, days.id)).toMatchObject({ review: 'annotated', annotationId: a.id, reviewVersion: 1, reviewedBy: 'tina' });
    expect(await counts(f)).toEqual({ annotations: before.annotations + 1, spans: before.spans + a.spans.length, reviews: before.reviews + 1, activity: before.activity + 2 });
    // other users' apps learn of it from the feed they poll: notes (annotations and findings) reload
    const feed = (await watcher.get<{ changes: { username: string; action: string; targetKind: string; targetId: string; summary: string; at: string }[] }>(`changes?after=${cursor}`)).body.value!;
    expect(feed.changes.map((c) => [c.username, c.action, c.targetKind, c.targetId])).toEqual([
      ['tina', 'finding.annotate', 'finding', days.id],
      ['tina', 'annotation.create', 'annotation', a.id],
    ]);
    expect(feed.changes[0].summary).toBe('annotated the number finding in recital:2 as number');
    expect(feed.changes[1].summary).toMatch(/^number on en recital:2, fr recital:2: “19.*” \(from a finding\)$/);
    expect(Math.abs(Date.parse(feed.changes[0].at) - Date.now())).toBeLessThan(30_000);
    // what the app's own findings read shows to everyone
    const viaApp = await fetch(`${f.url}/api/findings:list`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: watcher.cookie!, authorization: `Bearer ${watcher.csrf}` }, body: '{}' });
    const listed = ((await viaApp.json()) as { value: TeamFinding[] }).value.find((x) => x.id === days.id);
    expect(listed).toMatchObject({ review: 'annotated', annotationId: a.id, reviewVersion: 1 });
  });

  it('refuses to annotate a finding someone else annotated meanwhile: 409 with the current review, nothing stored', async () => {
    const rita = await signedIn(f.url, 'rita');
    const current = await review(f, days.id);
    const before = await counts(f);
    // rita's app still shows the finding open, as she loaded it before tina's change
    const r = await rita.request('POST', 'finding-annotations', { findingId: days.id, version: null, category: 'other' });
    expect(r.status).toBe(409);
    expect(r.body.error?.code).toBe('conflict');
    expect(r.body.error?.message).toBe(
      `the review of finding ${days.id} is now at version 1, last changed by tina; you edited version (none). Your change was not saved: the current version is attached — reload it and apply your change again.`,
    );
    expect(r.body.current).toMatchObject({ findingId: days.id, state: 'annotated', annotationId: current.annotationId, version: 1, reviewedBy: 'tina' });
    expect(await counts(f)).toEqual(before);
    expect(await review(f, days.id)).toEqual(current);
  });

  it('re-annotates a finding whose annotation was deleted, at the version it shows', async () => {
    const rita = await signedIn(f.url, 'rita');
    const first = await review(f, days.id);
    expect((await rita.request('DELETE', `annotations/${first.annotationId}`, { version: 1 })).status).toBe(200);
    const reopened = await review(f, days.id);
    expect(reopened).toMatchObject({ review: 'open', annotationId: null, reviewVersion: 1 });
    const r = await rita.request<VersionedAnnotation>('POST', 'finding-annotations', { findingId: days.id, version: reopened.reviewVersion, category: 'other', status: 'confirmed' });
    expect(r.status).toBe(200);
    expect(r.body.value).toMatchObject({ category: 'other', status: 'confirmed', author: 'rita', findingId: days.id });
    expect(await review(f, days.id)).toMatchObject({ review: 'annotated', annotationId: r.body.value!.id, reviewVersion: 2, reviewedBy: 'rita' });
  });

  it('a stale dismissal gets 409 with the current version and overwrites nothing, over the team API and the app’s API', async () => {
    const rita = await signedIn(f.url, 'rita');
    const admin = await signedIn(f.url, 'admin');
    const tina = await signedIn(f.url, 'tina');
    // everyone loaded the finding annotated at version 2; rita dismisses it first
    const loaded = await review(f, days.id);
    expect(loaded).toMatchObject({ review: 'annotated', reviewVersion: 2 });
    expect((await rita.request('PUT', 'finding-reviews', { findingId: days.id, dismissReason: 'house style', version: 2 })).status).toBe(200);
    expect(await review(f, days.id)).toMatchObject({ review: 'dismissed', annotationId: null, reviewVersion: 3, reviewedBy: 'rita' });
    const before = await counts(f);
    const stale = await admin.request('PUT', 'finding-reviews', { findingId: days.id, dismissReason: 'a real error', version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.message).toMatch(/is now at version 3, last changed by rita; you edited version 2\. Your change was not saved/);
    expect(stale.body.current).toMatchObject({ findingId: days.id, state: 'dismissed', reason: 'house style', version: 3, reviewedBy: 'rita' });
    // nor may a stale annotate replace the dismissal
    const annotate = await tina.request('POST', 'finding-annotations', { findingId: days.id, version: 2 });
    expect(annotate.status).toBe(409);
    expect(annotate.body.current).toMatchObject({ state: 'dismissed', version: 3 });
    // the app's unversioned calls would take the version at save time: refused, pointing at the versioned route
    for (const [channel, input] of [
      ['findings:dismiss', { id: days.id, reason: 'a real error' }],
      ['findings:restore', { id: days.id }],
    ] as const) {
      const r = await app(f, admin, channel, input);
      expect(r.status, channel).toBe(403);
      expect(r.body.error?.message).toMatch(/PUT \/api\/team\/finding-reviews/);
    }
    expect(await counts(f)).toEqual(before);
    const [row] = await f.store.query<{ reason: string; version: number; reviewed_by: string }>('SELECT reason, version, reviewed_by FROM finding_reviews WHERE finding_id = $1', [days.id]);
    expect(row).toEqual({ reason: 'house style', version: 3, reviewed_by: 'rita' });
    // having seen rita's dismissal, admin re-opens it at version 3: accepted, and the feed says so
    expect((await admin.request('PUT', 'finding-reviews', { findingId: days.id, dismissReason: null, version: 3 })).status).toBe(200);
    expect(await review(f, days.id)).toMatchObject({ review: 'open', reviewVersion: null });
    expect((await f.service.activity(1))[0]).toMatchObject({ username: 'admin', action: 'finding.restore', targetId: days.id });
  });
});
