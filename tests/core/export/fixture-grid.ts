// Small hand-built grids for exporter tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlignedRow, AlignmentGrid, LangCode, Segment } from '../../../core/index.js';
import type { ExportDocument } from '../../../core/export/types.js';

export interface EdgeCase {
  readonly name: string;
  readonly text: string;
  readonly expected: string;
}

export const EDGE_CASES: readonly EdgeCase[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/export/edge-cases.json'), 'utf8')) as { cases: EdgeCase[] }
).cases;

export function seg(id: string, text: string, label: string | null = null): Segment {
  const kind = id.startsWith('recital') ? 'recital' : id.startsWith('citation') ? 'citation' : id === 'title' ? 'title' : 'paragraph';
  return { id, kind, label, ordinal: Number(id.split(':')[1] ?? 1), text };
}

/** Three versions (ro official, en and fr unofficial); one row per edge case, the English cell holds the case. */
export function edgeGrid(): { grid: AlignmentGrid; docs: ExportDocument[] } {
  const langs: LangCode[] = ['ro', 'en', 'fr'];
  const rows: AlignedRow[] = EDGE_CASES.map((c, i) => {
    const key = `para:${i + 1}`;
    return {
      key,
      kind: 'paragraph',
      cells: [[seg(key, `ro ${i + 1}`, String(i + 1))], [seg(key, c.text, String(i + 1))], i === 2 ? [] : [seg(key, `fr ${i + 1}`, String(i + 1))]],
      confidence: 1,
      flags: i === 2 ? [{ flag: 'missing', doc: 2, detail: 'test' }] : [],
    };
  });
  return {
    grid: { pivot: 0, documents: langs.map((lang) => ({ lang, name: `${lang}.txt`, official: lang === 'ro' })), rows },
    docs: langs.map((lang) => ({ lang, official: lang === 'ro', references: lang === 'ro' ? ['RC-B9-0001/2030', 'P9_TA(2030)0001'] : [], title: `T ${lang}`, procedure: '2030/0001(RSP)' })),
  };
}
