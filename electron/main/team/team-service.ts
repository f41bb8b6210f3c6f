// One shared project on PostgreSQL for a whole translation unit (issue #13): what the team server calls. Every
// change checks the actor's role, writes with an optimistic version check, and records who and when in the
// activity list in the same transaction, so the list never shows a change that was rolled back.
import { randomUUID } from 'node:crypto';
import { InvalidInputError, isLangCode, NotFoundError } from '../../../core/index.js';
import type { AlignmentCorrection, Finding, LangCode, ParsedDocument } from '../../../core/index.js';
import { alignDocuments, memoryPairing } from '../../../core/align/index.js';
import { checkGrid } from '../../../core/checks/index.js';
import { extractNames } from '../../../core/names/index.js';
import type { NameEntity } from '../../../core/index.js';
import type { Annotation, AnnotationCategory, AnnotationId, AnnotationSpan, AnnotationStatus, DocumentId, ProjectGrid, SpanInput } from '../../ipc/project-api.js';
import { fromStored, toStored } from '../db/repositories/corrections-repo.js';
import type { DocumentMeta } from '../store/project-store.js';
import type { PgStore, RowVersion } from '../store/pg/pg-store.js';
import { anchorText } from '../services/anchors.js';
import { FINDING_CATEGORY } from '../services/project-service.js';
import { hashPassword } from './passwords.js';
import * as repo from './team-repo.js';
import type { ActivityEntry, ReviewRow, Role, SpellingRow, TeamUser } from './team-repo.js';

const PIVOT_KEY = 'pivot';

/** The actor may not do this (role, or a translator outside their languages). HTTP 403. */
export class ForbiddenError extends Error {
  readonly status = 403;
  readonly code = 'forbidden';
}

/** Someone changed the row since the client loaded it; nothing was written. HTTP 409 with the current row. */
export class ConflictError extends Error {
  readonly status = 409;
  readonly code = 'conflict';
  readonly current: unknown;
  constructor(message: string, current: unknown) {
    super(message);
    this.current = current;
  }
}

export type VersionedAnnotation = Annotation & { readonly version: number; readonly updatedBy: string | null };
export type TeamFinding = Finding & {
  readonly review: 'open' | 'dismissed' | 'annotated';
  readonly annotationId: AnnotationId | null;
  readonly reviewVersion: number | null;
  readonly reviewedBy: string | null;
};

export interface AnnotationCreate {
  readonly category: AnnotationCategory;
  readonly status?: AnnotationStatus;
  readonly comment?: string;
  readonly spans: readonly SpanInput[];
}

/** Turning a finding into an annotation: `expected` is the finding's review version the client saw (null: none). */
export interface FindingAnnotation {
  readonly findingId: string;
  readonly expected: number | null;
  readonly category?: AnnotationCategory;
  readonly status?: AnnotationStatus;
  readonly comment?: string;
}

/** Thrown inside a transaction to roll back what it wrote so far when a versioned write found a newer row. */
class StaleRow extends Error {}

export interface AnnotationChange {
  readonly category?: AnnotationCategory;
  readonly status?: AnnotationStatus;
  readonly comment?: string;
  readonly addSpans?: readonly SpanInput[];
  readonly removeSpanIds?: readonly string[];
}

function unitText(doc: ParsedDocument, unitId: string): string | undefined {
  const u = doc.units.find((x) => x.id === unitId);
  if (u) return u.text;
  const m = /^footnote:(\d+)$/.exec(unitId);
  return m ? doc.footnotes.find((f) => f.n === Number(m[1]))?.text : undefined;
}

const isEditor = (u: TeamUser) => u.role === 'admin' || u.role === 'reviser';

function requireEditor(actor: TeamUser, what: string): void {
  if (!isEditor(actor)) throw new ForbiddenError(`${actor.username} (${actor.role}) may not ${what}: revisers and admins only`);
}

/** A translator edits annotations whose every span is in one of their languages; revisers and admins any. */
function requireLanguages(actor: TeamUser, langs: Iterable<string>, what: string): void {
  if (isEditor(actor)) return;
  if (actor.role !== 'translator') throw new ForbiddenError(`${actor.username} (${actor.role}) may not ${what}`);
  const outside = [...new Set(langs)].filter((l) => !actor.languages.includes(l as LangCode));
  if (outside.length) {
    throw new ForbiddenError(`${actor.username} may not ${what}: it touches ${outside.join(', ')}, outside their languages (${actor.languages.join(', ') || 'none'})`);
  }
}

