// The ProjectStore contract: every implementation (SQLite file, PostgreSQL) must pass the same suite.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../core/index.js';
import type { LangCode } from '../../core/index.js';
import type { Annotation, AnnotationId, DocumentId } from '../../electron/ipc/project-api.js';
import type { ProjectStore } from '../../electron/main/store/project-store.js';
import { readSnapshot, writeSnapshot } from '../../electron/main/store/snapshot.js';
import { fixtureRecord } from './support/fixtures.js';

export interface StoreFactory {
  /** A fresh, empty, migrated store; `dispose` closes it and removes what it created. */
  make(): Promise<{ store: ProjectStore; dispose: () => Promise<void> }>;
}

function annotation(docId: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id: randomUUID() as AnnotationId,
    category: 'number',
    status: 'open',
    comment: 'B.: 19 days in EN, 91 in FR — l\'écart « 91 » ; DROP TABLE annotations; --',
    author: 'ana',
    createdAt: '2026-01-02T10:00:00.000Z',
    updatedAt: '2026-01-02T10:00:00.000Z',
    findingId: null,
    spans: [
      { id: randomUUID(), docId: docId as DocumentId, lang: 'fr' as LangCode, rowKey: 'recital:2', unitId: 'recital:2', start: 3, end: 9, quote: 'basses', prefix: 'es ', suffix: ' eaux', state: 'attached' },
      { id: randomUUID(), docId: docId as DocumentId, lang: 'fr' as LangCode, rowKey: 'para:1', unitId: 'para:1', start: 0, end: 6, quote: 'invite', prefix: '', suffix: ' la', state: 'moved' },
    ],
    ...over,
  };
}

