// The ProjectStore on PostgreSQL (team mode, issue #13). The same rows as the SQLite repositories, with $n
// parameters only: no value is ever spliced into SQL text. Rows people edit together carry a version for
// optimistic concurrency; the versioned writes live here too, next to the rows they guard.
import pg from 'pg';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { FootnoteCall, LangCode, ParsedDocument, ParseWarning, SourceFormat, UnitKind } from '../../../../core/index.js';
import { NotFoundError } from '../../../../core/index.js';
import type { Annotation, AnnotationSpan, DocumentId } from '../../../ipc/project-api.js';
import { annotationFromRow } from '../../db/repositories/annotations-repo.js';
import type { AnnotationRow as RepoAnnotationRow } from '../../db/repositories/annotations-repo.js';
import { JOURNAL_LIMIT } from '../../db/repositories/journal-repo.js';
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
  StoredCorrectionBody,
} from '../project-store.js';
import { migratePg } from './migrate.js';

type Queryable = Pool | PoolClient;

interface AnnotationRow extends RepoAnnotationRow {
  version: number;
  updated_by: string | null;
}

interface SpanRow {
  id: string;
  annotation_id: string;
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

/** Version and last editor of a row people edit together. */
export interface RowVersion {
  readonly version: number;
  readonly updatedBy: string | null;
}

function spanFromRow(r: SpanRow): AnnotationSpan {
  return {
    id: r.id,
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

const toBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

export interface PgStoreOptions {
  /** Connections in the pool (default 10). */
  readonly max?: number;
}

export class PgStore implements ProjectStore {
  readonly kind = 'postgres' as const;
  private readonly q: Queryable;
  private readonly pool: Pool;
  private readonly inTx: boolean;

  private constructor(pool: Pool, q: Queryable, inTx: boolean) {
    this.pool = pool;
    this.q = q;
    this.inTx = inTx;
  }

  /**
   * Connects to `url` (postgres://user:password@host:port/database) and migrates the schema.
   * @throws the driver's connection error; TeamDatabaseFromFutureError.
   */
  static async connect(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
    // An idle client losing its connection (server restart) must not crash the process; the next query reconnects.
    pool.on('error', (e) => console.error('Concordia team store: idle connection lost', e.message));
    try {
      await migratePg(pool);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return new PgStore(pool, pool, false);
  }

  /** One parametrised statement. */
  async query<R extends QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<R[]> {
    const result = await this.q.query<R>(text, values as unknown[]);
    return result.rows;
  }

  async transaction<T>(fn: (tx: PgStore) => Promise<T>, options: { readonly readOnly?: boolean } = {}): Promise<T> {
    if (this.inTx) return fn(this);
    if (options.readOnly) return this.snapshot(fn);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const value = await fn(new PgStore(this.pool, client, true));
      await client.query('COMMIT');
      return value;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  // --- documents -------------------------------------------------------------------------------------------------

  private async writeContent(id: string, parsed: ParsedDocument): Promise<void> {
    await this.query('DELETE FROM units WHERE doc_id = $1', [id]);
    await this.query('DELETE FROM footnotes WHERE doc_id = $1', [id]);
    await this.query('DELETE FROM sentences WHERE doc_id = $1', [id]);
    if (parsed.units.length) {
      // One statement per document: unnest() turns the parallel arrays into rows.
      await this.query(
        `INSERT INTO units (doc_id, position, unit_id, kind, label, ordinal, text, calls_json)
         SELECT $1, u.position, u.unit_id, u.kind, u.label, u.ordinal, u.text, u.calls_json
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])
           AS u(position, unit_id, kind, label, ordinal, text, calls_json)`,
        [
          id,
          parsed.units.map((_, i) => i),
          parsed.units.map((u) => u.id),
          parsed.units.map((u) => u.kind),
          parsed.units.map((u) => u.label),
          parsed.units.map((u) => u.ordinal),
          parsed.units.map((u) => u.text),
          parsed.units.map((u) => JSON.stringify(u.calls)),
        ],
      );
    }
    if (parsed.footnotes.length) {
      await this.query(`INSERT INTO footnotes (doc_id, n, text) SELECT $1, f.n, f.text FROM unnest($2::int[], $3::text[]) AS f(n, text)`, [
        id,
        parsed.footnotes.map((f) => f.n),
        parsed.footnotes.map((f) => f.text),
      ]);
    }
  }

  private static docParams(r: DocumentRecord): unknown[] {
    const p = r.parsed;
    return [
      r.id,
      r.position,
      r.name,
      p.lang,
      p.langSource,
      p.format,
      p.official,
      p.unstructured,
      p.title,
      p.procedure,
      JSON.stringify(p.references),
      JSON.stringify(p.warnings),
      Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength),
      r.checksum,
      r.sourceUrl,
      r.fetchedAt,
      r.addedAt,
      r.updatedAt,
    ];
  }

  insertDocument(record: DocumentRecord): Promise<void> {
    return this.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO documents (id, position, name, lang, lang_source, format, official, unstructured, title, procedure,
           references_json, warnings_json, bytes, checksum, source_url, fetched_at, added_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        PgStore.docParams(record),
      );
      await tx.writeContent(record.id, record.parsed);
    });
  }

  replaceDocumentContent(record: DocumentRecord): Promise<void> {
    return this.transaction(async (tx) => {
      // Keeps position and added_at, as the SQLite repository does.
      const [id, , ...rest] = PgStore.docParams(record);
      rest.splice(14, 1);
      const rows = await tx.query(
        `UPDATE documents SET name = $2, lang = $3, lang_source = $4, format = $5, official = $6, unstructured = $7,
           title = $8, procedure = $9, references_json = $10, warnings_json = $11, bytes = $12, checksum = $13,
           source_url = $14, fetched_at = $15, updated_at = $16
         WHERE id = $1 RETURNING id`,
        [id, ...rest],
      );
      if (rows.length !== 1) throw new NotFoundError(`document ${record.id}: not in this project`);
      await tx.writeContent(record.id, record.parsed);
    });
  }

  async deleteDocument(id: string): Promise<void> {
    const rows = await this.query('DELETE FROM documents WHERE id = $1 RETURNING id', [id]);
    if (rows.length !== 1) throw new NotFoundError(`document ${id}: not in this project`);
  }

  async nextDocumentPosition(): Promise<number> {
    const rows = await this.query<{ p: number }>('SELECT coalesce(max(position) + 1, 0)::int AS p FROM documents');
    return rows[0].p;
  }

  async listDocumentMeta(): Promise<DocumentMeta[]> {
    const rows = await this.query<{
      id: string;
      position: number;
      name: string;
      lang: string;
      format: string;
      official: boolean;
      title: string;
      checksum: string;
      source_url: string | null;
      fetched_at: string | null;
      added_at: string;
      updated_at: string;
      unit_count: number;
    }>(
      `SELECT d.id, d.position, d.name, d.lang, d.format, d.official, d.title, d.checksum, d.source_url, d.fetched_at,
         d.added_at, d.updated_at, (SELECT count(*) FROM units u WHERE u.doc_id = d.id)::int AS unit_count
       FROM documents d ORDER BY d.position`,
    );
    return rows.map((r) => ({
      id: r.id,
      position: r.position,
      name: r.name,
      lang: r.lang as LangCode,
      format: r.format as SourceFormat,
      official: r.official,
      title: r.title,
      unitCount: r.unit_count,
      checksum: r.checksum,
      sourceUrl: r.source_url,
      fetchedAt: r.fetched_at,
      addedAt: r.added_at,
      updatedAt: r.updated_at,
    }));
  }

  async getParsedDocument(id: string): Promise<ParsedDocument> {
    const docs = await this.query<{
      lang: string;
      lang_source: string;
      format: string;
      official: boolean;
      unstructured: boolean;
      title: string;
      procedure: string | null;
      references_json: string;
      warnings_json: string;
    }>(
      `SELECT lang, lang_source, format, official, unstructured, title, procedure, references_json, warnings_json FROM documents WHERE id = $1`,
      [id],
    );
    const d = docs[0];
    if (!d) throw new NotFoundError(`document ${id}: not in this project`);
    const units = await this.query<{ unit_id: string; kind: string; label: string | null; ordinal: number; text: string; calls_json: string }>(
      'SELECT unit_id, kind, label, ordinal, text, calls_json FROM units WHERE doc_id = $1 ORDER BY position',
      [id],
    );
    const footnotes = await this.query<{ n: number; text: string }>('SELECT n, text FROM footnotes WHERE doc_id = $1 ORDER BY n', [id]);
    return {
      lang: d.lang as LangCode,
      langSource: d.lang_source as ParsedDocument['langSource'],
      title: d.title,
      procedure: d.procedure,
      references: JSON.parse(d.references_json) as string[],
      format: d.format as SourceFormat,
      official: d.official,
      unstructured: d.unstructured,
      units: units.map((u) => ({ id: u.unit_id, kind: u.kind as UnitKind, label: u.label, ordinal: u.ordinal, text: u.text, calls: JSON.parse(u.calls_json) as FootnoteCall[] })),
      footnotes: footnotes.map((f) => ({ n: f.n, text: f.text })),
      warnings: JSON.parse(d.warnings_json) as ParseWarning[],
    };
  }

  async getDocumentBytes(id: string): Promise<Uint8Array> {
    const rows = await this.query<{ bytes: Buffer }>('SELECT bytes FROM documents WHERE id = $1', [id]);
    if (!rows[0]) throw new NotFoundError(`document ${id}: not in this project`);
    return toBytes(rows[0].bytes);
  }

  // --- settings --------------------------------------------------------------------------------------------------

  async getSetting(key: string): Promise<string | null> {
    const rows = await this.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return rows[0]?.value ?? null;
  }
  async setSetting(key: string, value: string): Promise<void> {
    await this.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }
  async deleteSetting(key: string): Promise<void> {
    await this.query('DELETE FROM settings WHERE key = $1', [key]);
  }
  async listSettings(): Promise<Record<string, string>> {
    const rows = await this.query<{ key: string; value: string }>('SELECT key, value FROM settings ORDER BY key');
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }

  // --- corrections -----------------------------------------------------------------------------------------------

  /** Appends a correction; `createdBy` records who made it (team mode). */
  async insertCorrection(c: NewCorrection & { readonly createdBy?: string | null }): Promise<number> {
    return this.transaction(async (tx) => {
      const rows = await tx.query<{ seq: string }>(
        c.seq === undefined
          ? 'INSERT INTO alignment_corrections (op, doc_id, body_json, created_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING seq'
          : 'INSERT INTO alignment_corrections (op, doc_id, body_json, created_at, created_by, seq) VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq',
        [c.body.op, c.docId, JSON.stringify(c.body), c.createdAt, c.createdBy ?? null, ...(c.seq === undefined ? [] : [c.seq])],
      );
      // An explicit seq bypasses the identity: move it past the largest seq so the next append cannot collide.
      if (c.seq !== undefined) await tx.query(`SELECT setval(pg_get_serial_sequence('alignment_corrections', 'seq'), (SELECT max(seq) FROM alignment_corrections))`);
      return Number(rows[0].seq);
    });
  }
  async deleteCorrection(seq: number): Promise<void> {
    await this.query('DELETE FROM alignment_corrections WHERE seq = $1', [seq]);
  }
  async listCorrections(): Promise<StoredCorrection[]> {
    const rows = await this.query<{ seq: string; doc_id: string | null; body_json: string; created_at: string }>(
      'SELECT seq, doc_id, body_json, created_at FROM alignment_corrections ORDER BY seq',
    );
    return rows.map((r) => ({ seq: Number(r.seq), docId: r.doc_id, body: JSON.parse(r.body_json) as StoredCorrectionBody, createdAt: r.created_at }));
  }

  // --- annotations -----------------------------------------------------------------------------------------------

  private async writeSpans(a: Annotation): Promise<void> {
    await this.query('DELETE FROM annotation_spans WHERE annotation_id = $1', [a.id]);
    if (a.spans.length === 0) return;
    const s = a.spans;
    await this.query(
      `INSERT INTO annotation_spans (id, annotation_id, position, doc_id, lang, row_key, unit_id, start, "end", quote, prefix, suffix, state)
       SELECT x.id, $1, x.position, x.doc_id, x.lang, x.row_key, x.unit_id, x.start, x.e, x.quote, x.prefix, x.suffix, x.state
       FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[], $11::text[], $12::text[], $13::text[])
         AS x(id, position, doc_id, lang, row_key, unit_id, start, e, quote, prefix, suffix, state)`,
      [
        a.id,
        s.map((x) => x.id),
        s.map((_, i) => i),
        s.map((x) => x.docId),
        s.map((x) => x.lang),
        s.map((x) => x.rowKey),
        s.map((x) => x.unitId),
        s.map((x) => x.start),
        s.map((x) => x.end),
        s.map((x) => x.quote),
        s.map((x) => x.prefix),
        s.map((x) => x.suffix),
        s.map((x) => x.state),
      ],
    );
  }

  private static annotationParams(a: Annotation): unknown[] {
    return [a.id, a.category, a.status, a.comment, a.author, a.findingId, a.createdAt, a.updatedAt];
  }

  putAnnotation(a: Annotation, by: string | null = null): Promise<void> {
    return this.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO annotations (id, category, status, comment, author, finding_id, created_at, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO UPDATE SET category = excluded.category, status = excluded.status, comment = excluded.comment,
           author = excluded.author, finding_id = excluded.finding_id, created_at = excluded.created_at,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = annotations.version + 1`,
        [...PgStore.annotationParams(a), by],
      );
      await tx.writeSpans(a);
    });
  }

  /**
   * Replaces an annotation only if its row is still at `expected` version; returns the new version, or null when
   * someone else changed (or deleted) it first — then nothing is written.
   */
  updateAnnotationIfVersion(a: Annotation, expected: number, by: string): Promise<number | null> {
    return this.transaction(async (tx) => {
      const rows = await tx.query<{ version: number }>(
        `UPDATE annotations SET category = $2, status = $3, comment = $4, author = $5, finding_id = $6, created_at = $7,
           updated_at = $8, updated_by = $9, version = version + 1
         WHERE id = $1 AND version = $10 RETURNING version`,
        [...PgStore.annotationParams(a), by, expected],
      );
      if (rows.length !== 1) return null;
      await tx.writeSpans(a);
      return rows[0].version;
    });
  }

  /** Deletes an annotation only at `expected` version; false when it changed or is gone. */
  async deleteAnnotationIfVersion(id: string, expected: number): Promise<boolean> {
    const rows = await this.query('DELETE FROM annotations WHERE id = $1 AND version = $2 RETURNING id', [id, expected]);
    return rows.length === 1;
  }

  async annotationVersion(id: string): Promise<RowVersion | undefined> {
    const rows = await this.query<{ version: number; updated_by: string | null }>('SELECT version, updated_by FROM annotations WHERE id = $1', [id]);
    return rows[0] ? { version: rows[0].version, updatedBy: rows[0].updated_by } : undefined;
  }

  async annotationVersions(): Promise<Map<string, RowVersion>> {
    const rows = await this.query<{ id: string; version: number; updated_by: string | null }>('SELECT id, version, updated_by FROM annotations');
    return new Map(rows.map((r) => [r.id, { version: r.version, updatedBy: r.updated_by }]));
  }

  async deleteAnnotation(id: string): Promise<void> {
    const rows = await this.query('DELETE FROM annotations WHERE id = $1 RETURNING id', [id]);
    if (rows.length !== 1) throw new NotFoundError(`annotation ${id}: not in this project`);
  }

  async findAnnotation(id: string): Promise<Annotation | undefined> {
    const rows = await this.query<AnnotationRow>('SELECT * FROM annotations WHERE id = $1', [id]);
    if (!rows[0]) return undefined;
    const spans = await this.query<SpanRow>('SELECT * FROM annotation_spans WHERE annotation_id = $1 ORDER BY position', [id]);
    return annotationFromRow(rows[0], spans.map(spanFromRow));
  }

  async listAnnotations(): Promise<Annotation[]> {
    // Two statements must see one snapshot, or an annotation inserted between them would come back without spans.
    return this.snapshot(async (tx) => {
      const rows = await tx.query<AnnotationRow>('SELECT * FROM annotations ORDER BY created_at, ord');
      const spans = await tx.query<SpanRow>('SELECT * FROM annotation_spans ORDER BY annotation_id, position');
      const by = new Map<string, AnnotationSpan[]>();
      for (const s of spans) {
        const list = by.get(s.annotation_id) ?? [];
        list.push(spanFromRow(s));
        by.set(s.annotation_id, list);
      }
      return rows.map((r) => annotationFromRow(r, by.get(r.id) ?? []));
    });
  }

  /** Runs reads in one REPEATABLE READ transaction (one snapshot), or inside the caller's transaction. */
  private async snapshot<T>(fn: (tx: PgStore) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const value = await fn(new PgStore(this.pool, client, true));
      await client.query('COMMIT');
      return value;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  // --- reviews and accepted spellings ----------------------------------------------------------------------------

  async putReview(r: FindingReviewRecord, by: string | null = null): Promise<void> {
    await this.query(
      `INSERT INTO finding_reviews (finding_id, state, reason, annotation_id, reviewed_at, reviewed_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (finding_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, annotation_id = excluded.annotation_id,
         reviewed_at = excluded.reviewed_at, reviewed_by = excluded.reviewed_by, version = finding_reviews.version + 1`,
      [r.findingId, r.state, r.reason, r.annotationId, r.reviewedAt, by],
    );
  }
  async deleteReview(findingId: string): Promise<void> {
    await this.query('DELETE FROM finding_reviews WHERE finding_id = $1', [findingId]);
  }
  async listReviews(): Promise<Map<string, FindingReviewRecord>> {
    const rows = await this.query<{ finding_id: string; state: string; reason: string; annotation_id: string | null; reviewed_at: string }>(
      'SELECT finding_id, state, reason, annotation_id, reviewed_at FROM finding_reviews',
    );
    return new Map(
      rows.map((r) => [
        r.finding_id,
        { findingId: r.finding_id, state: r.state as FindingReviewRecord['state'], reason: r.reason, annotationId: r.annotation_id, reviewedAt: r.reviewed_at },
      ]),
    );
  }

  async setAcceptedSpelling(entityId: string, lang: LangCode, text: string | null, at: string, by: string | null = null): Promise<void> {
    if (text === null) {
      await this.query('DELETE FROM accepted_spellings WHERE entity_id = $1 AND lang = $2', [entityId, lang]);
      return;
    }
    await this.query(
      `INSERT INTO accepted_spellings (entity_id, lang, text, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (entity_id, lang) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by, version = accepted_spellings.version + 1`,
      [entityId, lang, text, at, by],
    );
  }
  async listAcceptedSpellings(): Promise<AcceptedSpellingRecord[]> {
    const rows = await this.query<{ entity_id: string; lang: string; text: string; updated_at: string }>(
      'SELECT entity_id, lang, text, updated_at FROM accepted_spellings ORDER BY entity_id, lang',
    );
    return rows.map((r) => ({ entityId: r.entity_id, lang: r.lang as LangCode, text: r.text, updatedAt: r.updated_at }));
  }

  // --- journal ---------------------------------------------------------------------------------------------------

  pushJournal<Op>(kind: JournalKind, undo: Op, redo: Op, at: string): Promise<void> {
    return this.transaction(async (tx) => {
      await tx.query('DELETE FROM journal WHERE undone');
      await tx.query('INSERT INTO journal (kind, undo_json, redo_json, undone, created_at) VALUES ($1, $2, $3, FALSE, $4)', [kind, JSON.stringify(undo), JSON.stringify(redo), at]);
      await tx.query('DELETE FROM journal WHERE seq <= (SELECT max(seq) FROM journal) - $1', [JOURNAL_LIMIT]);
    });
  }
  private async journalRows<Op>(sql: string): Promise<JournalRecord<Op>[]> {
    const rows = await this.query<{ seq: string; kind: string; undo_json: string; redo_json: string; undone: boolean; created_at: string }>(sql);
    return rows.map((r) => ({
      seq: Number(r.seq),
      kind: r.kind as JournalKind,
      undo: JSON.parse(r.undo_json) as Op,
      redo: JSON.parse(r.redo_json) as Op,
      undone: r.undone,
      createdAt: r.created_at,
    }));
  }
  async peekUndo<Op>(): Promise<JournalEntry<Op> | undefined> {
    const [r] = await this.journalRows<Op>('SELECT * FROM journal WHERE NOT undone ORDER BY seq DESC LIMIT 1');
    return r ? { seq: r.seq, kind: r.kind, undo: r.undo, redo: r.redo } : undefined;
  }
  async peekRedo<Op>(): Promise<JournalEntry<Op> | undefined> {
    const [r] = await this.journalRows<Op>('SELECT * FROM journal WHERE undone ORDER BY seq ASC LIMIT 1');
    return r ? { seq: r.seq, kind: r.kind, undo: r.undo, redo: r.redo } : undefined;
  }
  async markUndone(seq: number, undone: boolean): Promise<void> {
    await this.query('UPDATE journal SET undone = $2 WHERE seq = $1', [seq, undone]);
  }
  async clearJournal(): Promise<void> {
    await this.query('DELETE FROM journal');
  }
  listJournal<Op>(): Promise<JournalRecord<Op>[]> {
    return this.journalRows<Op>('SELECT * FROM journal ORDER BY seq');
  }
  insertJournalRecord<Op>(r: JournalRecord<Op>): Promise<void> {
    return this.transaction(async (tx) => {
      await tx.query('INSERT INTO journal (seq, kind, undo_json, redo_json, undone, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        r.seq,
        r.kind,
        JSON.stringify(r.undo),
        JSON.stringify(r.redo),
        r.undone,
        r.createdAt,
      ]);
      await tx.query(`SELECT setval(pg_get_serial_sequence('journal', 'seq'), (SELECT max(seq) FROM journal))`);
    });
  }

  async close(): Promise<void> {
    if (!this.inTx) await this.pool.end();
  }
}
