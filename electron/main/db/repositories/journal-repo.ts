import type { ReadableDb, WritableDb } from '../handles.js';

export type JournalKind = 'alignment' | 'annotation';

export interface JournalEntry<Op> {
  readonly seq: number;
  readonly kind: JournalKind;
  readonly undo: Op;
  readonly redo: Op;
}

interface JournalRow {
  seq: number;
  kind: string;
  undo_json: string;
  redo_json: string;
}

/** How many undo steps a project keeps. */
export const JOURNAL_LIMIT = 500;

function fromRow<Op>(r: JournalRow): JournalEntry<Op> {
  return { seq: r.seq, kind: r.kind as JournalKind, undo: JSON.parse(r.undo_json) as Op, redo: JSON.parse(r.redo_json) as Op };
}

/** Records a new edit: clears the redo stack, appends, and keeps the newest JOURNAL_LIMIT entries. */
export function pushEntry<Op>(db: WritableDb, kind: JournalKind, undo: Op, redo: Op, at: string): void {
  db.prepare(`DELETE FROM journal WHERE undone = 1`).run();
  db.prepare(`INSERT INTO journal (kind, undo_json, redo_json, undone, created_at) VALUES (@kind, @undo, @redo, 0, @at)`).run({
    kind,
    undo: JSON.stringify(undo),
    redo: JSON.stringify(redo),
    at,
  });
  db.prepare(`DELETE FROM journal WHERE seq <= (SELECT max(seq) FROM journal) - @limit`).run({ limit: JOURNAL_LIMIT });
}

/** The newest entry not undone yet. */
export function peekUndo<Op>(db: ReadableDb): JournalEntry<Op> | undefined {
  const row = db.prepare(`SELECT * FROM journal WHERE undone = 0 ORDER BY seq DESC LIMIT 1`).get() as JournalRow | undefined;
  return row ? fromRow<Op>(row) : undefined;
}

/** The oldest undone entry: the next one to redo. */
export function peekRedo<Op>(db: ReadableDb): JournalEntry<Op> | undefined {
  const row = db.prepare(`SELECT * FROM journal WHERE undone = 1 ORDER BY seq ASC LIMIT 1`).get() as JournalRow | undefined;
  return row ? fromRow<Op>(row) : undefined;
}

export function markUndone(db: WritableDb, seq: number, undone: boolean): void {
  db.prepare(`UPDATE journal SET undone = @undone WHERE seq = @seq`).run({ seq, undone: undone ? 1 : 0 });
}

/** Drops all entries (e.g. after a re-import changed what the stored operations refer to). */
export function clearJournal(db: WritableDb): void {
  db.prepare(`DELETE FROM journal`).run();
}

/** A journal entry with everything stored about it (moving a project between stores). */
export interface JournalRecord<Op> extends JournalEntry<Op> {
  readonly undone: boolean;
  readonly createdAt: string;
}

export function listJournal<Op>(db: ReadableDb): JournalRecord<Op>[] {
  const rows = db.prepare(`SELECT * FROM journal ORDER BY seq`).all() as (JournalRow & { undone: number; created_at: string })[];
  return rows.map((r) => ({ ...fromRow<Op>(r), undone: r.undone === 1, createdAt: r.created_at }));
}

/** Re-inserts an entry at its own seq (restoring a project moved from another store). */
export function insertJournalRecord<Op>(db: WritableDb, r: JournalRecord<Op>): void {
  db.prepare(`INSERT INTO journal (seq, kind, undo_json, redo_json, undone, created_at) VALUES (@seq, @kind, @undo, @redo, @undone, @at)`).run({
    seq: r.seq,
    kind: r.kind,
    undo: JSON.stringify(r.undo),
    redo: JSON.stringify(r.redo),
    undone: r.undone ? 1 : 0,
    at: r.createdAt,
  });
}
