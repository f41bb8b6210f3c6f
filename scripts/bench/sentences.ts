// Sentence alignment against public gold standards, downloading nothing. CONCORDIA_ALIGN_BENCH names a folder made
// by scripts/convert-align-bench.mjs: one sub-folder per test set, each document as <doc>.<src>, <doc>.<tgt> (one
// sentence per line) and <doc>.<src>-<tgt>.gold (beads `[i, j]:[k]`, 0-based). Scores follow Vecalign's score.py
// (strict: exact beads; lax: any overlap), per document and per set. Times are whole processes of
// `concordia align-sentences` (start-up included), and, when HUNALIGN names a hunalign binary, of hunalign on the
// same files with an empty dictionary, run side by side. Also measures the multilingual merge: with three versions,
// how many sentences missing from the reference get their own bead instead of joining the next one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { alignSentences } from '../../core/align/sentence-align.js';
import { mergeBeads } from '../../core/align/sentence-merge.js';
import type { AlignmentCounts, BeadPair } from '../../core/align/sentence-score.js';
import { addCounts, alignmentCounts, beadPairs, parseBeads, scoreOf, ZERO_COUNTS } from '../../core/align/sentence-score.js';
import type { SentenceBead } from '../../core/index.js';
import { sentenceLines } from '../commands/align-sentences.js';
import type { Dictionary } from '../../core/align/sentence-dictionary.js';
import { dictionaryLanguages } from '../../core/align/sentence-dictionary.js';
import { loadDictionaries } from '../../electron/main/services/dictionary-files.js';
import type { BenchSection } from './types.js';
import { measure } from './types.js';

interface Doc {
  readonly set: string;
  readonly name: string;
  readonly srcLang: string;
  readonly tgtLang: string;
  readonly srcPath: string;
  readonly tgtPath: string;
  readonly gold: BeadPair[];
}

/** Documents of every set under `dir`, sorted. */
export function findDocs(dir: string): Doc[] {
  const docs: Doc[] = [];
  for (const set of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const f of readdirSync(join(dir, set)).sort()) {
      const m = /^(.+)\.([a-z]{2,3})-([a-z]{2,3})\.gold$/.exec(f);
      if (!m) continue;
      const [, name, srcLang, tgtLang] = m;
      const srcPath = join(dir, set, `${name}.${srcLang}`);
      const tgtPath = join(dir, set, `${name}.${tgtLang}`);
      if (!existsSync(srcPath) || !existsSync(tgtPath)) throw new Error(`${join(set, f)}: ${name}.${srcLang} or ${name}.${tgtLang} is missing beside it`);
      docs.push({ set, name, srcLang, tgtLang, srcPath, tgtPath, gold: parseBeads(readFileSync(join(dir, set, f), 'utf8'), join(set, f)) });
    }
  }
  return docs;
}

