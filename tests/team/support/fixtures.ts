import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangCode } from '../../../core/index.js';
import { parseDocument } from '../../../core/parsers/index.js';
import type { DocumentRecord } from '../../../electron/main/store/project-store.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'team');

/** One of our two small resolution texts (tests/fixtures/team), parsed, as the record a store keeps. */
export async function fixtureRecord(lang: 'en' | 'fr', position: number, at = '2026-01-02T03:04:05.000Z'): Promise<DocumentRecord> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, `${lang}.txt`)));
  const parsed = await parseDocument(bytes, { fileName: `${lang}.txt`, lang: lang as LangCode, official: lang === 'en' });
  return {
    id: randomUUID(),
    position,
    name: `${lang}.txt`,
    bytes,
    checksum: createHash('sha256').update(bytes).digest('hex'),
    sourceUrl: null,
    fetchedAt: null,
    addedAt: at,
    updatedAt: at,
    parsed,
  };
}
