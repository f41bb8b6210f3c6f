// The project store (issue #6): one SQLite file per project, implementing the ProjectService contract.
// Undo/redo: the journal lives in the file, so undo and redo survive closing and reopening a project. A re-import
// or removal of a document clears it, because stored snapshots would point at the old text.
import { createHash, randomUUID } from 'node:crypto';
import { documentSummary } from './document-summary.js';
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import {
  InvalidInputError,
  isLangCode,
  NotFoundError,
  parseDocument,
} from '../../../core/index.js';
import type {
  AlignmentCorrection,
  Finding,
  FindingType,
  LangCode,
  NameEntity,
  ParsedDocument,
} from '../../../core/index.js';
import { alignDocuments, memoryPairing } from '../../../core/align/index.js';
import { readAlignedFile } from '../../../core/parsers/aligned.js';
import { checkGrid } from '../../../core/checks/index.js';
import type { AcceptedSpellings } from '../../../core/checks/types.js';
import { extractNames } from '../../../core/names/index.js';
import * as annotationsRepo from '../db/repositories/annotations-repo.js';
import * as correctionsRepo from '../db/repositories/corrections-repo.js';
import * as dictionariesRepo from '../db/repositories/dictionaries-repo.js';
import * as documentsRepo from '../db/repositories/documents-repo.js';
import * as journalRepo from '../db/repositories/journal-repo.js';
import * as reviewsRepo from '../db/repositories/reviews-repo.js';
import * as settingsRepo from '../db/repositories/settings-repo.js';
import type { StoredCorrectionBody } from '../db/repositories/corrections-repo.js';
import type { ReadableDb, WritableDb } from '../db/handles.js';
import { readSnapshot, writeTransaction } from '../db/handles.js';
import { LATEST_VERSION } from '../db/migrations/index.js';
import { openReadOnly, openWritable, peekSchemaVersion, schemaVersion } from '../db/open-database.js';
import type { AnchorCandidate } from './anchors.js';
import { anchorText, reattach } from './anchors.js';
import { readUploadedDictionary } from './project-dictionaries.js';
import type { Dictionary, DictionaryPairs } from '../../../core/align/sentence-dictionary.js';
import { dictionaryPairKey, invertDictionary, mergeDictionaries } from '../../../core/align/sentence-dictionary.js';
import type {
  Annotation,
  AnnotationCategory,
  AnnotationId,
  AnnotationInput,
  AnnotationPatch,
  AnnotationSpan,
  DictionaryFile,
  DictionarySummary,
  DocumentId,
  DocumentSummary,
  FindingView,
  ImportOptions,
  ImportResult,
  NameEntityView,
  ProjectGrid,
  ProjectInfo,
  ProjectService,
  SpanInput,
  UndoableKind,
} from '../../ipc/project-api.js';
import { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES } from '../../ipc/project-api.js';

/** How many backups `<name>.backups/` keeps. */
export const BACKUPS_KEPT = 3;
const PIVOT_KEY = 'pivot';
/**
 * Whether the sentence level uses the core vocabulary: 'off' turns it off; absent (every file from before the
 * setting) or 'on' keeps the aligner's default, on. A settings row rather than a migration: the table holds
 * per-project preferences already.
 */
export const VOCABULARY_KEY = 'align.vocabulary';

// ---------------------------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------------------------

type JournalOp =
  | { readonly op: 'put-annotation'; readonly annotation: Annotation }
  | { readonly op: 'delete-annotation'; readonly id: string }
  | { readonly op: 'insert-correction'; readonly seq: number; readonly docId: string | null; readonly body: StoredCorrectionBody; readonly createdAt: string }
  | { readonly op: 'remove-correction'; readonly seq: number };

/** The annotation category a finding of each type becomes (findingToAnnotation here and in team mode). */
export const FINDING_CATEGORY: Record<FindingType, AnnotationCategory> = {
  number: 'number',
  date: 'date',
  reference: 'reference',
  footnote: 'reference',
  quotation: 'omission',
  omission: 'omission',
  addition: 'addition',
  'name-variant': 'name',
  'name-missing': 'name',
  'name-convention': 'transliteration',
  'name-accepted': 'name',
  structure: 'other',
};

export interface OpenProjectOptions {
  /** Create the file if it does not exist (default false). */
  readonly create?: boolean;
  /** Open a separate read-only connection (exports, reports): every mutating call throws InvalidInputError. */
  readonly readOnly?: boolean;
  /** Take an online backup of an existing file into `<name>.backups/` (default true for writable opens). */
  readonly backup?: boolean;
  /** Run `PRAGMA quick_check` on open (default true). */
  readonly check?: boolean;
  /** Clock for timestamps (tests). */
  readonly now?: () => Date;
}

