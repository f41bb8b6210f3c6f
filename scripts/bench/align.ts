// Aligner cost and accuracy: parse + align 2, 6 and 24 versions of the corpus document (the 18 languages the
// corpus lacks are synthesised from the versions it has), a synthetic corpus of up to 100 documents × 24
// languages to show how cost grows, and accuracy on the perturbation suite (RO pivot against each version).
import { readFile } from 'node:fs/promises';
import { alignDocuments } from '../../core/align/index.js';
import { LANGUAGES, ParseError, parseDocument } from '../../core/index.js';
import type { AlignmentGrid, LangCode, ParsedDocument } from '../../core/index.js';
import { scaleDocument } from '../lib/scale-corpus.js';
import { EDITS, PERTURBATIONS, perturb, synthesizeVersion, TRUNCATIONS } from '../lib/perturb.js';
import type { ExpectedRow, Perturbation, PerturbationKind, TruncationKind } from '../lib/perturb.js';
import type { BenchSection } from './types.js';
import { measure } from './types.js';

const REAL: readonly LangCode[] = ['ro', 'en', 'fr', 'de', 'el', 'bg'];
const SOURCES: readonly LangCode[] = ['en', 'fr', 'de', 'el', 'bg'];

async function texts(): Promise<Map<LangCode, string>> {
  const real = new Map<LangCode, string>();
  for (const l of REAL) real.set(l, await readFile(`corpus/2022-2505-RSP/${l}.txt`, 'utf8'));
  const all = new Map(real);
  let k = 0;
  for (const l of LANGUAGES) {
    if (all.has(l)) continue;
    const src = SOURCES[k++ % SOURCES.length];
    all.set(l, synthesizeVersion(real.get(src)!, src, l));
  }
  return all;
}

const enc = new TextEncoder();
async function parseAll(entries: readonly (readonly [LangCode, string])[]): Promise<ParsedDocument[]> {
  const docs: ParsedDocument[] = [];
  for (const [lang, text] of entries) docs.push(await parseDocument(enc.encode(text), { fileName: `${lang}.txt`, lang, official: lang === 'ro' }));
  return docs;
}

function rowsCorrect(grid: AlignmentGrid, expected: readonly ExpectedRow[]): { right: number; total: number } {
  let right = 0;
  for (const e of expected) {
    const row =
      e.key === null
        ? grid.rows.find((r) => r.key.startsWith('extra:') && r.cells[1].map((s) => s.id).join() === e.ids.join())
        : grid.rows.find((r) => r.key === e.key);
    if (!row) continue;
    const ids = row.cells[1].map((s) => s.id).join();
    const flags = [...new Set(row.flags.map((f) => f.flag))].sort().join();
    if (ids === e.ids.join() && flags === [...e.flags].sort().join()) right++;
  }
  return { right, total: expected.length };
}

/** Where each perturbation is applied (`to` only for `missing-beginning`: the paragraph the text ends in). */
const AT: Record<PerturbationKind, readonly number[]> = {
  'drop-citation': [2, 5, 10],
  'drop-recital': [1, 9, 18],
  'drop-paragraph': [1, 8, 26],
  'insert-citation': [3, 9],
  'insert-recital': [6, 17],
  'insert-paragraph': [10, 25],
  'split-paragraph': [4, 13, 15],
  'merge-paragraphs': [2, 14, 24],
  'renumber-recitals': [2, 9],
  'skip-number': [5, 17],
  'restart-numbering': [10, 20],
  'cut-after-paragraph': [1, 10, 26],
  'cut-in-paragraph': [3, 10, 25],
  'cut-in-recital': [1, 6, 14],
  'cut-in-citation': [2, 5, 9],
  'cut-few-words': [4, 10, 21],
  'drop-last-paragraphs': [1, 3, 8],
  'missing-beginning': [1, 3, 6],
};

function place(kind: PerturbationKind, at: number): Perturbation {
  return kind === 'missing-beginning' ? { kind, at, to: at + 12 } : { kind, at };
}

