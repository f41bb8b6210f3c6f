import type { Footnote, FootnoteCall, LangCode, ParsedDocument, ParseWarning, SourceFormat, Unit, UnitKind } from '../../../../core/index.js';
import { NotFoundError } from '../../../../core/index.js';
import type { ReadableDb, WritableDb } from '../handles.js';

/** A language version as stored: provenance, original bytes, and the parse made on import. */
export interface DocumentRecord {
  readonly id: string;
  readonly position: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly checksum: string;
  readonly sourceUrl: string | null;
  readonly fetchedAt: string | null;
  readonly addedAt: string;
  readonly updatedAt: string;
  readonly parsed: ParsedDocument;
}

/** Everything but the bytes and the units: what lists and headers need. */
export interface DocumentMeta {
  readonly id: string;
  readonly position: number;
  readonly name: string;
  readonly lang: LangCode;
  readonly format: SourceFormat;
  readonly official: boolean;
  readonly title: string;
  readonly unitCount: number;
  readonly checksum: string;
  readonly sourceUrl: string | null;
  readonly fetchedAt: string | null;
  readonly addedAt: string;
  readonly updatedAt: string;
}

interface DocumentRow {
  id: string;
  position: number;
  name: string;
  lang: string;
  lang_source: string;
  format: string;
  official: number;
  unstructured: number;
  title: string;
  procedure: string | null;
  references_json: string;
  warnings_json: string;
  bytes: Buffer;
  checksum: string;
  source_url: string | null;
  fetched_at: string | null;
  added_at: string;
  updated_at: string;
}

interface UnitRow {
  doc_id: string;
  position: number;
  unit_id: string;
  kind: string;
  label: string | null;
  ordinal: number;
  text: string;
  calls_json: string;
}

function toRow(r: DocumentRecord): DocumentRow {
  const p = r.parsed;
  return {
    id: r.id,
    position: r.position,
    name: r.name,
    lang: p.lang,
    lang_source: p.langSource,
    format: p.format,
    official: p.official ? 1 : 0,
    unstructured: p.unstructured ? 1 : 0,
    title: p.title,
    procedure: p.procedure,
    references_json: JSON.stringify(p.references),
    warnings_json: JSON.stringify(p.warnings),
    bytes: Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength),
    checksum: r.checksum,
    source_url: r.sourceUrl,
    fetched_at: r.fetchedAt,
    added_at: r.addedAt,
    updated_at: r.updatedAt,
  };
}

function unitToRow(docId: string, position: number, u: Unit): UnitRow {
  return { doc_id: docId, position, unit_id: u.id, kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text, calls_json: JSON.stringify(u.calls) };
}

function unitFromRow(r: UnitRow): Unit {
  return { id: r.unit_id, kind: r.kind as UnitKind, label: r.label, ordinal: r.ordinal, text: r.text, calls: JSON.parse(r.calls_json) as FootnoteCall[] };
}

function metaFromRow(r: Omit<DocumentRow, 'bytes' | 'references_json' | 'warnings_json' | 'procedure' | 'lang_source' | 'unstructured'> & { unit_count: number }): DocumentMeta {
  return {
    id: r.id,
    position: r.position,
    name: r.name,
    lang: r.lang as LangCode,
    format: r.format as SourceFormat,
    official: r.official === 1,
    title: r.title,
    unitCount: r.unit_count,
    checksum: r.checksum,
    sourceUrl: r.source_url,
    fetchedAt: r.fetched_at,
    addedAt: r.added_at,
    updatedAt: r.updated_at,
  };
}

function writeContent(db: WritableDb, id: string, parsed: ParsedDocument): void {
  db.prepare(`DELETE FROM units WHERE doc_id = @id`).run({ id });
  db.prepare(`DELETE FROM footnotes WHERE doc_id = @id`).run({ id });
  db.prepare(`DELETE FROM sentences WHERE doc_id = @id`).run({ id });
  const insUnit = db.prepare(
    `INSERT INTO units (doc_id, position, unit_id, kind, label, ordinal, text, calls_json)
     VALUES (@doc_id, @position, @unit_id, @kind, @label, @ordinal, @text, @calls_json)`,
  );
  parsed.units.forEach((u, i) => insUnit.run(unitToRow(id, i, u)));
  const insNote = db.prepare(`INSERT INTO footnotes (doc_id, n, text) VALUES (@doc_id, @n, @text)`);
  for (const f of parsed.footnotes) insNote.run({ doc_id: id, n: f.n, text: f.text });
}

