// The ProjectStore over a project file: each method is the better-sqlite3 repository call the single-user
// ProjectService makes, so both paths share one SQL text. Calls are serialised: a transaction holds the one
// connection (BEGIN IMMEDIATE … COMMIT) until its async body finishes, and other calls wait for it.
import type { LangCode, ParsedDocument } from '../../../core/index.js';
import type { Annotation } from '../../ipc/project-api.js';
import type { WritableDb } from '../db/handles.js';
import { openWritable } from '../db/open-database.js';
import * as annotationsRepo from '../db/repositories/annotations-repo.js';
import * as correctionsRepo from '../db/repositories/corrections-repo.js';
import * as documentsRepo from '../db/repositories/documents-repo.js';
import * as journalRepo from '../db/repositories/journal-repo.js';
import * as reviewsRepo from '../db/repositories/reviews-repo.js';
import * as settingsRepo from '../db/repositories/settings-repo.js';
import type {
  AcceptedSpellingRecord,
  DocumentMeta,
  DocumentRecord,
  FindingReviewRecord,
  JournalEntry,
  JournalKind,
  JournalRecord,
  NewCorrection,
  ProjectStore,
  StoredCorrection,
} from './project-store.js';

/** A FIFO lock: each holder runs after the previous one settled. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export class SqliteStore implements ProjectStore {
  readonly kind = 'sqlite' as const;
  private readonly db: WritableDb;
  private readonly mutex: Mutex;
  /** True for the view handed to a transaction body: its calls run inside the held lock. */
  private readonly inTx: boolean;

  constructor(db: WritableDb, mutex: Mutex = new Mutex(), inTx = false) {
    this.db = db;
    this.mutex = mutex;
    this.inTx = inTx;
  }

  /** Opens (creating with `create: true`) and migrates a project file. @throws like openWritable. */
  static open(path: string, options: { create?: boolean } = {}): SqliteStore {
    return new SqliteStore(openWritable(path, { create: options.create }));
  }

  private call<T>(fn: (db: WritableDb) => T): Promise<T> {
    if (this.inTx) return Promise.resolve().then(() => fn(this.db));
    return this.mutex.run(async () => fn(this.db));
  }

  transaction<T>(fn: (tx: ProjectStore) => Promise<T>, options: { readonly readOnly?: boolean } = {}): Promise<T> {
    if (this.inTx) return fn(this);
    return this.mutex.run(async () => {
      // A deferred BEGIN reads one snapshot without taking the write lock.
      this.db.exec(options.readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE');
      try {
        const value = await fn(new SqliteStore(this.db, this.mutex, true));
        this.db.exec('COMMIT');
        return value;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  insertDocument(record: DocumentRecord): Promise<void> {
    return this.call((db) => documentsRepo.insertDocument(db, record));
  }
  replaceDocumentContent(record: DocumentRecord): Promise<void> {
    return this.call((db) => documentsRepo.replaceDocumentContent(db, record));
  }
  deleteDocument(id: string): Promise<void> {
    return this.call((db) => documentsRepo.deleteDocument(db, id));
  }
  nextDocumentPosition(): Promise<number> {
    return this.call((db) => documentsRepo.nextDocumentPosition(db));
  }
  listDocumentMeta(): Promise<DocumentMeta[]> {
    return this.call((db) => documentsRepo.listDocumentMeta(db));
  }
  getParsedDocument(id: string): Promise<ParsedDocument> {
    return this.call((db) => documentsRepo.getParsedDocument(db, id));
  }
  getDocumentBytes(id: string): Promise<Uint8Array> {
    // Copied: the repository's view points into a Buffer better-sqlite3 may reuse.
    return this.call((db) => new Uint8Array(documentsRepo.getDocumentBytes(db, id)));
  }

  getSetting(key: string): Promise<string | null> {
    return this.call((db) => settingsRepo.getSetting(db, key));
  }
  setSetting(key: string, value: string): Promise<void> {
    return this.call((db) => settingsRepo.setSetting(db, key, value));
  }
  deleteSetting(key: string): Promise<void> {
    return this.call((db) => settingsRepo.deleteSetting(db, key));
  }
  listSettings(): Promise<Record<string, string>> {
    return this.call((db) => settingsRepo.listSettings(db));
  }

  insertCorrection(c: NewCorrection): Promise<number> {
    return this.call((db) => correctionsRepo.insertCorrection(db, c));
  }
  deleteCorrection(seq: number): Promise<void> {
    return this.call((db) => correctionsRepo.deleteCorrection(db, seq));
  }
  listCorrections(): Promise<StoredCorrection[]> {
    return this.call((db) => correctionsRepo.listCorrections(db));
  }

  putAnnotation(a: Annotation): Promise<void> {
    // Two statements (row, then spans): atomic on their own even outside a caller's transaction.
    return this.transaction(async () => annotationsRepo.putAnnotation(this.db, a));
  }
  deleteAnnotation(id: string): Promise<void> {
    return this.call((db) => annotationsRepo.deleteAnnotation(db, id));
  }
  findAnnotation(id: string): Promise<Annotation | undefined> {
    return this.call((db) => annotationsRepo.findAnnotation(db, id));
  }
  listAnnotations(): Promise<Annotation[]> {
    return this.call((db) => annotationsRepo.listAnnotations(db));
  }

  putReview(r: FindingReviewRecord): Promise<void> {
    return this.call((db) => reviewsRepo.putReview(db, r));
  }
  deleteReview(findingId: string): Promise<void> {
    return this.call((db) => reviewsRepo.deleteReview(db, findingId));
  }
  listReviews(): Promise<Map<string, FindingReviewRecord>> {
    return this.call((db) => reviewsRepo.listReviews(db));
  }
  setAcceptedSpelling(entityId: string, lang: LangCode, text: string | null, at: string): Promise<void> {
    return this.call((db) => reviewsRepo.setAcceptedSpelling(db, entityId, lang, text, at));
  }
  listAcceptedSpellings(): Promise<AcceptedSpellingRecord[]> {
    return this.call((db) => reviewsRepo.listAcceptedSpellingRecords(db));
  }

  pushJournal<Op>(kind: JournalKind, undo: Op, redo: Op, at: string): Promise<void> {
    return this.transaction(async () => journalRepo.pushEntry(this.db, kind, undo, redo, at));
  }
  peekUndo<Op>(): Promise<JournalEntry<Op> | undefined> {
    return this.call((db) => journalRepo.peekUndo<Op>(db));
  }
  peekRedo<Op>(): Promise<JournalEntry<Op> | undefined> {
    return this.call((db) => journalRepo.peekRedo<Op>(db));
  }
  markUndone(seq: number, undone: boolean): Promise<void> {
    return this.call((db) => journalRepo.markUndone(db, seq, undone));
  }
  clearJournal(): Promise<void> {
    return this.call((db) => journalRepo.clearJournal(db));
  }
  listJournal<Op>(): Promise<JournalRecord<Op>[]> {
    return this.call((db) => journalRepo.listJournal<Op>(db));
  }
  insertJournalRecord<Op>(r: JournalRecord<Op>): Promise<void> {
    return this.call((db) => journalRepo.insertJournalRecord(db, r));
  }

  close(): Promise<void> {
    if (this.inTx) return Promise.resolve();
    return this.mutex.run(async () => {
      if (this.db.open) this.db.close();
    });
  }
}