export async function bench(): Promise<BenchSection[]> {
  const all = await texts();
  const sections: BenchSection[] = [];

  const sizeRows: Record<string, string | number>[] = [];
  for (const n of [2, 6, 24]) {
    const langs = [...REAL, ...LANGUAGES.filter((l) => !REAL.includes(l))].slice(0, n);
    const entries = langs.map((l) => [l, all.get(l)!] as const);
    for (const level of ['unit', 'sentence'] as const) {
      await measure(async () => alignDocuments(await parseAll(entries), { level })); // warm-up
      const parse = await measure(() => parseAll(entries));
      const align = await measure(() => alignDocuments(parse.value, { level }));
      const flagged = align.value.rows.filter((r) => r.flags.length).length;
      sizeRows.push({ versions: n, level, 'parse ms': parse.ms, 'align ms': align.ms, 'total ms': parse.ms + align.ms, 'peak rss MB': Math.round(Math.max(parse.peakRssMb, align.peakRssMb)), rows: align.value.rows.length, flagged });
    }
  }
  sections.push({
    title: 'align: parse + align versions of 2022/2505(RSP) (18 languages synthesised)',
    rows: sizeRows,
    notes: ['flagged should be 0: the versions agree'],
    json: sizeRows,
  });

  // Synthetic corpus: document d is the corpus document with perturbation d applied to one version, so documents
  // differ; every document has 24 versions aligned at unit level.
  const docTexts = (d: number): [LangCode, string][] =>
    LANGUAGES.map((l, i) => {
      // The in-text edits only, as before the truncation kinds were added, so the figures stay comparable.
      const kind = EDITS[d % EDITS.length];
      const text = all.get(l)!;
      if (i !== 1 + (d % 23) || l === 'ro') return [l, text];
      const at = AT[kind][d % AT[kind].length];
      return [l, perturb(text, l, { kind, at }).text];
    });
  const scaleRows: Record<string, string | number>[] = [];
  for (const docs of [10, 25, 50, 100]) {
    const r = await measure(async () => {
      let rows = 0;
      for (let d = 0; d < docs; d++) rows += alignDocuments(await parseAll(docTexts(d))).rows.length;
      return rows;
    });
    scaleRows.push({ documents: docs, versions: docs * 24, 'total ms': r.ms, 'ms per document': r.ms / docs, 'peak rss MB': Math.round(r.peakRssMb), rows: r.value });
  }
  sections.push({ title: 'align: synthetic corpus, documents × 24 languages (parse + align, unit level)', rows: scaleRows, notes: ['ms per document should stay flat: cost grows linearly with corpus size'], json: scaleRows });

  // Length: one long document (hundreds to thousands of numbered paragraphs) in 2, 6 and 24 languages.
  const longRows: Record<string, string | number>[] = [];
  for (const paragraphs of [500, 2000]) {
    for (const count of [2, 6, 24]) {
      const langs = LANGUAGES.slice(0, count);
      const docsOf = await Promise.all(
        langs.map((l) => parseDocument(new TextEncoder().encode(scaleDocument(l, { paragraphs })), { lang: l, fileName: `${l}.txt` })),
      );
      const r = await measure(() => alignDocuments(docsOf));
      longRows.push({ paragraphs, versions: count, units: docsOf.reduce((n, d) => n + d.units.length, 0), 'align ms': r.ms, 'peak rss MB': Math.round(r.peakRssMb), flagged: r.value.rows.filter((x) => x.flags.length > 0).length });
    }
  }
  sections.push({
    title: 'align: one long synthetic document (unit level)',
    rows: longRows,
    notes: ['long unit sequences are aligned inside a band around the diagonal: cost grows linearly with length', 'flagged should be 0: the versions agree'],
    json: longRows,
  });

  // Accuracy: RO pivot against each real version, every perturbation at several places; a truncated version's
  // expected rows include the footnotes it lost.
  const ro = (await parseAll([['ro', all.get('ro')!]]))[0];
  const accRows: Record<string, string | number>[] = [];
  for (const kind of PERTURBATIONS) {
    let cases = 0;
    let exact = 0;
    let right = 0;
    let total = 0;
    for (const lang of SOURCES) {
      for (const at of AT[kind]) {
        const p = perturb(all.get(lang)!, lang, place(kind, at));
        const [doc] = await parseAll([[lang, p.text]]);
        const grid = alignDocuments([ro, doc]);
        const c = rowsCorrect(grid, p.expected);
        const extraRows = grid.rows.filter((r) => r.key.startsWith('extra:')).length;
        const wantExtra = p.expected.filter((e) => e.key === null).length;
        cases++;
        if (c.right === c.total && extraRows === wantExtra) exact++;
        right += c.right;
        total += c.total;
      }
    }
    accRows.push({ perturbation: kind, cases, 'cases exact': exact, 'rows right': right, rows: total, 'row accuracy %': (100 * right) / total });
  }
  sections.push({ title: 'align: perturbation suite (RO pivot vs EN, FR, DE, EL, BG)', rows: accRows, json: accRows });

  // Truncation sweep: every place a version can end (each citation, recital and paragraph, whole or cut), and
  // late starts combined with early ends, so no lucky choice of places hides a miss.
  const counts = { citation: 0, recital: 0, paragraph: 0 };
  for (const u of ro.units) {
    if (u.kind === 'citation') counts.citation++;
    else if (u.kind === 'recital') counts.recital++;
    else if (u.kind === 'paragraph' || u.kind === 'closing') counts.paragraph++;
  }
  const range = (n: number) => Array.from({ length: n }, (_, k) => k + 1);
  const sweep: Record<TruncationKind, Perturbation[]> = {
    'cut-after-paragraph': range(counts.paragraph - 1).map((at) => ({ kind: 'cut-after-paragraph', at })),
    'cut-in-paragraph': range(counts.paragraph).map((at) => ({ kind: 'cut-in-paragraph', at })),
    'cut-in-recital': range(counts.recital).map((at) => ({ kind: 'cut-in-recital', at })),
    'cut-in-citation': range(counts.citation).map((at) => ({ kind: 'cut-in-citation', at })),
    'cut-few-words': range(counts.paragraph).map((at) => ({ kind: 'cut-few-words', at })),
    'drop-last-paragraphs': range(counts.paragraph - 2).map((at) => ({ kind: 'drop-last-paragraphs', at })),
    'missing-beginning': range(counts.citation - 1).flatMap((at) => [at + 1, at + 8, counts.paragraph].filter((to) => to <= counts.paragraph).map((to) => ({ kind: 'missing-beginning' as const, at, to }))),
  };
  const sweepRows: Record<string, string | number>[] = [];
  for (const kind of TRUNCATIONS) {
    let cases = 0;
    let exact = 0;
    for (const lang of SOURCES) {
      for (const c of sweep[kind]) {
        const p = perturb(all.get(lang)!, lang, c);
        const [doc] = await parseAll([[lang, p.text]]);
        const grid = alignDocuments([ro, doc]);
        const r = rowsCorrect(grid, p.expected);
        const extraRows = grid.rows.filter((x) => x.key.startsWith('extra:')).length;
        cases++;
        if (r.right === r.total && extraRows === p.expected.filter((e) => e.key === null).length) exact++;
      }
    }
    sweepRows.push({ truncation: kind, cases, 'cases exact': exact, 'exact %': (100 * exact) / cases });
  }
  sections.push({ title: 'align: truncation sweep, every place a version can end (RO pivot vs EN, FR, DE, EL, BG)', rows: sweepRows, json: sweepRows });

  // The mirror: the pivot is the text that ends early, or starts late. Each version is cut as above and made
  // the pivot against the whole RO text; what the version lost must come out as rows holding RO's unit flagged
  // `missing` for the pivot (not `extra`), its cut unit as the pivot's `truncated` row, and the rest paired with no
  // flag. A late start is swept at every recital and paragraph the paste can start at (ending inside the closing
  // paragraph), also starting inside the unit before (its end only, which the parser leaves out: that unit's row
  // is the pivot's `truncated`). `missing-beginning` alone keeps the title block and loses the first citations:
  // unlabelled units give the parser no sign of a late start (no `missing-beginning` warning), so against RO
  // alone the versions' first citations stay `extra` (one version cannot tell a lost citation from its own); with
  // a second whole version (`second`: the next source language) the versions agree and they must be `missing`.
  const starts = (start: 'recitals' | 'paragraphs', n: number) =>
    range(n).map((at): Perturbation => ({ kind: 'missing-beginning', start, at, to: counts.paragraph }));
  const pivotSweep: { name: string; cases: Perturbation[]; inside?: true; second?: true }[] = [
    ...TRUNCATIONS.map((kind) => ({ name: kind, cases: sweep[kind] })),
    { name: 'missing-beginning (first citations), with a second version', cases: sweep['missing-beginning'], second: true },
    // The parser sees a paste starting mid-sequence from a run of labels, or from the last recital when numbered
    // paragraphs from 1 follow it.
    { name: 'missing-beginning from a recital', cases: starts('recitals', counts.recital - 1) },
    { name: 'missing-beginning from a paragraph', cases: starts('paragraphs', counts.paragraph - 4) },
    { name: 'missing-beginning inside a recital', cases: starts('recitals', counts.recital - 1), inside: true },
    { name: 'missing-beginning inside a paragraph', cases: starts('paragraphs', counts.paragraph - 4), inside: true },
  ];
  const pivotRows: Record<string, string | number>[] = [];
  const wholeDocs = new Map((await parseAll(SOURCES.map((l) => [l, all.get(l)!] as const))).map((d) => [d.lang, d]));
  const secondOf = (lang: LangCode) => wholeDocs.get(SOURCES[(SOURCES.indexOf(lang) + 1) % SOURCES.length])!;
  for (const { name, cases: places, inside, second } of pivotSweep) {
    let cases = 0;
    let exact = 0;
    let right = 0;
    let total = 0;
    let unparsed = 0;
    for (const lang of SOURCES) {
      for (const c of places) {
        const p = inside ? startInside(all.get(lang)!, perturb(all.get(lang)!, lang, c)) : perturb(all.get(lang)!, lang, c);
        let doc: ParsedDocument;
        try {
          [doc] = await parseAll([[lang, p.text]]);
        } catch (e) {
          // A paste the parser refuses (too little structure to show where it starts) is counted as a case, never
          // exact, and reported.
          if (!(e instanceof ParseError)) throw e;
          cases++;
          unparsed++;
          total += p.expected.filter((x) => x.key !== null).length;
          continue;
        }
        const grid = alignDocuments(second ? [doc, ro, secondOf(lang)] : [doc, ro], { pivot: 0 });
        const r = pivotCutCorrect(grid, p.expected);
        cases++;
        if (r.right === r.total && r.stray === 0) exact++;
        right += r.right;
        total += r.total;
      }
    }
    pivotRows.push({ 'pivot truncation': name, cases, 'not parsed': unparsed, 'cases exact': exact, 'exact %': (100 * exact) / cases, 'row accuracy %': (100 * right) / total });
  }
  sections.push({
    title: 'align: pivot truncation sweep, every place the pivot can end or start (EN, FR, DE, EL, BG cut and made pivot vs RO)',
    rows: pivotRows,
    notes: [
      'a row is right when it pairs the same units as the uncut texts and carries exactly the pivot flags expected (truncated where it stops or starts inside, missing before its start and after its end)',
    ],
    json: pivotRows,
  });
  return sections;
}