export function describeStoreContract(name: string, factory: StoreFactory, skip: string | null = null): void {
  describe.skipIf(skip !== null)(`ProjectStore contract: ${name}${skip ? ` — skipped: ${skip}` : ''}`, () => {
    let store: ProjectStore;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await factory.make());
    });
    afterEach(async () => {
      await dispose();
    });

    it('keeps documents with their bytes, parse, order and provenance', async () => {
      const en = await fixtureRecord('en', 0);
      const fr = await fixtureRecord('fr', 1);
      await store.insertDocument(fr);
      await store.insertDocument(en);
      const metas = await store.listDocumentMeta();
      expect(metas.map((m) => m.id)).toEqual([en.id, fr.id]);
      expect(metas[0]).toMatchObject({ name: 'en.txt', lang: 'en', official: true, unitCount: en.parsed.units.length, checksum: en.checksum, addedAt: en.addedAt });
      expect(await store.getParsedDocument(fr.id)).toEqual(fr.parsed);
      expect(Buffer.from(await store.getDocumentBytes(fr.id)).equals(Buffer.from(fr.bytes))).toBe(true);
      expect(await store.nextDocumentPosition()).toBe(2);
    });

    it('replaces a document’s content but keeps its id, position and addedAt; deletes it; unknown ids are NotFoundError', async () => {
      const en = await fixtureRecord('en', 0);
      await store.insertDocument(en);
      const fr = await fixtureRecord('fr', 7, '2027-05-05T00:00:00.000Z');
      await store.replaceDocumentContent({ ...fr, id: en.id });
      const [meta] = await store.listDocumentMeta();
      expect(meta).toMatchObject({ id: en.id, position: 0, addedAt: en.addedAt, updatedAt: '2027-05-05T00:00:00.000Z', lang: 'fr', name: 'fr.txt' });
      expect((await store.getParsedDocument(en.id)).units).toEqual(fr.parsed.units);
      await expect(store.replaceDocumentContent({ ...fr, id: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
      await store.deleteDocument(en.id);
      expect(await store.listDocumentMeta()).toEqual([]);
      await expect(store.deleteDocument(en.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.getParsedDocument(en.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.getDocumentBytes(en.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('keeps settings', async () => {
      expect(await store.getSetting('pivot')).toBeNull();
      await store.setSetting('pivot', 'a');
      await store.setSetting('pivot', 'b');
      await store.setSetting('ui.lang', 'ro');
      expect(await store.listSettings()).toEqual({ pivot: 'b', 'ui.lang': 'ro' });
      await store.deleteSetting('pivot');
      expect(await store.getSetting('pivot')).toBeNull();
    });

    it('appends corrections in order, re-inserts one at its old seq, and appends after it', async () => {
      const en = await fixtureRecord('en', 0);
      await store.insertDocument(en);
      const s1 = await store.insertCorrection({ docId: en.id, body: { op: 'unlink', rowKey: 'para:1' }, createdAt: 't1' });
      const s2 = await store.insertCorrection({ docId: null, body: { op: 'merge', rowKeys: ['para:1', 'para:2'] }, createdAt: 't2' });
      expect(s2).toBeGreaterThan(s1);
      await store.deleteCorrection(s1);
      expect((await store.listCorrections()).map((c) => c.seq)).toEqual([s2]);
      await store.insertCorrection({ seq: s1, docId: en.id, body: { op: 'unlink', rowKey: 'para:1' }, createdAt: 't1' });
      await store.insertCorrection({ seq: s2 + 10, docId: en.id, body: { op: 'link', rowKey: 'para:2', unitIds: ['para:2'] }, createdAt: 't3' });
      const s4 = await store.insertCorrection({ docId: en.id, body: { op: 'split', rowKey: 'para:2', at: ['para:2'] }, createdAt: 't4' });
      expect(s4).toBeGreaterThan(s2 + 10);
      const all = await store.listCorrections();
      expect(all.map((c) => c.seq)).toEqual([s1, s2, s2 + 10, s4]);
      expect(all[0]).toEqual({ seq: s1, docId: en.id, body: { op: 'unlink', rowKey: 'para:1' }, createdAt: 't1' });
    });

    it('puts, replaces, lists and deletes annotations with their spans, text kept byte for byte', async () => {
      const fr = await fixtureRecord('fr', 0);
      await store.insertDocument(fr);
      const a = annotation(fr.id);
      const b = annotation(fr.id, { createdAt: '2026-01-01T00:00:00.000Z', category: 'name', comment: '<b>Zhanaozen</b> / Жанаозен' });
      await store.putAnnotation(a);
      await store.putAnnotation(b);
      expect(await store.findAnnotation(a.id)).toEqual(a);
      expect((await store.listAnnotations()).map((x) => x.id)).toEqual([b.id, a.id]);
      const a2: Annotation = { ...a, status: 'resolved', comment: 'checked', updatedAt: '2026-01-03T00:00:00.000Z', spans: [a.spans[1]] };
      await store.putAnnotation(a2);
      expect(await store.findAnnotation(a.id)).toEqual(a2);
      await store.deleteAnnotation(b.id);
      expect(await store.listAnnotations()).toEqual([a2]);
      expect(await store.findAnnotation(b.id)).toBeUndefined();
      await expect(store.deleteAnnotation(b.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('keeps finding reviews and accepted spellings; clearing a spelling removes it', async () => {
      await store.putReview({ findingId: 'f1', state: 'dismissed', reason: 'house style', annotationId: null, reviewedAt: 't1' });
      await store.putReview({ findingId: 'f1', state: 'dismissed', reason: 'agreed with the reviser', annotationId: null, reviewedAt: 't2' });
      await store.putReview({ findingId: 'f2', state: 'dismissed', reason: '', annotationId: null, reviewedAt: 't3' });
      await store.deleteReview('f2');
      expect([...(await store.listReviews()).values()]).toEqual([{ findingId: 'f1', state: 'dismissed', reason: 'agreed with the reviser', annotationId: null, reviewedAt: 't2' }]);
      await store.setAcceptedSpelling('e1', 'de' as LangCode, 'Tokajew', 't1');
      await store.setAcceptedSpelling('e1', 'en' as LangCode, 'Tokayev', 't1');
      await store.setAcceptedSpelling('e1', 'en' as LangCode, 'Tokaev', 't2');
      await store.setAcceptedSpelling('e1', 'de' as LangCode, null, 't3');
      expect(await store.listAcceptedSpellings()).toEqual([{ entityId: 'e1', lang: 'en', text: 'Tokaev', updatedAt: 't2' }]);
    });

    it('keeps the undo journal: a new entry clears the redo stack', async () => {
      await store.pushJournal('annotation', { op: 'u1' }, { op: 'r1' }, 't1');
      await store.pushJournal('alignment', { op: 'u2' }, { op: 'r2' }, 't2');
      const top = await store.peekUndo<{ op: string }>();
      expect(top).toMatchObject({ kind: 'alignment', undo: { op: 'u2' }, redo: { op: 'r2' } });
      await store.markUndone(top!.seq, true);
      expect(await store.peekRedo()).toMatchObject({ seq: top!.seq });
      expect(await store.peekUndo()).toMatchObject({ undo: { op: 'u1' } });
      await store.pushJournal('annotation', { op: 'u3' }, { op: 'r3' }, 't3');
      expect(await store.peekRedo()).toBeUndefined();
      const all = await store.listJournal();
      expect(all.map((e) => [e.undo, e.undone, e.createdAt])).toEqual([
        [{ op: 'u1' }, false, 't1'],
        [{ op: 'u3' }, false, 't3'],
      ]);
      await store.clearJournal();
      expect(await store.peekUndo()).toBeUndefined();
    });

    it('rolls a failed transaction back entirely', async () => {
      const en = await fixtureRecord('en', 0);
      await expect(
        store.transaction(async (tx) => {
          await tx.insertDocument(en);
          await tx.setSetting('pivot', en.id);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.listDocumentMeta()).toEqual([]);
      expect(await store.getSetting('pivot')).toBeNull();
      await store.transaction(async (tx) => tx.setSetting('pivot', 'x'));
      expect(await store.getSetting('pivot')).toBe('x');
    });

    it('copies a whole project into another empty store of the same kind with nothing lost, and refuses a non-empty target', async () => {
      const en = await fixtureRecord('en', 0);
      const fr = await fixtureRecord('fr', 1);
      await store.insertDocument(en);
      await store.insertDocument(fr);
      await store.setSetting('pivot', en.id);
      await store.insertCorrection({ docId: fr.id, body: { op: 'unlink', rowKey: 'para:2' }, createdAt: 't1' });
      await store.putAnnotation(annotation(fr.id));
      await store.putReview({ findingId: 'f1', state: 'dismissed', reason: 'r', annotationId: null, reviewedAt: 't' });
      await store.setAcceptedSpelling('e', 'fr' as LangCode, 'Danube', 't');
      await store.pushJournal('annotation', { a: 1 }, { b: 2 }, 't');
      const snap = await readSnapshot(store);
      const other = await factory.make();
      try {
        await writeSnapshot(other.store, snap, 'the copy');
        expect(await readSnapshot(other.store)).toEqual(snap);
        await expect(writeSnapshot(other.store, snap, 'the copy')).rejects.toThrow(/the copy already holds a project/);
      } finally {
        await other.dispose();
      }
    });
  });
}
