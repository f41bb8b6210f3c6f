// A whole project as plain data, read from one ProjectStore and written into another: how `concordia project
// push` moves a project file to a team database and `project pull` brings it back (issue #13). Everything a
// project file holds is carried — documents with their original bytes and parse, settings, corrections (at their
// seq), annotations with spans, finding reviews, accepted spellings and the undo journal — except the per-unit
// sentence cache, which is recomputed on demand.
import { InvalidInputError } from '../../../core/index.js';
import type { Annotation } from '../../ipc/project-api.js';
import type {
  AcceptedSpellingRecord,
  DocumentRecord,
  FindingReviewRecord,
  JournalRecord,
  ProjectStore,
  StoredCorrection,
} from './project-store.js';

export interface ProjectSnapshot {
  readonly documents: readonly DocumentRecord[];
  readonly settings: Readonly<Record<string, string>>;
  readonly corrections: readonly StoredCorrection[];
  readonly annotations: readonly Annotation[];
  readonly reviews: readonly FindingReviewRecord[];
  readonly acceptedSpellings: readonly AcceptedSpellingRecord[];
  readonly journal: readonly JournalRecord<unknown>[];
}

/** Reads everything inside one transaction, so the snapshot is consistent even while others write. */
export function readSnapshot(store: ProjectStore): Promise<ProjectSnapshot> {
  return store.transaction(async (tx) => {
    const metas = await tx.listDocumentMeta();
    const documents: DocumentRecord[] = [];
    for (const m of metas) {
      documents.push({
        id: m.id,
        position: m.position,
        name: m.name,
        bytes: await tx.getDocumentBytes(m.id),
        checksum: m.checksum,
        sourceUrl: m.sourceUrl,
        fetchedAt: m.fetchedAt,
        addedAt: m.addedAt,
        updatedAt: m.updatedAt,
        parsed: await tx.getParsedDocument(m.id),
      });
    }
    return {
      documents,
      settings: await tx.listSettings(),
      corrections: await tx.listCorrections(),
      annotations: await tx.listAnnotations(),
      reviews: [...(await tx.listReviews()).values()].sort((a, b) => a.findingId.localeCompare(b.findingId)),
      acceptedSpellings: await tx.listAcceptedSpellings(),
      journal: await tx.listJournal<unknown>(),
    };
  }, { readOnly: true });
}

/** True when the store holds no document, annotation, correction, review, spelling or setting. */
export async function isEmptyProject(store: ProjectStore): Promise<boolean> {
  // One after another: inside a PostgreSQL transaction all calls share one connection.
  const docs = await store.listDocumentMeta();
  const settings = await store.listSettings();
  const corrections = await store.listCorrections();
  const annotations = await store.listAnnotations();
  const reviews = await store.listReviews();
  const spellings = await store.listAcceptedSpellings();
  return docs.length + Object.keys(settings).length + corrections.length + annotations.length + reviews.size + spellings.length === 0;
}

/**
 * Writes `snapshot` into an empty store, all in one transaction: either everything arrives or nothing does.
 * @throws InvalidInputError when the target already holds a project (`what` names it in the message).
 */
export function writeSnapshot(store: ProjectStore, snapshot: ProjectSnapshot, what: string): Promise<void> {
  return store.transaction(async (tx) => {
    if (!(await isEmptyProject(tx))) throw new InvalidInputError(`${what} already holds a project; refusing to mix two projects (use an empty target)`);
    for (const d of [...snapshot.documents].sort((a, b) => a.position - b.position)) await tx.insertDocument(d);
    for (const [key, value] of Object.entries(snapshot.settings)) await tx.setSetting(key, value);
    for (const c of snapshot.corrections) await tx.insertCorrection({ seq: c.seq, docId: c.docId, body: c.body, createdAt: c.createdAt });
    for (const a of snapshot.annotations) await tx.putAnnotation(a);
    for (const r of snapshot.reviews) await tx.putReview(r);
    for (const s of snapshot.acceptedSpellings) await tx.setAcceptedSpelling(s.entityId, s.lang, s.text, s.updatedAt);
    for (const j of snapshot.journal) await tx.insertJournalRecord(j);
  });
}
