// The planted-discrepancy generator shared by tests/core/checks/planted.test.ts and scripts/bench/checks.ts.
// It edits the text of the corpus's unofficial versions (one unit per line) in memory: changes a number, a date's
// year, a reference, drops a footnote call or a quotation's marks, respells or drops a person's name; then the
// caller re-parses, aligns, checks and scores the new findings against the plants by type and row.
import { seededRandom } from './random.js';
import { readFile } from 'node:fs/promises';
import { alignDocuments } from '../../core/align/index.js';
import { checkGrid } from '../../core/checks/index.js';
import { parseDocument } from '../../core/index.js';
import type { Finding, FindingType, LangCode, ParsedDocument } from '../../core/index.js';
import { extractNames, findNameSpans } from '../../core/names/index.js';
import { extractDates } from '../../core/text/dates.js';
import { extractNumbers } from '../../core/text/numbers.js';
import { extractReferences } from '../../core/text/references.js';

export const PLANT_KINDS = ['number', 'date', 'reference', 'footnote', 'quotation', 'name-respell', 'name-drop'] as const;
export type PlantKind = (typeof PLANT_KINDS)[number];

/** The families plants are scored by: a name plant is found by any name-* finding in its row. */
export type Family = 'number' | 'date' | 'reference' | 'footnote' | 'quotation' | 'name';

export function familyOf(t: FindingType): Family | null {
  switch (t) {
    case 'number':
    case 'date':
    case 'reference':
    case 'footnote':
    case 'quotation':
      return t;
    case 'name-variant':
    case 'name-missing':
    case 'name-convention':
    case 'name-accepted':
      return 'name';
    case 'omission':
    case 'addition':
    case 'structure':
      return null;
    default:
      return ((x: never) => x)(t);
  }
}

export const plantFamily = (k: PlantKind): Family => (k === 'name-respell' || k === 'name-drop' ? 'name' : k);