const shorten = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export class TeamService {
  readonly store: PgStore;
  private readonly now: () => Date;
  private readonly parsed = new Map<string, { key: string; doc: ParsedDocument }>();
  private gridCache = new Map<string, { key: string; value: ProjectGrid }>();

  constructor(store: PgStore, options: { now?: () => Date } = {}) {
    this.store = store;
    this.now = options.now ?? (() => new Date());
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  // --- accounts ------------------------------------------------------------------------------------------------

  /** Creates an account; `actor` null is the bootstrap from the command line (the server has no session then). */
  async createUser(actor: TeamUser | null, u: { username: string; password: string; role: Role; languages?: readonly string[] }): Promise<TeamUser> {
    if (actor && actor.role !== 'admin') throw new ForbiddenError(`${actor.username} (${actor.role}) may not create accounts: admins only`);
    if (!/^[\p{L}\p{N}._-]{2,64}$/u.test(u.username)) throw new InvalidInputError(`user name "${shorten(u.username, 40)}": use 2–64 letters, digits, dots, dashes or underscores`);
    if (u.password.length < 10) throw new InvalidInputError(`password for ${u.username}: at least 10 characters`);
    const languages = [...new Set(u.languages ?? [])];
    for (const l of languages) if (!isLangCode(l)) throw new InvalidInputError(`user ${u.username}: ${l} is not an EU language code`);
    if (u.role === 'translator' && languages.length === 0) throw new InvalidInputError(`translator ${u.username}: name the languages they translate (e.g. ro,de)`);
    const passwordHash = await hashPassword(u.password);
    return this.store.transaction(async (tx) => {
      const user = await repo.insertUser(tx, { username: u.username, passwordHash, role: u.role, languages });
      if (!user) throw new InvalidInputError(`user ${u.username} exists already`);
      await repo.recordActivity(tx, {
        username: actor?.username ?? '(command line)',
        action: 'user.create',
        targetKind: 'user',
        targetId: u.username,
        summary: `account ${u.username} (${u.role}${languages.length ? `: ${languages.join(', ')}` : ''})`,
      });
      return user;
    });
  }

  users(actor: TeamUser): Promise<TeamUser[]> {
    if (actor.role !== 'admin') throw new ForbiddenError(`${actor.username} (${actor.role}) may not list accounts: admins only`);
    return repo.listUsers(this.store);
  }

  // --- reads ---------------------------------------------------------------------------------------------------

  listDocuments(): Promise<DocumentMeta[]> {
    return this.store.listDocumentMeta();
  }

  private async document(meta: DocumentMeta): Promise<ParsedDocument> {
    const key = `${meta.checksum}|${meta.updatedAt}`;
    const hit = this.parsed.get(meta.id);
    if (hit?.key === key) return hit.doc;
    const doc = await this.store.getParsedDocument(meta.id);
    this.parsed.set(meta.id, { key, doc });
    return doc;
  }

  async getDocument(id: string): Promise<ParsedDocument> {
    const meta = (await this.store.listDocumentMeta()).find((m) => m.id === id);
    if (!meta) throw new NotFoundError(`document ${id}: not in this project`);
    return this.document(meta);
  }

  /** The aligned grid, recomputed only when documents, pivot or corrections changed (another user's included). */
  async grid(level: 'unit' | 'sentence' = 'unit'): Promise<ProjectGrid> {
    const metas = await this.store.listDocumentMeta();
    const docIds = metas.map((m) => m.id as DocumentId);
    const stored = await this.store.listCorrections();
    const corrections = stored.flatMap((s) => {
      const c = fromStored(s, (docId) => docIds.indexOf(docId as DocumentId));
      return c ? [c] : [];
    });
    if (metas.length === 0) return { docIds, grid: { pivot: 0, documents: [], rows: [] }, corrections };
    const chosen = await this.store.getSetting(PIVOT_KEY);
    let pivot = metas.findIndex((m) => m.id === chosen);
    if (pivot < 0) pivot = Math.max(0, metas.findIndex((m) => m.official));
    const key = JSON.stringify([level, pivot, metas.map((m) => [m.id, m.checksum, m.updatedAt, m.name]), corrections]);
    const hit = this.gridCache.get(level);
    if (hit?.key === key) return hit.value;
    const docs = await Promise.all(metas.map((m) => this.document(m)));
    // Versions imported together from another tool's TMX/XLIFF keep that file's pairing (as in project-service).
    const pairedBy = memoryPairing(docs, metas.map((m) => m.checksum));
    // The team grid keeps the aligner's default, the core vocabulary on; said where sentences were aligned.
    const sentences = level === 'sentence' || docs.some((d) => d.unstructured);
    const value: ProjectGrid = {
      docIds,
      grid: alignDocuments(docs, { pivot, level, corrections, names: metas.map((m) => m.name), pairedBy }),
      corrections,
      ...(sentences ? { vocabulary: true } : {}),
    };
    this.gridCache.set(level, { key, value });
    return value;
  }

  async findings(): Promise<TeamFinding[]> {
    const { grid, docIds } = await this.grid('unit');
    if (docIds.length === 0) return [];
    const metas = await this.store.listDocumentMeta();
    const docs = await Promise.all(docIds.map((id) => this.document(metas.find((m) => m.id === id) as DocumentMeta)));
    const accepted: Record<string, Partial<Record<LangCode, string>>> = {};
    for (const s of await repo.listSpellingRows(this.store)) (accepted[s.entityId] ??= {})[s.lang] = s.text;
    const reviews = new Map((await repo.listReviewRows(this.store)).map((r) => [r.findingId, r]));
    return checkGrid(grid, docs, { accepted }).map((f) => {
      const r = reviews.get(f.id);
      // An 'annotated' review whose annotation was deleted counts as open again, as in the single-user project.
      const review = r && !(r.state === 'annotated' && r.annotationId === null) ? r.state : 'open';
      return { ...f, review, annotationId: (r?.annotationId ?? null) as AnnotationId | null, reviewVersion: r?.version ?? null, reviewedBy: r?.reviewedBy ?? null };
    });
  }

  /** Proper names across versions, each with its accepted spellings (and their versions, for the next change). */
  async names(): Promise<(NameEntity & { readonly accepted: readonly SpellingRow[] })[]> {
    const { grid, docIds } = await this.grid('unit');
    if (docIds.length === 0) return [];
    const metas = await this.store.listDocumentMeta();
    const docs = await Promise.all(docIds.map((id) => this.document(metas.find((m) => m.id === id) as DocumentMeta)));
    const spellings = await repo.listSpellingRows(this.store);
    return extractNames(grid, docs).map((e) => ({ ...e, accepted: spellings.filter((s) => s.entityId === e.id) }));
  }

  async annotations(): Promise<VersionedAnnotation[]> {
    const [list, versions] = await Promise.all([this.store.listAnnotations(), this.store.annotationVersions()]);
    return list.map((a) => ({ ...a, ...(versions.get(a.id) ?? { version: 1, updatedBy: null }) }));
  }

  async annotation(id: string): Promise<VersionedAnnotation | undefined> {
    const a = await this.store.findAnnotation(id);
    const v = await this.store.annotationVersion(id);
    return a && v ? { ...a, ...v } : undefined;
  }

  spellings(): Promise<SpellingRow[]> {
    return repo.listSpellingRows(this.store);
  }

  activity(limit: number): Promise<ActivityEntry[]> {
    return repo.listActivity(this.store, limit);
  }

  /** What changed after `after` (an activity seq), and the cursor to ask with next time. */
  async changes(after: number, limit = 200): Promise<{ cursor: number; changes: ActivityEntry[] }> {
    const changes = await repo.activitySince(this.store, after, limit);
    return { cursor: changes.length ? changes[changes.length - 1].seq : Math.max(after, 0), changes };
  }

  // --- annotations ---------------------------------------------------------------------------------------------

  private async makeSpan(input: SpanInput, metas: readonly DocumentMeta[]): Promise<AnnotationSpan> {
    const meta = metas.find((m) => m.id === input.docId);
    if (!meta) throw new NotFoundError(`span: document ${input.docId} is not in this project`);
    const text = unitText(await this.document(meta), input.unitId);
    if (text === undefined) throw new NotFoundError(`span: ${meta.name} has no unit ${input.unitId}`);
    const { start, end } = input;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new InvalidInputError(`span: ${start}–${end} is not a non-empty range inside ${input.unitId} of ${meta.name} (0–${text.length})`);
    }
    return { id: randomUUID(), docId: input.docId, rowKey: input.rowKey, unitId: input.unitId, start, end, lang: meta.lang, state: 'attached', ...anchorText(text, start, end) };
  }

  private async spanLangs(spans: readonly SpanInput[], metas: readonly DocumentMeta[]): Promise<string[]> {
    return spans.map((s) => {
      const m = metas.find((x) => x.id === s.docId);
      if (!m) throw new NotFoundError(`span: document ${s.docId} is not in this project`);
      return m.lang;
    });
  }

  async createAnnotation(actor: TeamUser, input: AnnotationCreate): Promise<VersionedAnnotation> {
    if (input.spans.length === 0) throw new InvalidInputError('annotation: select at least one span of text');
    const metas = await this.store.listDocumentMeta();
    requireLanguages(actor, await this.spanLangs(input.spans, metas), 'annotate this text');
    const spans = await Promise.all(input.spans.map((s) => this.makeSpan(s, metas)));
    const at = this.stamp();
    const a: Annotation = {
      id: randomUUID() as AnnotationId,
      category: input.category,
      status: input.status ?? 'open',
      comment: input.comment ?? '',
      author: actor.username,
      createdAt: at,
      updatedAt: at,
      findingId: null,
      spans,
    };
    await this.store.transaction(async (tx) => {
      await tx.putAnnotation(a, actor.username);
      await repo.recordActivity(tx, {
        username: actor.username,
        action: 'annotation.create',
        targetKind: 'annotation',
        targetId: a.id,
        summary: `${a.category} on ${[...new Set(spans.map((s) => `${s.lang} ${s.rowKey}`))].join(', ')}: “${shorten(spans[0].quote, 40)}”`,
      });
    });
    return { ...a, version: 1, updatedBy: actor.username };
  }

  private conflict(what: string, yours: number | null, current: { version: number; updatedBy: string | null } | undefined, row: unknown): ConflictError {
    const state = current
      ? `is now at version ${current.version}${current.updatedBy ? `, last changed by ${current.updatedBy}` : ''}`
      : yours === null
        ? 'was created by someone else meanwhile'
        : 'was deleted by someone else';
    return new ConflictError(
      `${what} ${state}; you edited version ${yours ?? '(none)'}. Your change was not saved: the current version is attached — reload it and apply your change again.`,
      row,
    );
  }

  async updateAnnotation(actor: TeamUser, id: string, expected: number, change: AnnotationChange): Promise<VersionedAnnotation> {
    const before = await this.annotation(id);
    if (!before) throw new NotFoundError(`annotation ${id}: not in this project (deleted?)`);
    const metas = await this.store.listDocumentMeta();
    requireLanguages(actor, [...before.spans.map((s) => s.lang), ...(await this.spanLangs(change.addSpans ?? [], metas))], 'edit this annotation');
    if (before.version !== expected) throw this.conflict(`annotation ${id}`, expected, before, before);
    const remove = new Set(change.removeSpanIds ?? []);
    for (const s of remove) if (!before.spans.some((x) => x.id === s)) throw new NotFoundError(`annotation ${id}: has no span ${s}`);
    const spans = [...before.spans.filter((s) => !remove.has(s.id)), ...(await Promise.all((change.addSpans ?? []).map((s) => this.makeSpan(s, metas))))];
    if (spans.length === 0) throw new InvalidInputError(`annotation ${id}: would have no span left; delete it instead`);
    const { version: _v, updatedBy: _b, ...rest } = before;
    const after: Annotation = {
      ...rest,
      category: change.category ?? before.category,
      status: change.status ?? before.status,
      comment: change.comment ?? before.comment,
      updatedAt: this.stamp(),
      spans,
    };
    const version = await this.store.transaction(async (tx) => {
      const v = await tx.updateAnnotationIfVersion(after, expected, actor.username);
      if (v === null) return null;
      const what = [change.status && `status ${change.status}`, change.category && `category ${change.category}`, change.comment !== undefined && 'comment', (change.addSpans?.length || remove.size) && 'spans']
        .filter(Boolean)
        .join(', ');
      await repo.recordActivity(tx, { username: actor.username, action: 'annotation.update', targetKind: 'annotation', targetId: id, summary: `changed ${what || 'nothing'} (version ${v})` });
      return v;
    });
    if (version === null) {
      const current = await this.annotation(id);
      throw this.conflict(`annotation ${id}`, expected, current, current ?? null);
    }
    return { ...after, version, updatedBy: actor.username };
  }

  async deleteAnnotation(actor: TeamUser, id: string, expected: number): Promise<void> {
    const before = await this.annotation(id);
    if (!before) throw new NotFoundError(`annotation ${id}: not in this project (deleted already?)`);
    requireLanguages(actor, before.spans.map((s) => s.lang), 'delete this annotation');
    const ok = await this.store.transaction(async (tx) => {
      if (!(await tx.deleteAnnotationIfVersion(id, expected))) return false;
      await repo.recordActivity(tx, { username: actor.username, action: 'annotation.delete', targetKind: 'annotation', targetId: id, summary: `deleted ${before.category} annotation` });
      return true;
    });
    if (!ok) {
      const current = await this.annotation(id);
      throw this.conflict(`annotation ${id}`, expected, current, current ?? null);
    }
  }

  // --- alignment corrections -----------------------------------------------------------------------------------

  /**
   * Appends a correction. Corrections are an ordered log that the aligner replays, so two revisers correcting
   * at once both land, in commit order; `doc` is a column of the grid the client saw, named by `docIds`.
   */
  async applyCorrection(actor: TeamUser, correction: AlignmentCorrection, docIds: readonly string[]): Promise<{ seq: number }> {
    requireEditor(actor, 'correct the alignment');
    const metas = await this.store.listDocumentMeta();
    for (const id of docIds) if (!metas.some((m) => m.id === id)) throw new NotFoundError(`correction: document ${id} is not in this project`);
    const { docId, body } = toStored(correction, (index) => {
      if (!Number.isInteger(index) || index < 0 || index >= docIds.length) throw new InvalidInputError(`correction: column ${index} is not one of the ${docIds.length} columns`);
      return docIds[index];
    });
    const createdAt = this.stamp();
    const seq = await this.store.transaction(async (tx) => {
      const s = await tx.insertCorrection({ docId, body, createdAt, createdBy: actor.username });
      const lang = metas.find((m) => m.id === docId)?.lang;
      const rows = 'rowKey' in body ? body.rowKey : body.rowKeys.join(' + ');
      await repo.recordActivity(tx, { username: actor.username, action: 'correction.add', targetKind: 'correction', targetId: String(s), summary: `${body.op} ${rows}${lang ? ` (${lang})` : ''}` });
      return s;
    });
    return { seq };
  }

  // --- accepted spellings and finding reviews ------------------------------------------------------------------

  async setSpelling(actor: TeamUser, s: { entityId: string; lang: string; text: string | null; expected: number | null }): Promise<SpellingRow | null> {
    if (!isLangCode(s.lang)) throw new InvalidInputError(`accepted spelling: ${s.lang} is not an EU language code`);
    requireEditor(actor, 'set accepted spellings');
    const text = s.text === null ? null : s.text.trim();
    if (text === '') throw new InvalidInputError('accepted spelling: empty text; send null to clear it');
    const ok = await this.store.transaction(async (tx) => {
      if (!(await repo.setSpellingIfVersion(tx, { ...s, text, at: this.stamp(), by: actor.username }))) return false;
      await repo.recordActivity(tx, {
        username: actor.username,
        action: text === null ? 'spelling.clear' : 'spelling.set',
        targetKind: 'spelling',
        targetId: `${s.entityId}/${s.lang}`,
        summary: text === null ? `cleared the accepted ${s.lang} spelling of ${s.entityId}` : `${s.lang} spelling of ${s.entityId}: ${text}`,
      });
      return true;
    });
    const current = (await repo.findSpellingRow(this.store, s.entityId, s.lang)) ?? null;
    if (!ok) throw this.conflict(`the accepted ${s.lang} spelling of ${s.entityId}`, s.expected, current ?? undefined, current);
    return current;
  }

  async reviewFinding(actor: TeamUser, r: { findingId: string; dismissReason: string | null; expected: number | null }): Promise<ReviewRow | null> {
    requireEditor(actor, 'review findings');
    const ok = await this.store.transaction(async (tx) => {
      if (!(await repo.setReviewIfVersion(tx, { ...r, at: this.stamp(), by: actor.username }))) return false;
      await repo.recordActivity(tx, {
        username: actor.username,
        action: r.dismissReason === null ? 'finding.restore' : 'finding.dismiss',
        targetKind: 'finding',
        targetId: r.findingId,
        summary: r.dismissReason === null ? 're-opened the finding' : `dismissed${r.dismissReason ? `: ${shorten(r.dismissReason)}` : ''}`,
      });
      return true;
    });
    const current = (await repo.listReviewRows(this.store, r.findingId))[0] ?? null;
    if (!ok) throw this.reviewConflict(r.findingId, r.expected, current);
    return current;
  }

  private reviewConflict(findingId: string, expected: number | null, current: ReviewRow | null): ConflictError {
    return this.conflict(`the review of finding ${findingId}`, expected, current ? { version: current.version, updatedBy: current.reviewedBy } : undefined, current);
  }

  /**
   * Records a finding as an annotation, as the single-user project does (ProjectServiceImpl.findingToAnnotation):
   * an annotation over the finding's spans, in its row, with the finding's category unless one is given, linked to
   * the finding, and the finding's review set to 'annotated' — both in one transaction, and only if the review is
   * still at the version the client saw, so a dismissal or annotation by someone else meanwhile is never replaced
   * (409 with the current review row). The same role rule as creating an annotation: translators only when every
   * span is in one of their languages.
   */
  async findingToAnnotation(actor: TeamUser, input: FindingAnnotation): Promise<VersionedAnnotation> {
    const finding = (await this.findings()).find((f) => f.id === input.findingId);
    if (!finding) throw new NotFoundError(`finding ${input.findingId}: not among the current findings`);
    const { docIds } = await this.grid('unit');
    const spanInputs: SpanInput[] = finding.spans.map((s) => ({ docId: docIds[s.doc], rowKey: finding.row, unitId: s.unit, start: s.start, end: s.end }));
    const metas = await this.store.listDocumentMeta();
    requireLanguages(actor, await this.spanLangs(spanInputs, metas), 'annotate this finding');
    const spans = await Promise.all(spanInputs.map((s) => this.makeSpan(s, metas)));
    if (spans.length === 0) throw new InvalidInputError(`finding ${finding.id}: has no text to annotate`);
    const at = this.stamp();
    const a: Annotation = {
      id: randomUUID() as AnnotationId,
      category: input.category ?? FINDING_CATEGORY[finding.type],
      status: input.status ?? 'open',
      comment: input.comment ?? '',
      author: actor.username,
      createdAt: at,
      updatedAt: at,
      findingId: finding.id,
      spans,
    };
    try {
      await this.store.transaction(async (tx) => {
        await tx.putAnnotation(a, actor.username);
        const review = { state: 'annotated' as const, reason: '', annotationId: a.id };
        if (!(await repo.putReviewIfVersion(tx, { findingId: finding.id, review, at, by: actor.username, expected: input.expected }))) throw new StaleRow();
        await repo.recordActivity(tx, {
          username: actor.username,
          action: 'finding.annotate',
          targetKind: 'finding',
          targetId: finding.id,
          summary: `annotated the ${finding.type} finding in ${finding.row} as ${a.category}`,
        });
        // Last, so the notice other users see names the annotation (team-notice.tsx knows annotation.create).
        await repo.recordActivity(tx, {
          username: actor.username,
          action: 'annotation.create',
          targetKind: 'annotation',
          targetId: a.id,
          summary: `${a.category} on ${[...new Set(spans.map((s) => `${s.lang} ${s.rowKey}`))].join(', ')}: “${shorten(spans[0].quote, 40)}” (from a finding)`,
        });
      });
    } catch (e) {
      if (!(e instanceof StaleRow)) throw e;
      throw this.reviewConflict(finding.id, input.expected, (await repo.listReviewRows(this.store, finding.id))[0] ?? null);
    }
    return { ...a, version: 1, updatedBy: actor.username };
  }
}

export type { RowVersion };
