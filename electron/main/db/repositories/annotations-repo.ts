import type { LangCode } from '../../../../core/index.js';
import { NotFoundError } from '../../../../core/index.js';
import type { Annotation, AnnotationCategory, AnnotationId, AnnotationSpan, AnnotationStatus, DocumentId } from '../../../ipc/project-api.js';
import type { ReadableDb, WritableDb } from '../handles.js';

/** An `annotations` row; the team database's table has the same columns and more (version, who edited). */
export interface AnnotationRow {
  id: string;
  category: string;
  status: string;
  comment: string;
  author: string;
  finding_id: string | null;
  created_at: string;
  updated_at: string;
}

interface SpanRow {
  id: string;
  annotation_id: string;
  position: number;
  doc_id: string;
  lang: string;
  row_key: string;
  unit_id: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  state: string;
}

/** A stored span together with the annotation it belongs to (for re-attachment after a re-import). */
export interface OwnedSpan extends AnnotationSpan {
  readonly annotationId: AnnotationId;
}

function toRow(a: Annotation): AnnotationRow {
  return {
    id: a.id,
    category: a.category,
    status: a.status,
    comment: a.comment,
    author: a.author,
    finding_id: a.findingId,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

function spanToRow(annotationId: string, position: number, s: AnnotationSpan): SpanRow {
  return {
    id: s.id,
    annotation_id: annotationId,
    position,
    doc_id: s.docId,
    lang: s.lang,
    row_key: s.rowKey,
    unit_id: s.unitId,
    start: s.start,
    end: s.end,
    quote: s.quote,
    prefix: s.prefix,
    suffix: s.suffix,
    state: s.state,
  };
}

function spanFromRow(r: SpanRow): OwnedSpan {
  return {
    id: r.id,
    annotationId: r.annotation_id as AnnotationId,
    docId: r.doc_id as DocumentId,
    lang: r.lang as LangCode,
    rowKey: r.row_key,
    unitId: r.unit_id,
    start: r.start,
    end: r.end,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    state: r.state as AnnotationSpan['state'],
  };
}

function publicSpan(s: OwnedSpan): AnnotationSpan {
  const { annotationId: _a, ...span } = s;
  return span;
}

/** The annotation a row and its spans stand for (also for the team database's rows). */
export function annotationFromRow(r: AnnotationRow, spans: readonly AnnotationSpan[]): Annotation {
  return {
    id: r.id as AnnotationId,
    category: r.category as AnnotationCategory,
    status: r.status as AnnotationStatus,
    comment: r.comment,
    author: r.author,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    findingId: r.finding_id,
    spans,
  };
}

/** Inserts or fully replaces an annotation and its spans (the snapshot undo/redo restores). */
export function putAnnotation(db: WritableDb, a: Annotation): void {
  db.prepare(
    `INSERT INTO annotations (id, category, status, comment, author, finding_id, created_at, updated_at)
     VALUES (@id, @category, @status, @comment, @author, @finding_id, @created_at, @updated_at)
     ON CONFLICT(id) DO UPDATE SET category = excluded.category, status = excluded.status, comment = excluded.comment,
       author = excluded.author, finding_id = excluded.finding_id, created_at = excluded.created_at,
       updated_at = excluded.updated_at`,
  ).run(toRow(a));
  db.prepare(`DELETE FROM annotation_spans WHERE annotation_id = @id`).run({ id: a.id });
  const ins = db.prepare(
    `INSERT INTO annotation_spans (id, annotation_id, position, doc_id, lang, row_key, unit_id, start, "end", quote, prefix, suffix, state)
     VALUES (@id, @annotation_id, @position, @doc_id, @lang, @row_key, @unit_id, @start, @end, @quote, @prefix, @suffix, @state)`,
  );
  a.spans.forEach((s, i) => ins.run(spanToRow(a.id, i, s)));
}

export function deleteAnnotation(db: WritableDb, id: string): void {
  const info = db.prepare(`DELETE FROM annotations WHERE id = @id`).run({ id });
  if (info.changes !== 1) throw new NotFoundError(`annotation ${id}: not in this project`);
}

export function findAnnotation(db: ReadableDb, id: string): Annotation | undefined {
  const row = db.prepare(`SELECT * FROM annotations WHERE id = @id`).get({ id }) as AnnotationRow | undefined;
  if (!row) return undefined;
  const spans = (db.prepare(`SELECT * FROM annotation_spans WHERE annotation_id = @id ORDER BY position`).all({ id }) as SpanRow[]).map(spanFromRow);
  return annotationFromRow(row, spans.map(publicSpan));
}

/** @throws NotFoundError */
export function getAnnotation(db: ReadableDb, id: string): Annotation {
  const a = findAnnotation(db, id);
  if (!a) throw new NotFoundError(`annotation ${id}: not in this project`);
  return a;
}

/** All annotations, oldest first, each with its spans in order. */
export function listAnnotations(db: ReadableDb): Annotation[] {
  const rows = db.prepare(`SELECT * FROM annotations ORDER BY created_at, rowid`).all() as AnnotationRow[];
  const spans = (db.prepare(`SELECT * FROM annotation_spans ORDER BY annotation_id, position`).all() as SpanRow[]).map(spanFromRow);
  const byAnnotation = new Map<string, AnnotationSpan[]>();
  for (const s of spans) {
    const list = byAnnotation.get(s.annotationId) ?? [];
    list.push(publicSpan(s));
    byAnnotation.set(s.annotationId, list);
  }
  return rows.map((r) => annotationFromRow(r, byAnnotation.get(r.id) ?? []));
}

export function spansOfDocument(db: ReadableDb, docId: string): OwnedSpan[] {
  return (db.prepare(`SELECT * FROM annotation_spans WHERE doc_id = @docId ORDER BY annotation_id, position`).all({ docId }) as SpanRow[]).map(spanFromRow);
}

/** Moves a span's anchor (re-attachment); the quote is kept as the words the translator selected. */
export function updateSpanAnchor(
  db: WritableDb,
  spanId: string,
  anchor: Pick<AnnotationSpan, 'rowKey' | 'unitId' | 'start' | 'end' | 'prefix' | 'suffix' | 'state'>,
): void {
  db.prepare(
    `UPDATE annotation_spans SET row_key = @rowKey, unit_id = @unitId, start = @start, "end" = @end, prefix = @prefix,
       suffix = @suffix, state = @state WHERE id = @spanId`,
  ).run({ spanId, ...anchor });
}

export function orphanSpansOfDocument(db: WritableDb, docId: string): number {
  return db.prepare(`UPDATE annotation_spans SET state = 'orphaned' WHERE doc_id = @docId`).run({ docId }).changes;
}

export function countAnnotations(db: ReadableDb): { annotations: number; orphanedSpans: number } {
  const a = (db.prepare(`SELECT count(*) AS n FROM annotations`).get() as { n: number }).n;
  const o = (db.prepare(`SELECT count(*) AS n FROM annotation_spans WHERE state = 'orphaned'`).get() as { n: number }).n;
  return { annotations: a, orphanedSpans: o };
}