export interface Plant {
  readonly kind: PlantKind;
  readonly lang: LangCode;
  readonly row: string;
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export interface Version {
  readonly lang: LangCode;
  readonly text: string;
  readonly official: boolean;
}

export const CORPUS_LANGS: readonly LangCode[] = ['ro', 'en', 'fr', 'de', 'el', 'bg'];

export async function loadCorpus(dir = 'corpus/2022-2505-RSP'): Promise<Version[]> {
  return Promise.all(CORPUS_LANGS.map(async (lang) => ({ lang, official: lang === 'ro', text: await readFile(`${dir}/${lang}.txt`, 'utf8') })));
}

export async function parseVersions(versions: readonly Version[]): Promise<ParsedDocument[]> {
  return Promise.all(versions.map((v) => parseDocument(new TextEncoder().encode(v.text), { fileName: `${v.lang}.txt`, lang: v.lang })));
}

/** Parses, aligns (pivot: the official version) and checks a set of versions. */
export async function checkVersions(versions: readonly Version[]): Promise<Finding[]> {
  const docs = await parseVersions(versions);
  const grid = alignDocuments(docs, { names: versions.map((v) => `${v.lang}.txt`) });
  return checkGrid(grid, docs);
}

/** Maps each line of a one-unit-per-line version to its unit id (footnote lines to `footnote:n`). */
function lineRows(text: string, doc: ParsedDocument): (string | null)[] {
  const lines = text.split('\n');
  const strip = (s: string) => s.replace(/\(\d+\)/g, '').replace(/\s+/g, ' ').trim();
  return lines.map((line) => {
    const fn = /^\s*\(?(\d+)\)?\s+\S/u.exec(line);
    const body = strip(line);
    if (body.length < 12) return null;
    const unit = doc.units.find((u) => {
      const t = strip(u.text);
      return t.length >= 12 && body.includes(t.slice(Math.max(0, Math.floor(t.length / 2) - 30), Math.floor(t.length / 2) + 30));
    });
    if (unit) return unit.id;
    if (fn && doc.footnotes.some((f) => f.n === Number(fn[1]) && body.includes(strip(f.text).slice(0, 20)))) return `footnote:${fn[1]}`;
    return null;
  });
}

/** A seeded PRNG, so a seed always plants the same suite. */
export const rng = seededRandom;

interface Candidate {
  readonly kind: PlantKind;
  readonly line: number;
  readonly row: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

const bump = (digits: string) => digits.replace(/\d(?=\D*$)/u, (d) => String((Number(d) + 1) % 10));

/** Candidate edits in one version (one per value), all within one line. */
export function candidates(version: Version, doc: ParsedDocument, isLinkedPerson: (row: string, surface: string) => boolean, quoteCount: (row: string) => number): Candidate[] {
  const lines = version.text.split('\n');
  const rows = lineRows(version.text, doc);
  const out: Candidate[] = [];
  lines.forEach((line, i) => {
    const row = rows[i];
    if (!row) return;
    for (const n of extractNumbers(line, version.lang)) {
      if ((n.kind === 'plain' || n.kind === 'percent') && n.value >= 32 && /\d/u.test(n.raw)) out.push({ kind: 'number', line: i, row, start: n.start, end: n.end, replacement: bump(n.raw) });
    }
    const refs = extractReferences(line, version.lang);
    for (const d of extractDates(line, version.lang)) {
      // A date inside an OJ reference is part of the reference: changing it is a reference plant, not a date one.
      if (d.year === null || refs.some((r) => r.start < d.end && d.start < r.end)) continue;
      const y = String(d.year);
      const at = d.raw.lastIndexOf(y);
      if (at < 0) continue;
      out.push({ kind: 'date', line: i, row, start: d.start + at, end: d.start + at + 4, replacement: String(d.year - 1) });
    }
    for (const r of refs) {
      if (!/\d/u.test(r.raw)) continue;
      out.push({ kind: 'reference', line: i, row, start: r.start, end: r.end, replacement: bump(r.raw) });
    }
    if (!row.startsWith('footnote:')) for (const m of line.matchAll(/(?<=[^\s\d])\((\d)\)/gu)) out.push({ kind: 'footnote', line: i, row, start: m.index, end: m.index + m[0].length, replacement: '' });
    const quotes = [...line.matchAll(/[„“‘«]([^“”’»]{3,80})[“”’»]/gu)];
    // Only where the version quotes as often as the pivot: dropping a quotation the pivot lacks fixes a discrepancy.
    if (quotes.length === quoteCount(row)) for (const m of quotes) out.push({ kind: 'quotation', line: i, row, start: m.index, end: m.index + m[0].length, replacement: m[1] });
    for (const s of findNameSpans(line, version.lang)) {
      if (s.type !== 'person' || s.surface.split(/\s+/u).length < 2 || !isLinkedPerson(row, s.surface)) continue;
      const respelled = respell(s.surface, version.lang);
      if (respelled && respelled !== s.surface) out.push({ kind: 'name-respell', line: i, row, start: s.start, end: s.end, replacement: respelled });
      const end = /^,\s/u.test(line.slice(s.end)) ? s.end + 2 : s.end;
      out.push({ kind: 'name-drop', line: i, row, start: s.start, end, replacement: '' });
    }
  });
  return out;
}

/**
 * A respelling a careless translator might produce: the last v written w (or w written v in German, в as ф in
 * Bulgarian, φ as β in Greek). null when the name has no such letter.
 */
export function respell(name: string, lang: LangCode): string | null {
  const swaps: Partial<Record<LangCode, [string, string]>> = { de: ['w', 'v'], bg: ['в', 'ф'], el: ['φ', 'β'] };
  const [from, to] = swaps[lang] ?? ['v', 'w'];
  const at = name.lastIndexOf(from);
  if (at < 0) return null;
  return name.slice(0, at) + to + name.slice(at + 1);
}

export interface PlantRun {
  readonly versions: Version[];
  readonly plants: Plant[];
}

/**
 * Builds runs of plants: each run edits every unofficial version once, each edit in a different row, so a run's
 * new findings can be attributed. Deterministic for a seed.
 */
export async function buildRuns(base: readonly Version[], perKind: number, seed = 7): Promise<PlantRun[]> {
  const docs = await parseVersions(base);
  const grid = alignDocuments(docs, { names: base.map((v) => `${v.lang}.txt`) });
  const entities = extractNames(grid, docs);
  const pivot = grid.pivot;
  const QUOTE = /[„“‘«]([^“”’»]{3,80})[“”’»]/gu;
  const quoteCount = (row: string) => grid.rows.find((r) => r.key === row)?.cells[pivot].reduce((n, s) => n + [...s.text.matchAll(QUOTE)].length, 0) ?? -1;
  const random = rng(seed);
  const pools = new Map<PlantKind, { v: number; c: Candidate }[]>();
  base.forEach((v, vi) => {
    if (v.official) return;
    // Names a plant may touch: people the extractor linked across at least three versions (so a change is a
    // discrepancy between versions, not a guess about one).
    const linked = (row: string, surface: string) =>
      entities.some((e) => e.type === 'person' && new Set(e.forms.map((f) => f.doc)).size >= 3 && e.forms.some((f) => f.doc === vi && f.occurrences.some((o) => o.row === row) && (surface === f.text || surface.startsWith(`${f.text} `))));
    for (const c of candidates(v, docs[vi], linked, quoteCount)) {
      if (c.kind === 'name-respell' && v.lang === 'bg') {
        // A Bulgarian respelling inside a word (в → ф) breaks no rule that can be checked without the Cyrillic
        // original, so it shows only as a variant, which needs the name to occur earlier in the version (the
        // checker reports the later spelling when both occur once). Greek respellings break the convention.
        const lines = v.text.split('\n');
        const surname = lines[c.line].slice(c.start, c.end).split(/\s+/u).pop() ?? '';
        if (!lines.slice(0, c.line).some((l) => l.includes(surname))) continue;
      }
      pools.set(c.kind, [...(pools.get(c.kind) ?? []), { v: vi, c }]);
    }
  });
  const chosen: { v: number; c: Candidate }[] = [];
  for (const kind of PLANT_KINDS) {
    const pool = [...(pools.get(kind) ?? [])];
    for (let k = 0; k < perKind && pool.length; k++) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  }
  const runs: { edits: { v: number; c: Candidate }[] }[] = [];
  for (const e of chosen) {
    let run = runs.find((r) => !r.edits.some((x) => x.v === e.v || x.c.row === e.c.row));
    if (!run) runs.push((run = { edits: [] }));
    run.edits.push(e);
  }
  return runs.map((r) => {
    const versions = base.map((v) => ({ ...v }));
    const plants: Plant[] = [];
    for (const { v, c } of r.edits) {
      const lines = versions[v].text.split('\n');
      const line = lines[c.line];
      lines[c.line] = line.slice(0, c.start) + c.replacement + line.slice(c.end);
      versions[v] = { ...versions[v], text: lines.join('\n') };
      plants.push({ kind: c.kind, lang: versions[v].lang, row: c.row, line: c.line, before: line.slice(c.start, c.end), after: c.replacement });
    }
    return { versions, plants };
  });
}

export interface FamilyScore {
  readonly family: Family;
  readonly plants: number;
  readonly found: number;
  readonly findings: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
}

/**
 * Plants every run, checks it, and scores the findings that are new against the unplanted baseline: a plant is
 * found when a new finding of its family sits in its row; a new finding is correct when a plant of its family sits
 * in its row. Structure, omission and addition findings are not scored (no plant targets them).
 */
export async function scorePlants(
  base: readonly Version[],
  runs: readonly PlantRun[],
): Promise<{ scores: FamilyScore[]; baseline: Finding[]; misses: Plant[]; falsePositives: Finding[]; freshByType: Partial<Record<FindingType, number>> }> {
  const baseline = await checkVersions(base);
  const baseIds = new Set(baseline.map((f) => f.id));
  const tally = new Map<Family, { plants: number; found: number; findings: number; correct: number }>();
  const t = (f: Family) => {
    let x = tally.get(f);
    if (!x) tally.set(f, (x = { plants: 0, found: 0, findings: 0, correct: 0 }));
    return x;
  };
  const misses: Plant[] = [];
  const falsePositives: Finding[] = [];
  const freshByType: Partial<Record<FindingType, number>> = {};
  for (const run of runs) {
    const fresh = (await checkVersions(run.versions)).filter((f) => !baseIds.has(f.id));
    for (const f of fresh) freshByType[f.type] = (freshByType[f.type] ?? 0) + 1;
    for (const p of run.plants) {
      const fam = plantFamily(p.kind);
      t(fam).plants++;
      if (fresh.some((f) => familyOf(f.type) === fam && f.row === p.row)) t(fam).found++;
      else misses.push(p);
    }
    for (const f of fresh) {
      const fam = familyOf(f.type);
      if (!fam) continue;
      t(fam).findings++;
      if (run.plants.some((p) => plantFamily(p.kind) === fam && p.row === f.row)) t(fam).correct++;
      else falsePositives.push(f);
    }
  }
  const scores = [...tally].map(([family, x]) => ({
    family,
    ...x,
    recall: x.plants ? x.found / x.plants : 1,
    precision: x.findings ? x.correct / x.findings : 1,
  }));
  return { scores, baseline, misses, falsePositives, freshByType };
}