/** Runs a process; wall time in ms and, where GNU time is available, its peak resident memory in MB. */
function timed(cmd: string, args: readonly string[], cwd?: string): { stdout: string; ms: number; peakMb: number | null } {
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync(gnuTime, ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, cwd })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-400)}`);
  const kb = gnuTime ? Number(/(\d+)\s*$/.exec(r.stderr)?.[1]) : NaN;
  return { stdout: r.stdout, ms, peakMb: Number.isFinite(kb) ? kb / 1024 : null };
}

/** hunalign's output without -text is a ladder: rungs "i<TAB>j<TAB>score" where both texts are cut. */
export function ladderToBeads(ladder: string, m: number, n: number): BeadPair[] {
  const rungs: [number, number][] = [[0, 0]];
  for (const line of ladder.split('\n')) {
    const [i, j] = line.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(i) || !Number.isInteger(j)) continue;
    const [pi, pj] = rungs[rungs.length - 1];
    if (i === pi && j === pj) continue;
    if (i < pi || j < pj) throw new Error(`hunalign ladder goes backwards at ${i} ${j}`);
    rungs.push([i, j]);
  }
  const [li, lj] = rungs[rungs.length - 1];
  if (li !== m || lj !== n) rungs.push([m, n]);
  const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);
  return rungs.slice(1).map(([i, j], k) => [range(rungs[k][0], i), range(rungs[k][1], j)]);
}

const f3 = (x: number) => x.toFixed(3);

/**
 * Dictionaries in `dir` for a language pair, either direction: dictd files by their `.index`, word lists by any
 * other name, as long as the name gives the pair ("freedict-deu-fra.index", "de-fr.txt").
 */
export function dictionaryFilesFor(dir: string, src: string, tgt: string): string[] {
  return readdirSync(dir)
    .filter((f) => !/\.dict(\.dz)?$/.test(f))
    .filter((f) => {
      const l = dictionaryLanguages(f);
      return l !== null && ((l.from === src && l.to === tgt) || (l.from === tgt && l.to === src));
    })
    .sort()
    .map((f) => join(dir, f));
}

/** A dictionary in hunalign's format, "target @ source" per line. */
function hunalignDictionary(d: Dictionary): string {
  const lines: string[] = [];
  for (const [s, ts] of d) for (const t of ts) lines.push(`${t} @ ${s}\n`);
  return lines.join('');
}

/**
 * Three versions where the reference lacks every 8th sentence of the Text+Berg German text: the other versions are
 * the full German text and the French one. A dropped sentence is placed right when the merged beads give it (and,
 * where the gold pairs it one to one, its French partner) a bead with an empty reference side.
 */
export function multilingual(docs: readonly Doc[], mended = true): { dropped: number; ownBead: number; withPartner: number; partners: number } {
  let dropped = 0;
  let ownBead = 0;
  let withPartner = 0;
  let partners = 0;
  for (const doc of docs.filter((d) => d.set === 'textberg')) {
    const full = sentenceLines(readFileSync(doc.srcPath, 'utf8'));
    const fr = sentenceLines(readFileSync(doc.tgtPath, 'utf8'));
    const drop = new Set(full.map((_, i) => i).filter((i) => i % 8 === 4));
    const kept = full.map((_, i) => i).filter((i) => !drop.has(i));
    const ref = kept.map((i) => full[i]);
    const pairwise = new Map<number, SentenceBead[]>([
      [1, alignSentences(ref, full, { srcLang: 'de', tgtLang: 'de' })],
      [2, alignSentences(ref, fr, { srcLang: 'de', tgtLang: 'fr' })],
    ]);
    const merged = mergeBeads(0, 3, ref.length, pairwise, mended ? { texts: [ref, full, fr], langs: ['de', 'de', 'fr'] } : undefined);
    const partnerOf = new Map<number, number>();
    for (const [s, t] of doc.gold) if (s.length === 1 && t.length === 1) partnerOf.set(s[0], t[0]);
    for (const i of drop) {
      dropped++;
      const p = partnerOf.get(i);
      if (p !== undefined) partners++;
      const bead = merged.find((b) => b.sentences[1].includes(i));
      if (!bead || bead.sentences[0].length > 0) continue;
      ownBead++;
      if (p !== undefined && bead.sentences[2].includes(p)) withPartner++;
    }
  }
  return { dropped, ownBead, withPartner, partners };
}

/**
 * The app aligns sentences inside one unit (a recital, a paragraph) of a few sentences, where nothing can be learnt
 * from the text itself. Every document is cut after every `size` gold beads, where both sides' sentences are
 * contiguous, and each piece is aligned alone, with and without the core vocabulary.
 */
export function shortUnits(docs: readonly Doc[], size: number): { units: number; plain: AlignmentCounts; vocabulary: AlignmentCounts } {
  let units = 0;
  let plain = ZERO_COUNTS;
  let vocabulary = ZERO_COUNTS;
  for (const doc of docs) {
    const src = sentenceLines(readFileSync(doc.srcPath, 'utf8'));
    const tgt = sentenceLines(readFileSync(doc.tgtPath, 'utf8'));
    for (let b = 0; b < doc.gold.length; b += size) {
      const piece = doc.gold.slice(b, b + size);
      const si = piece.flatMap((x) => x[0]);
      const ti = piece.flatMap((x) => x[1]);
      if (si.length === 0 || ti.length === 0) continue;
      const [s0, t0] = [Math.min(...si), Math.min(...ti)];
      if (Math.max(...si) - s0 + 1 !== si.length || Math.max(...ti) - t0 + 1 !== ti.length) continue;
      units++;
      const gold: BeadPair[] = piece.map(([a, c]) => [a.map((i) => i - s0), c.map((j) => j - t0)]);
      const run = (on: boolean) =>
        alignmentCounts(gold, beadPairs(alignSentences(src.slice(s0, s0 + si.length), tgt.slice(t0, t0 + ti.length), { srcLang: doc.srcLang as never, tgtLang: doc.tgtLang as never, vocabulary: on })));
      plain = addCounts(plain, run(false));
      vocabulary = addCounts(vocabulary, run(true));
    }
  }
  return { units, plain, vocabulary };
}

export async function bench(): Promise<BenchSection | BenchSection[]> {
  const dir = process.env.CONCORDIA_ALIGN_BENCH;
  const title = 'Sentence alignment (Text+Berg de–fr, 1984 ro–en; Vecalign scoring)';
  if (!dir || !existsSync(dir)) {
    const why = dir ? `the folder ${dir} (CONCORDIA_ALIGN_BENCH) does not exist` : 'CONCORDIA_ALIGN_BENCH is not set';
    return {
      title,
      rows: [],
      notes: [`Skipped: ${why}. Make the folder with scripts/convert-align-bench.mjs (see README, "Sentence alignment bench"); nothing is downloaded.`],
      json: { skipped: why },
    };
  }
  const docs = findDocs(resolve(dir));
  if (docs.length === 0) return { title, rows: [], notes: [`Skipped: no <doc>.<src>-<tgt>.gold files under ${dir}.`], json: { skipped: 'no documents' } };

  const repo = resolve(import.meta.dirname, '../..');
  const cli = join(repo, 'out', 'node', 'concordia.js');
  // Whole-process timing needs the compiled CLI; build it if this checkout has not yet.
  spawnSync(process.execPath, [join(repo, 'scripts', 'build-node.mjs'), '--run', 'concordia', '--help'], { stdio: 'ignore' });
  const hunalign = process.env.HUNALIGN && existsSync(process.env.HUNALIGN) ? process.env.HUNALIGN : null;
  const tmp = mkdtempSync(join(tmpdir(), 'concordia-align-bench-'));
  const nullDic = join(tmp, 'null.dic');
  writeFileSync(nullDic, '');
  const dictDir = process.env.CONCORDIA_ALIGN_DICT && existsSync(process.env.CONCORDIA_ALIGN_DICT) ? resolve(process.env.CONCORDIA_ALIGN_DICT) : null;
  // Per language pair: the dictionary files, their merged contents and the same contents for hunalign.
  const dictCache = new Map<string, { files: string[]; dictionary: Dictionary; hunalignFile: string } | null>();
  const dictFor = async (src: string, tgt: string) => {
    const key = `${src}-${tgt}`;
    if (!dictDir) return null;
    if (!dictCache.has(key)) {
      const files = dictionaryFilesFor(dictDir, src, tgt);
      if (files.length === 0) dictCache.set(key, null);
      else {
        const { dictionary } = await loadDictionaries(files, src as never, tgt as never);
        const hunalignFile = join(tmp, `${key}.dic`);
        writeFileSync(hunalignFile, hunalignDictionary(dictionary));
        dictCache.set(key, { files, dictionary, hunalignFile });
      }
    }
    return dictCache.get(key) ?? null;
  };

  const rows: Record<string, string | number>[] = [];
  const perSet = new Map<
    string,
    { ours: AlignmentCounts; plain: AlignmentCounts; hun: AlignmentCounts; oursMs: number; hunMs: number; inMs: number; oursDict: AlignmentCounts | null; hunDict: AlignmentCounts | null; dictMs: number; hunDictMs: number }
  >();
  const json: unknown[] = [];
  try {
    for (const doc of docs) {
      const src = sentenceLines(readFileSync(doc.srcPath, 'utf8'));
      const tgt = sentenceLines(readFileSync(doc.tgtPath, 'utf8'));
      // In process: the aligner alone, with the peak heap it reaches.
      const inProc = await measure(() => alignSentences(src, tgt, { srcLang: doc.srcLang as never, tgtLang: doc.tgtLang as never }));
      const proc = timed(process.execPath, [cli, 'align-sentences', '--src-lang', doc.srcLang, '--tgt-lang', doc.tgtLang, doc.srcPath, doc.tgtPath]);
      const ours = alignmentCounts(doc.gold, parseBeads(proc.stdout, `align-sentences ${doc.name}`));
      // What the core vocabulary adds: the same alignment without it (in process, like --no-vocabulary).
      const plain = alignmentCounts(doc.gold, beadPairs(alignSentences(src, tgt, { srcLang: doc.srcLang as never, tgtLang: doc.tgtLang as never, vocabulary: false })));
      // The CLI and the in-process call must agree; a difference would mean the bench measures something else.
      if (JSON.stringify(beadPairs(inProc.value)) !== JSON.stringify(parseBeads(proc.stdout))) throw new Error(`${doc.name}: CLI and in-process beads differ`);
      let hun: AlignmentCounts | null = null;
      let hunRun: ReturnType<typeof timed> | null = null;
      if (hunalign) {
        // hunalign writes a translate.txt into its working folder: keep it in the temporary one.
        hunRun = timed(hunalign, [nullDic, doc.srcPath, doc.tgtPath], tmp);
        hun = alignmentCounts(doc.gold, ladderToBeads(hunRun.stdout, src.length, tgt.length));
      }
      // With the dictionaries CONCORDIA_ALIGN_DICT holds for this pair, Concordia's CLI and hunalign get the same one.
      const dict = await dictFor(doc.srcLang, doc.tgtLang);
      let oursDict: AlignmentCounts | null = null;
      let hunDict: AlignmentCounts | null = null;
      let dictRun: ReturnType<typeof timed> | null = null;
      let hunDictRun: ReturnType<typeof timed> | null = null;
      if (dict) {
        dictRun = timed(process.execPath, [cli, 'align-sentences', '--src-lang', doc.srcLang, '--tgt-lang', doc.tgtLang, ...dict.files.flatMap((f) => ['--dict', f]), doc.srcPath, doc.tgtPath]);
        oursDict = alignmentCounts(doc.gold, parseBeads(dictRun.stdout, `align-sentences --dict ${doc.name}`));
        if (hunalign) {
          hunDictRun = timed(hunalign, [dict.hunalignFile, doc.srcPath, doc.tgtPath], tmp);
          hunDict = alignmentCounts(doc.gold, ladderToBeads(hunDictRun.stdout, src.length, tgt.length));
        }
      }
      const s = scoreOf(ours);
      const h = hun ? scoreOf(hun) : null;
      const sd = oursDict ? scoreOf(oursDict) : null;
      const hd = hunDict ? scoreOf(hunDict) : null;
      rows.push({
        set: doc.set,
        doc: doc.name,
        sentences: `${src.length}×${tgt.length}`,
        strict: f3(s.f1Strict),
        lax: f3(s.f1Lax),
        'no-vocab strict': f3(scoreOf(plain).f1Strict),
        'no-vocab lax': f3(scoreOf(plain).f1Lax),
        'process ms': Math.round(proc.ms),
        'align ms': Math.round(inProc.ms),
        'peak MB': proc.peakMb === null ? '-' : Math.round(proc.peakMb),
        'hunalign strict': h ? f3(h.f1Strict) : '-',
        'hunalign lax': h ? f3(h.f1Lax) : '-',
        'hunalign ms': hunRun ? Math.round(hunRun.ms) : '-',
        'hunalign MB': hunRun?.peakMb ? Math.round(hunRun.peakMb) : '-',
        'dict strict': sd ? f3(sd.f1Strict) : '-',
        'dict lax': sd ? f3(sd.f1Lax) : '-',
        'dict ms': dictRun ? Math.round(dictRun.ms) : '-',
        'hunalign dict strict': hd ? f3(hd.f1Strict) : '-',
        'hunalign dict lax': hd ? f3(hd.f1Lax) : '-',
      });
      json.push({ ...doc, gold: undefined, ours: s, hunalign: h, withDictionary: sd, hunalignWithDictionary: hd, dictionaryFiles: dict?.files ?? null, processMs: proc.ms, alignMs: inProc.ms, peakMb: proc.peakMb, hunalignMs: hunRun?.ms ?? null, hunalignPeakMb: hunRun?.peakMb ?? null });
      const acc = perSet.get(doc.set) ?? { ours: ZERO_COUNTS, plain: ZERO_COUNTS, hun: ZERO_COUNTS, oursMs: 0, hunMs: 0, inMs: 0, oursDict: null, hunDict: null, dictMs: 0, hunDictMs: 0 };
      perSet.set(doc.set, {
        ours: addCounts(acc.ours, ours),
        plain: addCounts(acc.plain, plain),
        hun: hun ? addCounts(acc.hun, hun) : acc.hun,
        oursMs: acc.oursMs + proc.ms,
        hunMs: acc.hunMs + (hunRun?.ms ?? 0),
        inMs: acc.inMs + inProc.ms,
        oursDict: oursDict ? addCounts(acc.oursDict ?? ZERO_COUNTS, oursDict) : acc.oursDict,
        hunDict: hunDict ? addCounts(acc.hunDict ?? ZERO_COUNTS, hunDict) : acc.hunDict,
        dictMs: acc.dictMs + (dictRun?.ms ?? 0),
        hunDictMs: acc.hunDictMs + (hunDictRun?.ms ?? 0),
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const [set, acc] of perSet) {
    const s = scoreOf(acc.ours);
    const h = hunalign ? scoreOf(acc.hun) : null;
    const sd = acc.oursDict ? scoreOf(acc.oursDict) : null;
    const hd = acc.hunDict ? scoreOf(acc.hunDict) : null;
    rows.push({
      set,
      doc: 'ALL',
      sentences: '',
      strict: f3(s.f1Strict),
      lax: f3(s.f1Lax),
      'no-vocab strict': f3(scoreOf(acc.plain).f1Strict),
      'no-vocab lax': f3(scoreOf(acc.plain).f1Lax),
      'process ms': Math.round(acc.oursMs),
      'align ms': Math.round(acc.inMs),
      'peak MB': '',
      'hunalign strict': h ? f3(h.f1Strict) : '-',
      'hunalign lax': h ? f3(h.f1Lax) : '-',
      'hunalign ms': hunalign ? Math.round(acc.hunMs) : '-',
      'hunalign MB': '',
      'dict strict': sd ? f3(sd.f1Strict) : '-',
      'dict lax': sd ? f3(sd.f1Lax) : '-',
      'dict ms': sd ? Math.round(acc.dictMs) : '-',
      'hunalign dict strict': hd ? f3(hd.f1Strict) : '-',
      'hunalign dict lax': hd ? f3(hd.f1Lax) : '-',
    });
  }
  const totalOurs = [...perSet.values()].reduce((t, a) => t + a.oursMs, 0);
  const totalHun = [...perSet.values()].reduce((t, a) => t + a.hunMs, 0);
  const notes = [
    'strict/lax: F1 as in Vecalign score.py, counts summed over the documents of a set; no-vocab: the same aligner without the core vocabulary (`--no-vocabulary`). process ms: `concordia align-sentences` as a whole process (compiled CLI, start-up included); align ms: the aligner in process; peak MB: the process\'s peak resident memory (GNU time).',
    hunalign
      ? `hunalign (${hunalign}, empty dictionary) on the same files, side by side: ${docs.length} runs take ${Math.round(totalHun)} ms against Concordia's ${Math.round(totalOurs)} ms (${(totalOurs / Math.max(1, totalHun)).toFixed(2)}×).`
      : 'Set HUNALIGN to a hunalign binary to time and score it on the same files.',
    dictDir
      ? `dict: the same runs with \`--dict\` and the dictionaries in ${dictDir} for the pair (either direction, by file name); hunalign gets the same word pairs in its own format. "-" where the folder has none for the pair.`
      : 'dict: set CONCORDIA_ALIGN_DICT to a folder of dictionaries (for instance FreeDict\'s dictd files from Debian\'s dict-freedict-deu-fra and dict-freedict-fra-deu) to score the aligner, and hunalign, with them too. Nothing is downloaded.',
  ];
  const ml = multilingual(docs);
  const sections: BenchSection[] = [{ title, rows, notes, json: { documents: json, hunalign } }];
  if (ml.dropped > 0) {
    sections.push({
      title: 'Sentence alignment, three versions: sentences missing from the reference',
      rows: [
        {
          'dropped from reference': ml.dropped,
          'own bead': ml.ownBead,
          'own bead %': f3(ml.ownBead / ml.dropped),
          'with French partner (1–1 in gold)': `${ml.withPartner}/${ml.partners}`,
        },
      ],
      notes: ['Text+Berg: every 8th German sentence removed from the reference; the versions are the full German text and the French one.'],
      json: ml,
    });
  }
  const unitRows = [4, 8].flatMap((size) =>
    [...new Set(docs.map((d) => d.set))].map((set) => {
      const u = shortUnits(docs.filter((d) => d.set === set), size);
      const [p, v] = [scoreOf(u.plain), scoreOf(u.vocabulary)];
      return { set, 'gold beads per unit': size, units: u.units, strict: f3(v.f1Strict), lax: f3(v.f1Lax), 'no-vocab strict': f3(p.f1Strict), 'no-vocab lax': f3(p.f1Lax) };
    }),
  );
  sections.push({
    title: 'Sentence alignment inside short units (as the app aligns a recital or paragraph)',
    rows: unitRows,
    notes: ['Each document cut after every 4 or 8 gold beads (where both sides are contiguous); every piece aligned alone, too short for a lexicon to be learnt from it. no-vocab: without the core vocabulary.'],
    json: unitRows,
  });
  return sections;
}
