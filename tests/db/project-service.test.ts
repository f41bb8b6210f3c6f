import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../core/index.js';
import type { ProjectService, SpanInput } from '../../electron/ipc/project-api.js';
import { backupFolder, BACKUPS_KEPT, createProject, openProject } from '../../electron/main/services/project-service.js';
import { fixture, useTempDir } from './support/temp.js';

const tmp = useTempDir();

async function twoVersionProject(): Promise<{ path: string; p: ProjectService }> {
  const path = join(tmp(), 'veltria.concordia');
  const p = await createProject(path);
  await p.addDocument(fixture('ro-v1.txt'), { fileName: 'ro-v1.txt', official: true });
  await p.addDocument(fixture('en-v1.txt'), { fileName: 'en-v1.txt' });
  return { path, p };
}

function spanOf(p: ProjectService, lang: string, unitId: string, quote: string): SpanInput {
  const d = p.listDocuments().find((x) => x.lang === lang);
  if (!d) throw new Error(`no ${lang}`);
  const text = p.getDocument(d.id).units.find((u) => u.id === unitId)?.text ?? '';
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in ${unitId}`);
  return { docId: d.id, rowKey: unitId, unitId, start, end: start + quote.length };
}

describe('documents', () => {
  it('stores bytes, checksum and the parse, and reads them back after reopening', async () => {
    const { path, p } = await twoVersionProject();
    const [ro, en] = p.listDocuments();
    expect(ro).toMatchObject({ lang: 'ro', official: true, format: 'txt', name: 'ro-v1.txt', unitCount: 9 });
    expect(en.checksum).toMatch(/^[0-9a-f]{64}$/);
    const parsed = p.getDocument(en.id);
    p.close();
    const q = await openProject(path);
    expect(Buffer.from(q.getDocumentBytes(en.id)).equals(Buffer.from(fixture('en-v1.txt')))).toBe(true);
    expect(q.getDocument(en.id)).toEqual(parsed);
    const info = q.info();
    expect(info.pivot).toBe(ro.id); // the official version by default
    expect(info.documents).toHaveLength(2);
    expect(info.sizeBytes).toBeGreaterThan(0);
    q.setPivot(en.id);
    expect(q.info().pivot).toBe(en.id);
    expect(() => q.getDocument('nope' as never)).toThrow(NotFoundError);
    q.close();
  });

  it('keeps the last three backups in <name>.backups/', async () => {
    const { path, p } = await twoVersionProject();
    p.close();
    let t = Date.UTC(2031, 0, 1);
    for (let i = 0; i < 5; i++) (await openProject(path, { now: () => new Date((t += 1000)) })).close();
    const files = readdirSync(backupFolder(path)).sort();
    expect(files).toHaveLength(BACKUPS_KEPT);
    const newest = new Database(join(backupFolder(path), files[files.length - 1]), { readonly: true });
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((newest.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(2);
    newest.close();
  });

  it('opens read-only without taking the write lock, and refuses edits there', async () => {
    const { path, p } = await twoVersionProject();
    const r = await openProject(path, { readOnly: true });
    expect(r.listDocuments()).toHaveLength(2);
    p.createAnnotation({ category: 'other', spans: [spanOf(p, 'en', 'para:1', 'solidarity')] }); // writer not blocked
    expect(r.annotations()).toHaveLength(1);
    expect(() => r.setSetting('theme', 'dark')).toThrow(/read-only/);
    r.close();
    p.close();
    expect(existsSync(`${path}.backups`)).toBe(false);
  });
});

describe('annotations', () => {
  it('creates, updates, deletes and validates spans', async () => {
    const { p } = await twoVersionProject();
    const a = p.createAnnotation({
      category: 'number',
      comment: 'boats',
      author: 'ana',
      spans: [spanOf(p, 'en', 'recital:1', '340 fishing boats'), spanOf(p, 'ro', 'recital:1', '340 de bărci')],
    });
    expect(a.spans.map((s) => [s.lang, s.quote, s.state])).toEqual([
      ['en', '340 fishing boats', 'attached'],
      ['ro', '340 de bărci', 'attached'],
    ]);
    expect(a.spans[0].prefix.endsWith('whereas ')).toBe(true);
    const u = p.updateAnnotation(a.id, { status: 'confirmed', removeSpanIds: [a.spans[1].id] });
    expect(u.status).toBe('confirmed');
    expect(u.spans).toHaveLength(1);
    expect(p.annotations()).toEqual([u]);
    const bad = { ...spanOf(p, 'en', 'para:1', 'solidarity'), end: 9999 };
    expect(() => p.createAnnotation({ category: 'other', spans: [bad] })).toThrow(/not a non-empty range/);
    expect(() => p.createAnnotation({ category: 'nonsense' as never, spans: [spanOf(p, 'en', 'para:1', 'solidarity')] })).toThrow(/unknown category/);
    expect(() => p.createAnnotation({ category: 'other', spans: [{ ...bad, unitId: 'para:99', end: 3 }] })).toThrow(/no unit para:99/);
    p.deleteAnnotation(a.id);
    expect(p.annotations()).toEqual([]);
    p.close();
  });

  it('re-import keeps annotations on unchanged text attached and orphans those on the rewritten sentence', async () => {
    const { path, p } = await twoVersionProject();
    const en = p.listDocuments()[1];
    const unchangedSame = p.createAnnotation({ category: 'name', spans: [spanOf(p, 'en', 'recital:2', 'Ilka Borovan')] });
    const unchangedInChangedUnit = p.createAnnotation({ category: 'number', spans: [spanOf(p, 'en', 'recital:1', '340 fishing boats')] });
    const shifted = p.createAnnotation({ category: 'number', spans: [spanOf(p, 'en', 'para:2', 'within 30 days')] });
    const footnote = p.createAnnotation({ category: 'reference', spans: [{ ...spanOf(p, 'en', 'para:1', 'Veltria'), unitId: 'footnote:1', rowKey: 'footnote:1', start: 15, end: 31 }] });
    const rewritten = p.createAnnotation({ category: 'date', spans: [spanOf(p, 'en', 'recital:1', 'was closed on 12 May 2031 after a storm')] });
    const other = p.createAnnotation({ category: 'date', spans: [spanOf(p, 'ro', 'recital:1', '12 mai 2031')] });
    expect(footnote.spans[0].quote).toBe('P10_TA(2030)0042');
    p.close();

    const q = await openProject(path);
    const result = await q.replaceDocument(en.id, fixture('en-v2.txt'), { fileName: 'en-v2.txt' });
    expect(result).toMatchObject({ reattached: 4, orphaned: 1 });
    expect(result.warnings.join('\n')).toContain('was closed on 12 May 2031');
    q.close();

    const r = await openProject(path);
    const byId = new Map(r.annotations().map((a) => [a.id, a.spans[0]]));
    expect(byId.get(unchangedSame.id)).toMatchObject({ state: 'attached', start: unchangedSame.spans[0].start });
    expect(byId.get(footnote.id)?.state).toBe('attached');
    for (const a of [unchangedInChangedUnit, shifted]) {
      const s = byId.get(a.id);
      expect(s?.state).toBe('moved');
      const text = r.getDocument(en.id).units.find((u) => u.id === s?.unitId)?.text ?? '';
      expect(text.slice(s?.start, s?.end)).toBe(a.spans[0].quote);
    }
    expect(byId.get(rewritten.id)).toMatchObject({ state: 'orphaned', quote: 'was closed on 12 May 2031 after a storm' });
    expect(byId.get(other.id)?.state).toBe('attached'); // other versions are untouched
    expect(r.info()).toMatchObject({ annotationCount: 6, orphanedSpanCount: 1 });
    expect(r.listDocuments()[1]).toMatchObject({ name: 'en-v2.txt', id: en.id });
    r.close();
  });

  it('removing a document orphans its spans instead of deleting annotations', async () => {
    const { p } = await twoVersionProject();
    const a = p.createAnnotation({ category: 'name', spans: [spanOf(p, 'en', 'recital:2', 'Ilka Borovan')] });
    p.removeDocument(p.listDocuments()[1].id);
    expect(p.annotations().find((x) => x.id === a.id)?.spans[0].state).toBe('orphaned');
    p.close();
  });
});

describe('undo and redo', () => {
  it('undoes and redoes annotation edits, also after reopening the project', async () => {
    const { path, p } = await twoVersionProject();
    const a = p.createAnnotation({ category: 'name', comment: 'first', spans: [spanOf(p, 'en', 'recital:2', 'Ilka Borovan')] });
    p.updateAnnotation(a.id, { comment: 'second' });
    p.close();
    const q = await openProject(path, { backup: false });
    expect(q.canUndo()).toBe(true);
    expect(q.undo()).toBe('annotation');
    expect(q.annotations()[0].comment).toBe('first');
    expect(q.undo()).toBe('annotation');
    expect(q.annotations()).toEqual([]);
    expect(q.undo()).toBeNull();
    q.close();
    const r = await openProject(path, { backup: false });
    expect(r.redo()).toBe('annotation');
    expect(r.annotations()[0].comment).toBe('first');
    // a new edit clears the redo stack
    r.deleteAnnotation(a.id);
    expect(r.canRedo()).toBe(false);
    expect(r.undo()).toBe('annotation');
    expect(r.annotations()[0].comment).toBe('first');
    r.close();
  });
});

describe('alignment corrections', () => {
  it('stores corrections by document id, replays them in order and undoes them', async () => {
    const { path, p } = await twoVersionProject();
    const [ro, en] = p.listDocuments();
    p.applyCorrection({ op: 'link', doc: 1, rowKey: 'recital:1', unitIds: ['recital:1', 'recital:2'] });
    p.applyCorrection({ op: 'merge', rowKeys: ['para:1', 'para:2'] });
    expect(() => p.applyCorrection({ op: 'unlink', doc: 7, rowKey: 'para:1' })).toThrow(/not a column/);
    p.close();

    const q = await openProject(path, { backup: false });
    expect(q.grid().corrections).toEqual([
      { op: 'link', doc: 1, rowKey: 'recital:1', unitIds: ['recital:1', 'recital:2'] },
      { op: 'merge', rowKeys: ['para:1', 'para:2'] },
    ]);
    // the same correction follows its document when the column order differs
    const swapped = q.grid({ docIds: [en.id, ro.id] });
    expect(swapped.docIds).toEqual([en.id, ro.id]);
    expect(swapped.corrections[0]).toMatchObject({ op: 'link', doc: 0 });
    expect(q.grid({ docIds: [ro.id] }).corrections).toEqual([{ op: 'merge', rowKeys: ['para:1', 'para:2'] }]);

    expect(q.undo()).toBe('alignment');
    expect(q.grid().corrections).toHaveLength(1);
    expect(q.redo()).toBe('alignment');
    expect(q.grid().corrections).toHaveLength(2);
    expect(q.grid().grid.rows.length).toBeGreaterThan(0);
    q.close();
  });
});

describe('findings review and names', () => {
  it('keeps a dismissal across re-checks and reopening, and turns a finding into an annotation', async () => {
    const path = join(tmp(), 'findings.concordia');
    const p = await createProject(path);
    await p.addDocument(fixture('ro-v1.txt'), { fileName: 'ro-v1.txt', official: true });
    await p.addDocument(fixture('en-v2.txt'), { fileName: 'en-v2.txt' }); // 14 May against 12 mai
    const dateFindings = p.findings().filter((f) => f.type === 'date');
    expect(dateFindings.length).toBeGreaterThan(0);
    const [first] = dateFindings;
    p.dismissFinding(first.id, 'the English is right');
    expect(p.findings().find((f) => f.id === first.id)?.review).toBe('dismissed');
    p.close();
    const q = await openProject(path, { backup: false });
    expect(q.findings().find((f) => f.id === first.id)?.review).toBe('dismissed');
    expect(q.info().dismissedCount).toBe(1);
    q.restoreFinding(first.id);
    const a = q.findingToAnnotation(first.id, { comment: 'ask the author' });
    expect(a).toMatchObject({ category: 'date', findingId: first.id, comment: 'ask the author' });
    expect(a.spans.length).toBeGreaterThan(0);
    expect(q.findings().find((f) => f.id === first.id)).toMatchObject({ review: 'annotated', annotationId: a.id });
    q.undo(); // the annotation goes; the finding is open again
    expect(q.findings().find((f) => f.id === first.id)).toMatchObject({ review: 'open', annotationId: null });
    expect(q.names().length).toBeGreaterThan(0);
    q.close();
  });

  it('keeps dismissals and accepted spellings across reopening', async () => {
    const { path, p } = await twoVersionProject();
    p.dismissFinding('number:recital:1:abc', 'checked with the author');
    p.setAcceptedSpelling('person:borovan', 'ro', ' Ilka Borovan ');
    p.setAcceptedSpelling('person:borovan', 'en', 'Ilka Borovan');
    p.setAcceptedSpelling('person:borovan', 'en', null);
    expect(() => p.setAcceptedSpelling('person:borovan', 'xx' as never, 'x')).toThrow(/language code/);
    p.close();
    const q = (await openProject(path, { backup: false })) as Awaited<ReturnType<typeof openProject>>;
    expect([...q.dismissedFindingIds()]).toEqual(['number:recital:1:abc']);
    expect(q.acceptedSpellings()).toEqual({ 'person:borovan': { ro: 'Ilka Borovan' } });
    q.restoreFinding('number:recital:1:abc');
    expect(q.dismissedFindingIds().size).toBe(0);
    q.close();
  });
});