/**
 * Scores a grid [cut version as pivot, whole RO] against `perturb`'s expectations for that version (which say
 * what it kept and lost, RO sharing the uncut ids): rows right, rows expected, and stray rows (any `extra` flag).
 */
function pivotCutCorrect(grid: AlignmentGrid, expected: readonly ExpectedRow[]): { right: number; total: number; stray: number } {
  let right = 0;
  const flagsOf = (r: AlignmentGrid['rows'][number]) => r.flags.map((f) => `${f.flag}@${f.doc}`).join();
  for (const e of expected) {
    if (e.key === null) continue;
    // A unit the pivot lost (its row holds RO's unit only): missing, or truncated when the pivot starts inside it.
    const lost = e.ids.length === 0;
    const row = lost
      ? grid.rows.find((r) => r.cells[0].length === 0 && r.cells[1].map((x) => x.id).join() === e.key)
      : grid.rows.find((r) => r.key === e.ids[0]);
    if (!row || row.cells[1].map((x) => x.id).join() !== e.key) continue;
    const want = e.flags.includes('truncated') ? 'truncated@0' : lost ? 'missing@0' : '';
    if (flagsOf(row) === want) right++;
  }
  const stray = grid.rows.filter((r) => r.flags.some((f) => f.flag === 'extra')).length;
  return { right, total: expected.filter((e) => e.key !== null).length, stray };
}

/**
 * A paste that starts inside the unit before the first one `cut` kept: the second half of that unit (from a word
 * start; the parser leaves such a fragment out) goes before it, and that unit's row becomes the pivot's `truncated`.
 */
function startInside(original: string, cut: { text: string; expected: readonly ExpectedRow[] }): { text: string; expected: ExpectedRow[] } {
  const at = original.indexOf(cut.text.slice(0, 80));
  if (at <= 0) throw new Error('bench: the cut text does not start with a unit of the original');
  const before = original.slice(0, at).trimEnd();
  const unit = before.slice(before.lastIndexOf('\n\n') + 2);
  const fragment = unit.slice(Math.floor(unit.length / 2)).replace(/^\S*\s+/u, '');
  const firstKept = cut.expected.findIndex((e) => e.key !== 'title' && e.key !== 'opening' && e.ids.length > 0);
  const expected = cut.expected.map((e, i) => (i === firstKept - 1 ? { ...e, flags: ['truncated' as const] } : e));
  return { text: `${fragment}\n\n${cut.text}`, expected };
}
