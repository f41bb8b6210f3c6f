import { parseArgs } from 'node:util';
import { alignSentences, splitSentences } from '../../core/align/index.js';
import { parseBeads, scoreAlignment } from '../../core/align/sentence-score.js';
import type { SentenceBead } from '../../core/index.js';
import { detectLanguage } from '../../core/lang/detect.js';
import type { LangCode } from '../../core/model/language.js';
import { loadDictionaries } from '../../electron/main/services/dictionary-files.js';
import type { CliIo } from '../lib/cli.js';
import { parseLang, readInput, UsageError } from '../lib/cli.js';

/** Lines of a one-sentence-per-line file; a final newline does not make an extra empty sentence. */
export function sentenceLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** One bead as `[i, j]:[k]`: 0-based line numbers of each side, `[]` for an empty side. */
export function formatBead(b: SentenceBead): string {
  return b.sentences.map((side) => `[${side.join(', ')}]`).join(':');
}

/**
 * `align-sentences SRC TGT`: beads, one per line, `[i, j]:[k]` (0-based line numbers, as Vecalign and Bertalign
 * write them). `--text` prints the aligned sentences instead (source and target tab-separated, sentences of a side
 * joined by a space, as hunalign's `-text`); `--confidence` adds each bead's confidence; `--gold FILE` also scores
 * the beads against gold beads in the same format and prints strict and lax precision, recall and F1 (Vecalign's
 * score.py definitions) to standard error. `--dict FILE` (repeatable) adds a bilingual dictionary as evidence, as
 * hunalign's dictionary: a word list (`target @ source` lines, or `source<TAB>target`) or a dictd dictionary such as
 * FreeDict's (name its `.index`); one line per dictionary read goes to standard error. Concordia's core vocabulary
 * (sentence-vocabulary.ts) serves as a dictionary for the two languages unless `--no-vocabulary`; a language not
 * given with `--src-lang`/`--tgt-lang` is detected from the file, and standard error says so. `--split` reads
 * running text instead of one sentence per line: every line (a paragraph) is cut into sentences by the language's
 * rules, and the beads number those sentences (`--text` prints them).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'src-lang': { type: 'string' },
      'tgt-lang': { type: 'string' },
      confidence: { type: 'boolean', default: false },
      text: { type: 'boolean', default: false },
      gold: { type: 'string' },
      dict: { type: 'string', multiple: true },
      'no-vocabulary': { type: 'boolean', default: false },
      split: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 2) throw new UsageError(`name exactly two files: SRC and TGT, ${values.split ? 'running text' : 'one sentence per line'}`);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const [srcLines, tgtLines] = await Promise.all(positionals.map(async (f) => sentenceLines(decoder.decode(await readInput(f)))));
  const gold = values.gold === undefined ? null : parseBeads(decoder.decode(await readInput(values.gold)), values.gold);
  const useVocabulary = !values['no-vocabulary'];
  const given = [parseLang(values['src-lang'], '--src-lang'), parseLang(values['tgt-lang'], '--tgt-lang')];
  // The core vocabulary and sentence splitting need the languages: one not given is detected from the file's first lines.
  const [srcLang, tgtLang] = [srcLines, tgtLines].map((lines, k) => given[k] ?? (useVocabulary || values.split ? detectLanguage(lines.slice(0, 200).join('\n'))?.lang : undefined));
  if ((useVocabulary || values.split) && (given[0] === undefined || given[1] === undefined)) {
    const say = (l: string | undefined, k: number) => (l === undefined ? 'unknown' : given[k] === undefined ? `${l} (detected)` : l);
    const lost = [useVocabulary ? 'the core vocabulary is not used' : '', values.split ? 'English sentence rules split it' : ''].filter(Boolean).join(', ');
    io.err(`languages: ${say(srcLang, 0)} → ${say(tgtLang, 1)}${srcLang && tgtLang ? '' : `: ${lost}`}; --src-lang and --tgt-lang set them\n`);
  }
  // --split: each line is running text (a paragraph), cut into sentences by the language's rules, as the app does.
  const split = (lines: readonly string[], lang: LangCode | undefined) => lines.flatMap((l) => splitSentences(l, lang ?? 'en'));
  const [src, tgt] = values.split ? [split(srcLines, srcLang), split(tgtLines, tgtLang)] : [srcLines, tgtLines];
  const dicts = values.dict?.length ? await loadDictionaries(values.dict, srcLang, tgtLang) : null;
  if (dicts) io.err(dicts.summary.map((l) => `dictionary ${l}\n`).join(''));
  const beads = alignSentences(src, tgt, { srcLang, tgtLang, dictionary: dicts?.dictionary, vocabulary: useVocabulary });
  const conf = (b: SentenceBead) => (values.confidence ? `\t${b.confidence.toFixed(3)}` : '');
  const lines = values.text
    ? beads.map((b) => `${b.sentences[0].map((i) => src[i]).join(' ')}\t${b.sentences[1].map((j) => tgt[j]).join(' ')}${conf(b)}\n`)
    : beads.map((b) => `${formatBead(b)}${conf(b)}\n`);
  io.out(lines.join(''));
  if (gold) {
    for (const [k, [s, t]] of gold.entries()) {
      const bad = s.find((i) => i >= src.length) ?? t.find((j) => j >= tgt.length);
      if (bad !== undefined) throw new UsageError(`${values.gold} line ${k + 1}: sentence ${bad} is beyond the files (${src.length} and ${tgt.length} lines)`);
    }
    const s = scoreAlignment(gold, beads.map((b) => [b.sentences[0], b.sentences[1]] as const));
    const f = (x: number) => x.toFixed(3);
    io.err(`strict: P ${f(s.precisionStrict)} R ${f(s.recallStrict)} F1 ${f(s.f1Strict)}\nlax:    P ${f(s.precisionLax)} R ${f(s.recallLax)} F1 ${f(s.f1Lax)}\n`);
  }
  return 0;
}
