import type { LangCode } from '../../../../core/index.js';
import type { ReadableDb, WritableDb } from '../handles.js';

export interface FindingReviewRecord {
  readonly findingId: string;
  readonly state: 'dismissed' | 'annotated';
  readonly reason: string;
  readonly annotationId: string | null;
  readonly reviewedAt: string;
}

interface ReviewRow {
  finding_id: string;
  state: string;
  reason: string;
  annotation_id: string | null;
  reviewed_at: string;
}

function toRow(r: FindingReviewRecord): ReviewRow {
  return { finding_id: r.findingId, state: r.state, reason: r.reason, annotation_id: r.annotationId, reviewed_at: r.reviewedAt };
}

function fromRow(r: ReviewRow): FindingReviewRecord {
  return { findingId: r.finding_id, state: r.state as FindingReviewRecord['state'], reason: r.reason, annotationId: r.annotation_id, reviewedAt: r.reviewed_at };
}

export function putReview(db: WritableDb, r: FindingReviewRecord): void {
  db.prepare(
    `INSERT INTO finding_reviews (finding_id, state, reason, annotation_id, reviewed_at)
     VALUES (@finding_id, @state, @reason, @annotation_id, @reviewed_at)
     ON CONFLICT(finding_id) DO UPDATE SET state = excluded.state, reason = excluded.reason,
       annotation_id = excluded.annotation_id, reviewed_at = excluded.reviewed_at`,
  ).run(toRow(r));
}

export function deleteReview(db: WritableDb, findingId: string): void {
  db.prepare(`DELETE FROM finding_reviews WHERE finding_id = @findingId`).run({ findingId });
}

export function listReviews(db: ReadableDb): Map<string, FindingReviewRecord> {
  const rows = db.prepare(`SELECT * FROM finding_reviews`).all() as ReviewRow[];
  return new Map(rows.map((r) => [r.finding_id, fromRow(r)]));
}

/** Accepted spellings: entity id → language → text. */
export function listAcceptedSpellings(db: ReadableDb): Map<string, Partial<Record<LangCode, string>>> {
  const rows = db.prepare(`SELECT entity_id, lang, text FROM accepted_spellings ORDER BY entity_id, lang`).all() as { entity_id: string; lang: string; text: string }[];
  const out = new Map<string, Partial<Record<LangCode, string>>>();
  for (const r of rows) {
    const m = out.get(r.entity_id) ?? {};
    m[r.lang as LangCode] = r.text;
    out.set(r.entity_id, m);
  }
  return out;
}

export function setAcceptedSpelling(db: WritableDb, entityId: string, lang: LangCode, text: string | null, at: string): void {
  if (text === null) {
    db.prepare(`DELETE FROM accepted_spellings WHERE entity_id = @entityId AND lang = @lang`).run({ entityId, lang });
    return;
  }
  db.prepare(
    `INSERT INTO accepted_spellings (entity_id, lang, text, updated_at) VALUES (@entityId, @lang, @text, @at)
     ON CONFLICT(entity_id, lang) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run({ entityId, lang, text, at });
}

/** One accepted spelling with its timestamp (moving a project between stores). */
export interface AcceptedSpellingRecord {
  readonly entityId: string;
  readonly lang: LangCode;
  readonly text: string;
  readonly updatedAt: string;
}

export function listAcceptedSpellingRecords(db: ReadableDb): AcceptedSpellingRecord[] {
  const rows = db.prepare(`SELECT entity_id, lang, text, updated_at FROM accepted_spellings ORDER BY entity_id, lang`).all() as {
    entity_id: string;
    lang: string;
    text: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({ entityId: r.entity_id, lang: r.lang as LangCode, text: r.text, updatedAt: r.updated_at }));
}
