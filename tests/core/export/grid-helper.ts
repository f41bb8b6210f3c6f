// Test-only grids: the corpus versions share unit ids, so rows pair by id. Sentence level splits on sentence-final
// punctuation and pairs sentences one to one up to the
// shortest version, the last bead taking the rest. This stands in
// for core/align until alignDocuments lands; exporters only need a well-formed AlignmentGrid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../../core/index.js';
import type { AlignedRow, AlignmentGrid, LangCode, ParsedDocument, Segment } from '../../../core/index.js';

export const CORPUS_LANGS: readonly LangCode[] = ['ro', 'en', 'fr', 'de', 'el', 'bg'];
const CORPUS_DIR = join(import.meta.dirname, '../../../corpus/2022-2505-RSP');

export async function loadCorpus(langs: readonly LangCode[] = CORPUS_LANGS): Promise<ParsedDocument[]> {
  return Promise.all(
    langs.map((lang) =>
      parseDocument(new Uint8Array(readFileSync(join(CORPUS_DIR, `${lang}.txt`))), { fileName: `${lang}.txt`, lang, official: lang === 'ro' }),
    ),
  );
}

function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.;!?])\s+(?=\p{Lu}|\d)/u).filter((s) => s.trim() !== '');
  return parts.length ? parts : [text];
}

export function gridById(docs: readonly ParsedDocument[], level: 'unit' | 'sentence' = 'unit', pivot = 0): AlignmentGrid {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const d of [docs[pivot], ...docs]) {
    for (const id of [...d.units.map((u) => u.id), ...d.footnotes.map((f) => `footnote:${f.n}`)]) {
      if (seen.has(id)) continue;
      seen.add(id);
      keys.push(id);
    }
  }
  const rows: AlignedRow[] = keys.map((key) => {
    const cells: Segment[][] = docs.map((d) => {
      if (key.startsWith('footnote:')) {
        const n = Number(key.slice(9));
        const f = d.footnotes.find((x) => x.n === n);
        return f ? [{ id: key, kind: 'footnote', label: String(n), ordinal: n, text: f.text }] : [];
      }
      const u = d.units.find((x) => x.id === key);
      return u ? [{ id: u.id, kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text }] : [];
    });
    const kind = cells.find((c) => c.length)![0].kind;
    const flags = cells.flatMap((c, doc) => (c.length ? [] : [{ flag: 'missing' as const, doc, detail: 'no unit with this id' }]));
    const row: AlignedRow = { key, kind, cells, confidence: 1, flags };
    if (level === 'unit') return row;
    const split = cells.map((c) => (c.length ? splitSentences(c.map((s) => s.text).join(' ')) : []));
    // One to one up to the shortest version; the last bead takes whatever is left in every version.
    const n = Math.min(...split.filter((s) => s.length).map((s) => s.length));
    const beads = Array.from({ length: n }, (_, i) => ({
      sentences: split.map((s) => (s.length === 0 ? [] : i < n - 1 ? [i] : s.map((_, j) => j).slice(n - 1))),
      confidence: 1,
    }));
    return { ...row, sentences: { split, beads } };
  });
  return {
    pivot,
    documents: docs.map((d) => ({ lang: d.lang, name: `${d.lang}.txt`, official: d.official })),
    rows,
  };
}