/** The folder next to a project where its backups go: `P.concordia` → `P.concordia.backups/`. */
export function backupFolder(path: string): string {
  return join(dirname(path), `${basename(path)}.backups`);
}

async function takeBackup(db: ReadableDb, path: string, now: Date): Promise<void> {
  const folder = backupFolder(path);
  mkdirSync(folder, { recursive: true });
  const stem = basename(path, extname(path));
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = join(folder, `${stem}-${stamp}.concordia`);
  for (let i = 1; existsSync(target); i++) target = join(folder, `${stem}-${stamp}-${i}.concordia`);
  await db.backup(target);
  const old = readdirSync(folder)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.concordia'))
    .sort();
  for (const f of old.slice(0, Math.max(0, old.length - BACKUPS_KEPT))) unlinkSync(join(folder, f));
}

/**
 * Opens a project file (creating it with `create: true`), backs it up, and returns the service.
 * @throws NotFoundError, ProjectFileError, DatabaseFromFutureError.
 */
export async function openProject(path: string, options: OpenProjectOptions = {}): Promise<ProjectService & SqliteProject> {
  const existed = path !== ':memory:' && existsSync(path) && statSync(path).size > 0;
  const now = options.now ?? (() => new Date());
  if (options.readOnly) {
    // A read-only connection cannot migrate: upgrade an older file once through a short writable open.
    if (peekSchemaVersion(path) < LATEST_VERSION) openWritable(path, { check: options.check }).close();
    return new SqliteProject(path, openReadOnly(path), null, now);
  }
  const db = openWritable(path, { create: options.create, check: options.check });
  try {
    if (existed && (options.backup ?? true)) await takeBackup(db, path, now());
  } catch (e) {
    db.close();
    throw e;
  }
  return new SqliteProject(path, db, db, now);
}