/** Inserts a new document with its units and footnotes (call inside a write transaction). */
export function insertDocument(db: WritableDb, record: DocumentRecord): void {
  db.prepare(
    `INSERT INTO documents (id, position, name, lang, lang_source, format, official, unstructured, title, procedure,
       references_json, warnings_json, bytes, checksum, source_url, fetched_at, added_at, updated_at)
     VALUES (@id, @position, @name, @lang, @lang_source, @format, @official, @unstructured, @title, @procedure,
       @references_json, @warnings_json, @bytes, @checksum, @source_url, @fetched_at, @added_at, @updated_at)`,
  ).run(toRow(record));
  writeContent(db, record.id, record.parsed);
}

/** Replaces bytes, parse and provenance of an existing document; keeps its id, position and addedAt. */
export function replaceDocumentContent(db: WritableDb, record: DocumentRecord): void {
  const { position: _position, added_at: _addedAt, ...rest } = toRow(record);
  const info = db
    .prepare(
      `UPDATE documents SET name = @name, lang = @lang, lang_source = @lang_source, format = @format, official = @official,
         unstructured = @unstructured, title = @title, procedure = @procedure, references_json = @references_json,
         warnings_json = @warnings_json, bytes = @bytes, checksum = @checksum, source_url = @source_url,
         fetched_at = @fetched_at, updated_at = @updated_at
       WHERE id = @id`,
    )
    .run(rest);
  if (info.changes !== 1) throw new NotFoundError(`document ${record.id}: not in this project`);
  writeContent(db, record.id, record.parsed);
}

export function deleteDocument(db: WritableDb, id: string): void {
  const info = db.prepare(`DELETE FROM documents WHERE id = @id`).run({ id });
  if (info.changes !== 1) throw new NotFoundError(`document ${id}: not in this project`);
}

export function nextDocumentPosition(db: ReadableDb): number {
  return (db.prepare(`SELECT coalesce(max(position) + 1, 0) AS p FROM documents`).get() as { p: number }).p;
}

/** All documents in import order, without bytes or units. */
export function listDocumentMeta(db: ReadableDb): DocumentMeta[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.position, d.name, d.lang, d.format, d.official, d.title, d.checksum, d.source_url, d.fetched_at,
         d.added_at, d.updated_at, (SELECT count(*) FROM units u WHERE u.doc_id = d.id) AS unit_count
       FROM documents d ORDER BY d.position`,
    )
    .all() as Parameters<typeof metaFromRow>[0][];
  return rows.map(metaFromRow);
}

/** The parsed document as stored on import. @throws NotFoundError. */
export function getParsedDocument(db: ReadableDb, id: string): ParsedDocument {
  const d = db
    .prepare(
      `SELECT id, lang, lang_source, format, official, unstructured, title, procedure, references_json, warnings_json
       FROM documents WHERE id = @id`,
    )
    .get({ id }) as Omit<DocumentRow, 'bytes'> | undefined;
  if (!d) throw new NotFoundError(`document ${id}: not in this project`);
  const units = (db.prepare(`SELECT * FROM units WHERE doc_id = @id ORDER BY position`).all({ id }) as UnitRow[]).map(unitFromRow);
  const footnotes = db.prepare(`SELECT n, text FROM footnotes WHERE doc_id = @id ORDER BY n`).all({ id }) as Footnote[];
  return {
    lang: d.lang as LangCode,
    langSource: d.lang_source as ParsedDocument['langSource'],
    title: d.title,
    procedure: d.procedure,
    references: JSON.parse(d.references_json) as string[],
    format: d.format as SourceFormat,
    official: d.official === 1,
    unstructured: d.unstructured === 1,
    units,
    footnotes,
    warnings: JSON.parse(d.warnings_json) as ParseWarning[],
  };
}

/** The original bytes as imported. @throws NotFoundError. */
export function getDocumentBytes(db: ReadableDb, id: string): Uint8Array {
  const row = db.prepare(`SELECT bytes FROM documents WHERE id = @id`).get({ id }) as { bytes: Buffer } | undefined;
  if (!row) throw new NotFoundError(`document ${id}: not in this project`);
  return new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
}

/** Cached sentence split of one unit, or null when not cached. */
export function getSentences(db: ReadableDb, docId: string, unitId: string): string[] | null {
  const rows = db.prepare(`SELECT text FROM sentences WHERE doc_id = @docId AND unit_id = @unitId ORDER BY idx`).all({ docId, unitId }) as { text: string }[];
  return rows.length ? rows.map((r) => r.text) : null;
}

export function putSentences(db: WritableDb, docId: string, unitId: string, sentences: readonly string[]): void {
  db.prepare(`DELETE FROM sentences WHERE doc_id = @docId AND unit_id = @unitId`).run({ docId, unitId });
  const ins = db.prepare(`INSERT INTO sentences (doc_id, unit_id, idx, text) VALUES (@docId, @unitId, @idx, @text)`);
  sentences.forEach((text, idx) => ins.run({ docId, unitId, idx, text }));
}
