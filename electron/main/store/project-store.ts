// The storage interface behind a project (issue #13): one async contract, two implementations — the single-user
// SQLite file (sqlite-store.ts, over the better-sqlite3 repositories in db/) and the team server's PostgreSQL
// database (pg-store.ts). tests/team/store-contract.ts runs the same suite against both.
//
// Async because PostgreSQL is reached over a socket; the SQLite implementation resolves at once. Every method is
// one statement or one small group of statements; `transaction` groups several calls so they commit together.
import type { LangCode, ParsedDocument } from '../../../core/index.js';
import type { Annotation } from '../../ipc/project-api.js';
import type { DocumentMeta, DocumentRecord } from '../db/repositories/documents-repo.js';
import type { StoredCorrection, StoredCorrectionBody } from '../db/repositories/corrections-repo.js';
import type { JournalEntry, JournalKind, JournalRecord } from '../db/repositories/journal-repo.js';
import type { AcceptedSpellingRecord, FindingReviewRecord } from '../db/repositories/reviews-repo.js';

export type { AcceptedSpellingRecord, DocumentMeta, DocumentRecord, FindingReviewRecord, JournalEntry, JournalKind, JournalRecord, StoredCorrection, StoredCorrectionBody };

/** A correction to append; `seq` only when restoring one at its old place (redo, moving a project). */
export interface NewCorrection {
  readonly seq?: number;
  readonly docId: string | null;
  readonly body: StoredCorrectionBody;
  readonly createdAt: string;
}

export interface ProjectStore {
  /** 'sqlite' for a project file, 'postgres' for a team database. */
  readonly kind: 'sqlite' | 'postgres';

  /**
   * Runs `fn` with a store whose calls all belong to one transaction: committed when `fn` resolves, rolled back
   * (and the error rethrown) when it rejects. Nested calls on the transaction's store join it. `readOnly`: only
   * reads, all from one snapshot of the database (PostgreSQL: REPEATABLE READ READ ONLY).
   */
  transaction<T>(fn: (tx: ProjectStore) => Promise<T>, options?: { readonly readOnly?: boolean }): Promise<T>;

  // documents
  insertDocument(record: DocumentRecord): Promise<void>;
  /** @throws NotFoundError */
  replaceDocumentContent(record: DocumentRecord): Promise<void>;
  /** @throws NotFoundError */
  deleteDocument(id: string): Promise<void>;
  nextDocumentPosition(): Promise<number>;
  listDocumentMeta(): Promise<DocumentMeta[]>;
  /** @throws NotFoundError */
  getParsedDocument(id: string): Promise<ParsedDocument>;
  /** @throws NotFoundError */
  getDocumentBytes(id: string): Promise<Uint8Array>;

  // settings
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  deleteSetting(key: string): Promise<void>;
  listSettings(): Promise<Record<string, string>>;

  // alignment corrections
  /** Appends a correction; returns its seq (increasing in the order corrections were made). */
  insertCorrection(c: NewCorrection): Promise<number>;
  deleteCorrection(seq: number): Promise<void>;
  listCorrections(): Promise<StoredCorrection[]>;

  // annotations
  /** Inserts or fully replaces an annotation and its spans. */
  putAnnotation(a: Annotation): Promise<void>;
  /** @throws NotFoundError */
  deleteAnnotation(id: string): Promise<void>;
  findAnnotation(id: string): Promise<Annotation | undefined>;
  /** Oldest first, spans in order. */
  listAnnotations(): Promise<Annotation[]>;

  // finding reviews and accepted spellings
  putReview(r: FindingReviewRecord): Promise<void>;
  deleteReview(findingId: string): Promise<void>;
  listReviews(): Promise<Map<string, FindingReviewRecord>>;
  /** `text: null` clears the language's accepted spelling. */
  setAcceptedSpelling(entityId: string, lang: LangCode, text: string | null, at: string): Promise<void>;
  listAcceptedSpellings(): Promise<AcceptedSpellingRecord[]>;

  // undo/redo journal
  /** Clears the redo stack, appends, keeps the newest JOURNAL_LIMIT entries. */
  pushJournal<Op>(kind: JournalKind, undo: Op, redo: Op, at: string): Promise<void>;
  peekUndo<Op>(): Promise<JournalEntry<Op> | undefined>;
  peekRedo<Op>(): Promise<JournalEntry<Op> | undefined>;
  markUndone(seq: number, undone: boolean): Promise<void>;
  clearJournal(): Promise<void>;
  listJournal<Op>(): Promise<JournalRecord<Op>[]>;
  insertJournalRecord<Op>(r: JournalRecord<Op>): Promise<void>;

  close(): Promise<void>;
}
