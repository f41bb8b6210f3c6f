import type { AlignmentCorrection } from '../../../../core/index.js';
import type { ReadableDb, WritableDb } from '../handles.js';

/**
 * A correction as stored: the column index of `AlignmentCorrection.doc` is replaced by the document id, so the
 * correction stays on its document when versions are added or removed.
 */
export type StoredCorrectionBody =
  | { readonly op: 'link'; readonly rowKey: string; readonly unitIds: readonly string[] }
  | { readonly op: 'unlink'; readonly rowKey: string }
  | { readonly op: 'merge'; readonly rowKeys: readonly string[] }
  | { readonly op: 'split'; readonly rowKey: string; readonly at: readonly string[] };

export interface StoredCorrection {
  readonly seq: number;
  readonly docId: string | null;
  readonly body: StoredCorrectionBody;
  readonly createdAt: string;
}

interface CorrectionRow {
  seq: number;
  op: string;
  doc_id: string | null;
  body_json: string;
  created_at: string;
}

/** Splits a grid correction into its document reference and the index-free body. */
export function toStored(c: AlignmentCorrection, docIdAt: (index: number) => string): { docId: string | null; body: StoredCorrectionBody } {
  switch (c.op) {
    case 'link':
      return { docId: docIdAt(c.doc), body: { op: 'link', rowKey: c.rowKey, unitIds: c.unitIds } };
    case 'unlink':
      return { docId: docIdAt(c.doc), body: { op: 'unlink', rowKey: c.rowKey } };
    case 'merge':
      return { docId: null, body: { op: 'merge', rowKeys: c.rowKeys } };
    case 'split':
      return { docId: docIdAt(c.doc), body: { op: 'split', rowKey: c.rowKey, at: c.at } };
    default: {
      const never: never = c;
      throw new Error(`Unhandled correction ${JSON.stringify(never)}`);
    }
  }
}

/** Rebuilds a grid correction for the current column order; null when its document is not in the grid. */
export function fromStored(s: Pick<StoredCorrection, 'docId' | 'body'>, indexOf: (docId: string) => number): AlignmentCorrection | null {
  const b = s.body;
  if (b.op === 'merge') return { op: 'merge', rowKeys: b.rowKeys };
  const doc = s.docId === null ? -1 : indexOf(s.docId);
  if (doc < 0) return null;
  switch (b.op) {
    case 'link':
      return { op: 'link', doc, rowKey: b.rowKey, unitIds: b.unitIds };
    case 'unlink':
      return { op: 'unlink', doc, rowKey: b.rowKey };
    case 'split':
      return { op: 'split', doc, rowKey: b.rowKey, at: b.at };
    default: {
      const never: never = b;
      throw new Error(`Unhandled correction ${JSON.stringify(never)}`);
    }
  }
}

function fromRow(r: CorrectionRow): StoredCorrection {
  return { seq: r.seq, docId: r.doc_id, body: JSON.parse(r.body_json) as StoredCorrectionBody, createdAt: r.created_at };
}

/** Appends a correction (or re-inserts one at its old `seq` on redo); returns its seq. */
export function insertCorrection(db: WritableDb, c: { seq?: number; docId: string | null; body: StoredCorrectionBody; createdAt: string }): number {
  const info = db
    .prepare(`INSERT INTO alignment_corrections (seq, op, doc_id, body_json, created_at) VALUES (@seq, @op, @doc_id, @body_json, @created_at)`)
    .run({ seq: c.seq ?? null, op: c.body.op, doc_id: c.docId, body_json: JSON.stringify(c.body), created_at: c.createdAt });
  return Number(info.lastInsertRowid);
}

export function deleteCorrection(db: WritableDb, seq: number): void {
  db.prepare(`DELETE FROM alignment_corrections WHERE seq = @seq`).run({ seq });
}

export function getCorrection(db: ReadableDb, seq: number): StoredCorrection | undefined {
  const row = db.prepare(`SELECT * FROM alignment_corrections WHERE seq = @seq`).get({ seq }) as CorrectionRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** All corrections in the order they were made. */
export function listCorrections(db: ReadableDb): StoredCorrection[] {
  return (db.prepare(`SELECT * FROM alignment_corrections ORDER BY seq`).all() as CorrectionRow[]).map(fromRow);
}