/** Creates a new, empty project file. @throws InvalidInputError when the file exists already. */
export async function createProject(path: string, options: Omit<OpenProjectOptions, 'create' | 'readOnly'> = {}): Promise<ProjectService & SqliteProject> {
  if (existsSync(path)) throw new InvalidInputError(`${path}: already exists; open it, or choose another name`);
  return openProject(path, { ...options, create: true, backup: false });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function unitText(doc: ParsedDocument, unitId: string): string | undefined {
  const u = doc.units.find((x) => x.id === unitId);
  if (u) return u.text;
  const m = /^footnote:(\d+)$/.exec(unitId);
  if (m) return doc.footnotes.find((f) => f.n === Number(m[1]))?.text;
  return undefined;
}

export class SqliteProject implements ProjectService {
  readonly path: string;
  private readonly rdb: ReadableDb;
  private readonly wdb: WritableDb | null;
  private readonly now: () => Date;
  private readonly parsedCache = new Map<string, ParsedDocument>();
  /** The last grid per level, with the inputs it was computed from (see grid()). */
  private readonly gridCache = new Map<'unit' | 'sentence', { readonly key: string; readonly value: ProjectGrid }>();
  private findingsCache: { readonly grid: ProjectGrid; readonly key: string; readonly value: readonly Finding[] } | null = null;
  private namesCache: { readonly grid: ProjectGrid; readonly value: readonly NameEntity[] } | null = null;
  /**
   * Word pairs of stored dictionaries by id, both ways round, read once: a dictionary never changes and its id is
   * never reused.
   */
  private readonly dictionaryEntries = new Map<number, { readonly forward: Dictionary; readonly backward: Dictionary }>();

  constructor(path: string, rdb: ReadableDb, wdb: WritableDb | null, now: () => Date) {
    this.path = path;
    this.rdb = rdb;
    this.wdb = wdb;
    this.now = now;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private writable(): WritableDb {
    if (!this.wdb) throw new InvalidInputError(`${this.path}: the project is open read-only`);
    return this.wdb;
  }

  private write<T>(fn: (db: WritableDb) => T): T {
    const db = this.writable();
    return writeTransaction(db, () => fn(db));
  }

  private read<T>(fn: (db: ReadableDb) => T): T {
    return readSnapshot(this.rdb, () => fn(this.rdb));
  }

  // --- documents -----------------------------------------------------------------------------------------------

  listDocuments(): readonly DocumentSummary[] {
    return this.read((db) => documentsRepo.listDocumentMeta(db).map((m) => documentSummary(m)));
  }

  getDocument(id: DocumentId): ParsedDocument {
    const cached = this.parsedCache.get(id);
    if (cached) return cached;
    const doc = this.read((db) => documentsRepo.getParsedDocument(db, id));
    this.parsedCache.set(id, doc);
    return doc;
  }

  getDocumentBytes(id: DocumentId): Uint8Array {
    return this.read((db) => documentsRepo.getDocumentBytes(db, id));
  }

  private async parse(bytes: Uint8Array, options: ImportOptions): Promise<ParsedDocument> {
    if (options.lang !== undefined && !isLangCode(options.lang)) throw new InvalidInputError(`${options.fileName}: ${String(options.lang)} is not an EU language code`);
    return parseDocument(bytes, {
      fileName: options.fileName,
      lang: options.lang,
      official: options.official,
      allowUnstructured: options.allowUnstructured,
      format: options.format,
    });
  }

  async addDocument(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
    this.writable();
    const parsed = await this.parse(bytes, options);
    const at = this.stamp();
    const id = randomUUID() as DocumentId;
    const meta = this.write((db) => {
      documentsRepo.insertDocument(db, {
        id,
        position: documentsRepo.nextDocumentPosition(db),
        name: options.fileName,
        bytes,
        checksum: sha256(bytes),
        sourceUrl: options.sourceUrl ?? null,
        fetchedAt: options.sourceUrl ? at : null,
        addedAt: at,
        updatedAt: at,
        parsed,
      });
      return documentsRepo.listDocumentMeta(db).find((m) => m.id === id);
    });
    if (!meta) throw new NotFoundError(`document ${id}: vanished after insert`);
    return { document: documentSummary(meta), reattached: 0, orphaned: 0, warnings: parsed.warnings.map((w) => w.message) };
  }

  /**
   * Imports every language of a TMX (or both of a bilingual XLIFF, chosen by content) as its own document, in one
   * transaction: a translation memory becomes aligned versions. When the project has no pivot yet, the file's
   * source language becomes the pivot.
   * @throws ParseError for a file that cannot be read; nothing is written then.
   */
  async addTranslationMemory(bytes: Uint8Array, options: { readonly fileName: string; readonly official?: boolean }): Promise<readonly ImportResult[]> {
    this.writable();
    const tmx = readAlignedFile(bytes, { fileName: options.fileName, official: options.official });
    const at = this.stamp();
    const ids = tmx.documents.map(() => randomUUID() as DocumentId);
    const metas = this.write((db) => {
      const hadPivot = settingsRepo.getSetting(db, PIVOT_KEY) !== null;
      tmx.documents.forEach((parsed, i) => {
        documentsRepo.insertDocument(db, {
          id: ids[i],
          position: documentsRepo.nextDocumentPosition(db),
          name: `${options.fileName} (${parsed.lang})`,
          bytes,
          checksum: sha256(bytes),
          sourceUrl: null,
          fetchedAt: null,
          addedAt: at,
          updatedAt: at,
          parsed,
        });
      });
      if (!hadPivot && ids.length > 0) settingsRepo.setSetting(db, PIVOT_KEY, ids[tmx.grid.pivot] ?? ids[0]);
      return documentsRepo.listDocumentMeta(db);
    });
    return ids.map((id, i) => {
      const meta = metas.find((m) => m.id === id);
      if (!meta) throw new NotFoundError(`document ${id}: vanished after insert`);
      return { document: documentSummary(meta), reattached: 0, orphaned: 0, warnings: tmx.documents[i].warnings.map((w) => w.message) };
    });
  }

  /** Each unit of `doc` with the row it sits in, in a grid where `doc` replaces the document `id`. */
  private anchorCandidates(id: DocumentId, doc: ParsedDocument): AnchorCandidate[] {
    const rowOf = new Map<string, string>();
    const metas = this.read((db) => documentsRepo.listDocumentMeta(db));
    const docs = metas.map((m) => (m.id === id ? doc : this.getDocument(m.id as DocumentId)));
    const index = metas.findIndex((m) => m.id === id);
    const grid = alignDocuments(docs, {
      pivot: this.pivotIndex(metas),
      level: 'unit',
      corrections: this.correctionsFor(metas.map((m) => m.id)),
      names: metas.map((m) => m.name),
      // The replacement's bytes are new: it no longer shares the memory's checksum, so the others fall back too.
      pairedBy: memoryPairing(docs, metas.map((m) => (m.id === id ? null : m.checksum))),
      // Unstructured texts align sentences even here: as the grid the user sees does.
      vocabulary: this.getVocabulary(),
    });
    for (const row of grid.rows) for (const seg of row.cells[index] ?? []) rowOf.set(seg.id, row.key);
    const units: AnchorCandidate[] = doc.units.map((u) => ({ unitId: u.id, rowKey: rowOf.get(u.id) ?? u.id, text: u.text }));
    for (const f of doc.footnotes) units.push({ unitId: `footnote:${f.n}`, rowKey: `footnote:${f.n}`, text: f.text });
    return units;
  }

  async replaceDocument(id: DocumentId, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
    this.writable();
    const before = this.read((db) => documentsRepo.listDocumentMeta(db).find((m) => m.id === id));
    if (!before) throw new NotFoundError(`document ${id}: not in this project`);
    const parsed = await this.parse(bytes, { ...options, lang: options.lang ?? before.lang, official: options.official ?? before.official });
    const candidates = this.anchorCandidates(id, parsed);
    const at = this.stamp();
    let reattached = 0;
    let orphaned = 0;
    const warnings = parsed.warnings.map((w) => w.message);
    const meta = this.write((db) => {
      documentsRepo.replaceDocumentContent(db, {
        id,
        position: before.position,
        name: options.fileName,
        bytes,
        checksum: sha256(bytes),
        sourceUrl: options.sourceUrl ?? before.sourceUrl,
        fetchedAt: options.sourceUrl ? at : before.fetchedAt,
        addedAt: before.addedAt,
        updatedAt: at,
        parsed,
      });
      for (const span of annotationsRepo.spansOfDocument(db, id)) {
        const r = reattach(span, candidates);
        if (r.state === 'orphaned') {
          orphaned++;
          annotationsRepo.updateSpanAnchor(db, span.id, { ...span, state: 'orphaned' });
          warnings.push(`annotation ${span.annotationId}: "${span.quote}" (${span.rowKey}) is no longer in the text; kept as orphaned`);
        } else {
          reattached++;
          annotationsRepo.updateSpanAnchor(db, span.id, r);
        }
      }
      journalRepo.clearJournal(db);
      return documentsRepo.listDocumentMeta(db).find((m) => m.id === id);
    });
    this.parsedCache.delete(id);
    if (!meta) throw new NotFoundError(`document ${id}: vanished after re-import`);
    return { document: documentSummary(meta), reattached, orphaned, warnings };
  }

  removeDocument(id: DocumentId): void {
    this.write((db) => {
      annotationsRepo.orphanSpansOfDocument(db, id);
      documentsRepo.deleteDocument(db, id);
      if (settingsRepo.getSetting(db, PIVOT_KEY) === id) settingsRepo.deleteSetting(db, PIVOT_KEY);
      journalRepo.clearJournal(db);
    });
    this.parsedCache.delete(id);
  }

  setPivot(id: DocumentId): void {
    this.write((db) => {
      if (!documentsRepo.listDocumentMeta(db).some((m) => m.id === id)) throw new NotFoundError(`document ${id}: not in this project`);
      settingsRepo.setSetting(db, PIVOT_KEY, id);
    });
  }

  /** The pivot: the one the user chose, else the first official version, else the first. */
  private pivotIndex(metas: readonly { id: string; official: boolean }[]): number {
    const chosen = this.read((db) => settingsRepo.getSetting(db, PIVOT_KEY));
    const i = metas.findIndex((m) => m.id === chosen);
    if (i >= 0) return i;
    const official = metas.findIndex((m) => m.official);
    return official >= 0 ? official : 0;
  }

  private pivotId(): DocumentId | null {
    const metas = this.read((db) => documentsRepo.listDocumentMeta(db));
    return metas.length ? (metas[this.pivotIndex(metas)].id as DocumentId) : null;
  }

  // --- grid and corrections ------------------------------------------------------------------------------------

  private correctionsFor(docIds: readonly string[]): AlignmentCorrection[] {
    const stored = this.read((db) => correctionsRepo.listCorrections(db));
    return stored.flatMap((s) => {
      const c = correctionsRepo.fromStored(s, (docId) => docIds.indexOf(docId));
      return c ? [c] : [];
    });
  }

  grid(options: { level?: 'unit' | 'sentence'; docIds?: readonly DocumentId[] } = {}): ProjectGrid {
    const all = this.read((db) => documentsRepo.listDocumentMeta(db));
    let metas = all;
    if (options.docIds) {
      for (const id of options.docIds) if (!all.some((m) => m.id === id)) throw new NotFoundError(`document ${id}: not in this project`);
      metas = options.docIds.map((id) => all.find((m) => m.id === id)).filter((m): m is documentsRepo.DocumentMeta => m !== undefined);
    }
    const docIds = metas.map((m) => m.id as DocumentId);
    const docs = docIds.map((id) => this.getDocument(id));
    const names = metas.map((m) => m.name);
    const corrections = this.correctionsFor(docIds);
    const pivot = metas.length ? this.pivotIndex(metas) : 0;
    const level = options.level ?? 'unit';
    if (docs.length === 0) return { docIds, grid: { pivot: 0, documents: [], rows: [] }, corrections };
    // Dictionaries only matter where sentences are aligned: the sentence level, and unstructured texts at any level.
    const sentences = level === 'sentence' || docs.some((d) => d.unstructured);
    const inUse = sentences ? this.dictionariesFor(docs.map((d) => d.lang)) : [];
    const vocabulary = this.getVocabulary();
    // Aligning is the expensive step and the UI asks for the grid, the findings and the names after every
    // change: reuse the last grid while its inputs (documents, names, pivot, corrections, level, the
    // dictionaries in use, the core vocabulary setting) are the same.
    const key = JSON.stringify([level, pivot, metas.map((m) => [m.id, m.checksum, m.updatedAt, m.official, m.name]), corrections, inUse.map((d) => d.id), vocabulary]);
    const hit = this.gridCache.get(level);
    if (hit && hit.key === key) return hit.value;
    // Versions imported together from another tool's TMX/XLIFF share the file's checksum: its TUs are the rows.
    const pairedBy = memoryPairing(docs, metas.map((m) => m.checksum));
    const dictionaries = inUse.length ? this.dictionaryPairs(inUse) : undefined;
    const value: ProjectGrid = {
      docIds,
      grid: alignDocuments(docs, { pivot, level, corrections, names, pairedBy, dictionaries, vocabulary }),
      corrections,
      ...(inUse.length ? { dictionaries: inUse } : {}),
      ...(sentences ? { vocabulary } : {}),
    };
    this.gridCache.set(level, { key, value });
    return value;
  }

  applyCorrection(correction: AlignmentCorrection): ProjectGrid {
    const docIds = this.read((db) => documentsRepo.listDocumentMeta(db).map((m) => m.id));
    const { docId, body } = correctionsRepo.toStored(correction, (index) => {
      if (!Number.isInteger(index) || index < 0 || index >= docIds.length) {
        throw new InvalidInputError(`alignment correction: document index ${index} is not a column of this project (0–${docIds.length - 1})`);
      }
      return docIds[index];
    });
    this.write((db) => {
      const createdAt = this.stamp();
      const seq = correctionsRepo.insertCorrection(db, { docId, body, createdAt });
      journalRepo.pushEntry<JournalOp>(db, 'alignment', { op: 'remove-correction', seq }, { op: 'insert-correction', seq, docId, body, createdAt }, createdAt);
    });
    return this.grid();
  }

  // --- dictionaries --------------------------------------------------------------------------------------------

  listDictionaries(): readonly DictionarySummary[] {
    return this.read((db) => dictionariesRepo.listDictionaries(db));
  }

  addDictionary(files: readonly DictionaryFile[], langs: { readonly from?: LangCode; readonly to?: LangCode } = {}): DictionarySummary {
    this.writable();
    const d = readUploadedDictionary(files, langs);
    return this.write((db) => {
      const same = dictionariesRepo.listDictionaries(db).find((x) => x.name === d.name && x.from === d.from && x.to === d.to);
      if (same) {
        throw new InvalidInputError(`${d.name}: the project already has this ${d.from}→${d.to} dictionary; remove it first to replace it`, {
          params: { variant: 'dictionary-duplicate', file: d.name, from: d.from, to: d.to },
        });
      }
      const record = { name: d.name, format: d.format, from: d.from, to: d.to, pairs: d.read.pairs, phrases: d.read.phrases, addedAt: this.stamp() };
      const id = dictionariesRepo.insertDictionary(db, record, d.read.dictionary);
      return { id, ...record };
    });
  }

  removeDictionary(id: number): void {
    this.write((db) => dictionariesRepo.deleteDictionary(db, id));
    this.dictionaryEntries.delete(id);
  }

  // --- core vocabulary -----------------------------------------------------------------------------------------

  getVocabulary(): boolean {
    return this.read((db) => settingsRepo.getSetting(db, VOCABULARY_KEY)) !== 'off';
  }

  setVocabulary(enabled: boolean): void {
    this.write((db) => settingsRepo.setSetting(db, VOCABULARY_KEY, enabled ? 'on' : 'off'));
  }

  /**
   * The project's own sentence-level evidence for versions in `langs`: its stored dictionaries for those languages
   * (as `grid()` uses them) and its core vocabulary setting, for callers that align the documents themselves (the
   * command line with another pivot or more dictionaries).
   */
  sentenceEvidence(langs: readonly LangCode[]): { readonly dictionaries?: DictionaryPairs; readonly vocabulary: boolean } {
    const inUse = this.dictionariesFor(langs);
    return { ...(inUse.length ? { dictionaries: this.dictionaryPairs(inUse) } : {}), vocabulary: this.getVocabulary() };
  }

  /** The stored dictionaries whose two languages both have a version among `langs`. */
  private dictionariesFor(langs: readonly LangCode[]): DictionarySummary[] {
    const present = new Set(langs);
    return this.listDictionaries().filter((d) => present.has(d.from) && present.has(d.to));
  }

  /** Word pairs by language pair, each dictionary serving both directions (as loadDictionaryPairs does for the CLI). */
  private dictionaryPairs(dictionaries: readonly DictionarySummary[]): DictionaryPairs {
    const parts = new Map<string, Dictionary[]>();
    const add = (key: string, d: Dictionary) => parts.set(key, [...(parts.get(key) ?? []), d]);
    for (const d of dictionaries) {
      let entries = this.dictionaryEntries.get(d.id);
      if (!entries) {
        const forward = this.read((db) => dictionariesRepo.readDictionaryEntries(db, d.id));
        entries = { forward, backward: invertDictionary(forward) };
        this.dictionaryEntries.set(d.id, entries);
      }
      add(dictionaryPairKey(d.from, d.to), entries.forward);
      add(dictionaryPairKey(d.to, d.from), entries.backward);
    }
    return new Map([...parts].map(([k, ds]) => [k, ds.length === 1 ? ds[0] : mergeDictionaries(ds)]));
  }

  // --- findings ------------------------------------------------------------------------------------------------

  private rawFindings(): readonly Finding[] {
    const projectGrid = this.grid();
    const { grid, docIds } = projectGrid;
    if (docIds.length === 0) return [];
    const accepted = this.acceptedSpellings();
    const key = JSON.stringify(accepted);
    if (this.findingsCache && this.findingsCache.grid === projectGrid && this.findingsCache.key === key) return this.findingsCache.value;
    const value = checkGrid(grid, docIds.map((id) => this.getDocument(id)), { accepted });
    this.findingsCache = { grid: projectGrid, key, value };
    return value;
  }

  findings(): readonly FindingView[] {
    const raw = this.rawFindings();
    const reviews = this.read((db) => reviewsRepo.listReviews(db));
    return raw.map((f) => {
      const r = reviews.get(f.id);
      if (!r) return { ...f, review: 'open' as const, annotationId: null };
      if (r.state === 'annotated' && r.annotationId === null) return { ...f, review: 'open' as const, annotationId: null };
      return { ...f, review: r.state, annotationId: r.annotationId as AnnotationId | null };
    });
  }

  dismissFinding(id: string, reason = ''): void {
    this.write((db) => reviewsRepo.putReview(db, { findingId: id, state: 'dismissed', reason, annotationId: null, reviewedAt: this.stamp() }));
  }

  restoreFinding(id: string): void {
    this.write((db) => reviewsRepo.deleteReview(db, id));
  }

  findingToAnnotation(id: string, input: Partial<AnnotationInput> = {}): Annotation {
    const finding = this.rawFindings().find((f) => f.id === id);
    if (!finding) throw new NotFoundError(`finding ${id}: not among the current findings`);
    const { docIds } = this.grid();
    const spans: SpanInput[] = finding.spans.map((s) => ({ docId: docIds[s.doc], rowKey: finding.row, unitId: s.unit, start: s.start, end: s.end }));
    return this.write((db) => {
      const a = this.createAnnotation({
        category: input.category ?? FINDING_CATEGORY[finding.type],
        status: input.status,
        comment: input.comment,
        author: input.author,
        spans: input.spans ?? spans,
        findingId: id,
      });
      reviewsRepo.putReview(db, { findingId: id, state: 'annotated', reason: '', annotationId: a.id, reviewedAt: this.stamp() });
      return a;
    });
  }

  // --- annotations ---------------------------------------------------------------------------------------------

  annotations(): readonly Annotation[] {
    return this.read((db) => annotationsRepo.listAnnotations(db));
  }

  private makeSpan(input: SpanInput, metas: readonly documentsRepo.DocumentMeta[]): AnnotationSpan {
    const meta = metas.find((m) => m.id === input.docId);
    if (!meta) throw new NotFoundError(`span: document ${input.docId} is not in this project`);
    const text = unitText(this.getDocument(input.docId), input.unitId);
    if (text === undefined) throw new NotFoundError(`span: ${meta.name} has no unit ${input.unitId}`);
    const { start, end } = input;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new InvalidInputError(`span: ${start}–${end} is not a non-empty range inside ${input.unitId} of ${meta.name} (0–${text.length})`);
    }
    return { id: randomUUID(), docId: input.docId, rowKey: input.rowKey, unitId: input.unitId, start, end, lang: meta.lang, state: 'attached', ...anchorText(text, start, end) };
  }

  private checkFields(p: { category?: unknown; status?: unknown }): void {
    if (p.category !== undefined && !(ANNOTATION_CATEGORIES as readonly unknown[]).includes(p.category)) {
      throw new InvalidInputError(`annotation: unknown category "${String(p.category)}" (${ANNOTATION_CATEGORIES.join(', ')})`);
    }
    if (p.status !== undefined && !(ANNOTATION_STATUSES as readonly unknown[]).includes(p.status)) {
      throw new InvalidInputError(`annotation: unknown status "${String(p.status)}" (${ANNOTATION_STATUSES.join(', ')})`);
    }
  }

  createAnnotation(input: AnnotationInput): Annotation {
    this.checkFields(input);
    if (input.spans.length === 0) throw new InvalidInputError('annotation: select at least one span of text');
    return this.write((db) => {
      const metas = documentsRepo.listDocumentMeta(db);
      const at = this.stamp();
      const a: Annotation = {
        id: randomUUID() as AnnotationId,
        category: input.category,
        status: input.status ?? 'open',
        comment: input.comment ?? '',
        author: input.author ?? '',
        createdAt: at,
        updatedAt: at,
        findingId: input.findingId ?? null,
        spans: input.spans.map((s) => this.makeSpan(s, metas)),
      };
      annotationsRepo.putAnnotation(db, a);
      journalRepo.pushEntry<JournalOp>(db, 'annotation', { op: 'delete-annotation', id: a.id }, { op: 'put-annotation', annotation: a }, at);
      return a;
    });
  }

  updateAnnotation(id: AnnotationId, patch: AnnotationPatch): Annotation {
    this.checkFields(patch);
    return this.write((db) => {
      const before = annotationsRepo.getAnnotation(db, id);
      const metas = documentsRepo.listDocumentMeta(db);
      const remove = new Set(patch.removeSpanIds ?? []);
      for (const s of remove) if (!before.spans.some((x) => x.id === s)) throw new NotFoundError(`annotation ${id}: has no span ${s}`);
      const spans = [...before.spans.filter((s) => !remove.has(s.id)), ...(patch.addSpans ?? []).map((s) => this.makeSpan(s, metas))];
      if (spans.length === 0) throw new InvalidInputError(`annotation ${id}: would have no span left; delete it instead`);
      const after: Annotation = {
        ...before,
        category: patch.category ?? before.category,
        status: patch.status ?? before.status,
        comment: patch.comment ?? before.comment,
        updatedAt: this.stamp(),
        spans,
      };
      annotationsRepo.putAnnotation(db, after);
      journalRepo.pushEntry<JournalOp>(db, 'annotation', { op: 'put-annotation', annotation: before }, { op: 'put-annotation', annotation: after }, after.updatedAt);
      return after;
    });
  }

  deleteAnnotation(id: AnnotationId): void {
    this.write((db) => {
      const before = annotationsRepo.getAnnotation(db, id);
      annotationsRepo.deleteAnnotation(db, id);
      journalRepo.pushEntry<JournalOp>(db, 'annotation', { op: 'put-annotation', annotation: before }, { op: 'delete-annotation', id }, this.stamp());
    });
  }

  // --- names ---------------------------------------------------------------------------------------------------

  names(): readonly NameEntityView[] {
    const accepted = this.acceptedSpellings();
    const projectGrid = this.grid();
    const { grid, docIds } = projectGrid;
    if (docIds.length === 0) return [];
    if (this.namesCache?.grid !== projectGrid) this.namesCache = { grid: projectGrid, value: extractNames(grid, docIds.map((id) => this.getDocument(id))) };
    const entities = this.namesCache.value;
    return entities.map((e) => ({ ...e, accepted: accepted[e.id] ?? {} }));
  }

  setAcceptedSpelling(entityId: string, lang: LangCode, text: string | null): void {
    if (!isLangCode(lang)) throw new InvalidInputError(`accepted spelling: ${String(lang)} is not an EU language code`);
    if (text !== null && text.trim() === '') throw new InvalidInputError('accepted spelling: empty text; pass null to clear it');
    this.write((db) => reviewsRepo.setAcceptedSpelling(db, entityId, lang, text === null ? null : text.trim(), this.stamp()));
  }

  /** Every entity id → language → accepted spelling, in the shape checkGrid takes as `accepted`. */
  acceptedSpellings(): AcceptedSpellings {
    return Object.fromEntries(this.read((db) => reviewsRepo.listAcceptedSpellings(db)));
  }

  /** Ids of dismissed findings. */
  dismissedFindingIds(): ReadonlySet<string> {
    const reviews = this.read((db) => reviewsRepo.listReviews(db));
    return new Set([...reviews.values()].filter((r) => r.state === 'dismissed').map((r) => r.findingId));
  }

  // --- undo / redo ---------------------------------------------------------------------------------------------

  private applyOp(db: WritableDb, op: JournalOp): void {
    switch (op.op) {
      case 'put-annotation':
        annotationsRepo.putAnnotation(db, op.annotation);
        return;
      case 'delete-annotation':
        if (annotationsRepo.findAnnotation(db, op.id)) annotationsRepo.deleteAnnotation(db, op.id);
        return;
      case 'insert-correction':
        correctionsRepo.insertCorrection(db, { seq: op.seq, docId: op.docId, body: op.body, createdAt: op.createdAt });
        return;
      case 'remove-correction':
        correctionsRepo.deleteCorrection(db, op.seq);
        return;
      default: {
        const never: never = op;
        throw new InvalidInputError(`journal: unknown operation ${JSON.stringify(never)}`);
      }
    }
  }

  undo(): UndoableKind | null {
    return this.write((db) => {
      const e = journalRepo.peekUndo<JournalOp>(db);
      if (!e) return null;
      this.applyOp(db, e.undo);
      journalRepo.markUndone(db, e.seq, true);
      return e.kind;
    });
  }

  redo(): UndoableKind | null {
    return this.write((db) => {
      const e = journalRepo.peekRedo<JournalOp>(db);
      if (!e) return null;
      this.applyOp(db, e.redo);
      journalRepo.markUndone(db, e.seq, false);
      return e.kind;
    });
  }

  canUndo(): boolean {
    return this.wdb !== null && this.read((db) => journalRepo.peekUndo(db) !== undefined);
  }

  canRedo(): boolean {
    return this.wdb !== null && this.read((db) => journalRepo.peekRedo(db) !== undefined);
  }

  // --- settings, info, lifecycle -------------------------------------------------------------------------------

  getSetting(key: string): string | null {
    return this.read((db) => settingsRepo.getSetting(db, key));
  }

  setSetting(key: string, value: string): void {
    if (key === PIVOT_KEY) throw new InvalidInputError('the pivot is set with setPivot');
    // Through setVocabulary only, so the stored value is always one getVocabulary reads as meant.
    if (key === VOCABULARY_KEY) throw new InvalidInputError('the core vocabulary is turned on and off with setVocabulary');
    this.write((db) => settingsRepo.setSetting(db, key, value));
  }

  info(): ProjectInfo {
    const { metas, counts, reviews } = this.read((db) => ({
      metas: documentsRepo.listDocumentMeta(db),
      counts: annotationsRepo.countAnnotations(db),
      reviews: reviewsRepo.listReviews(db),
    }));
    const findings = this.rawFindings();
    const dismissed = findings.filter((f) => reviews.get(f.id)?.state === 'dismissed').length;
    let sizeBytes = 0;
    if (this.path !== ':memory:') {
      for (const f of [this.path, `${this.path}-wal`]) if (existsSync(f)) sizeBytes += statSync(f).size;
    }
    return {
      path: this.path,
      schemaVersion: schemaVersion(this.rdb),
      documents: metas.map((m) => documentSummary(m)),
      pivot: this.pivotId(),
      annotationCount: counts.annotations,
      orphanedSpanCount: counts.orphanedSpans,
      findingCount: findings.length,
      dismissedCount: dismissed,
      sizeBytes,
    };
  }

  close(): void {
    if (this.rdb.open) this.rdb.close();
  }
}
