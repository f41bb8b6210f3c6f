import type { DocumentMeta } from '../db/repositories/documents-repo.js';
import type { DocumentId, DocumentSummary } from '../../ipc/project-api.js';

/** What the API shows of a stored version, the same for the project file and the team database. */
export function documentSummary(m: DocumentMeta): DocumentSummary {
  return {
    id: m.id as DocumentId,
    lang: m.lang,
    name: m.name,
    format: m.format,
    official: m.official,
    title: m.title,
    unitCount: m.unitCount,
    checksum: m.checksum,
    addedAt: m.addedAt,
    updatedAt: m.updatedAt,
    sourceUrl: m.sourceUrl ? `${m.sourceUrl}${m.fetchedAt ? ` (fetched ${m.fetchedAt})` : ''}` : null,
  };
}
