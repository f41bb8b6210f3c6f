import { parseArgs } from 'node:util';
import { alignSentences } from '../../core/align/index.js';
import type { SentenceBead } from '../../core/index.js';
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

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'src-lang': { type: 'string' }, 'tgt-lang': { type: 'string' }, confidence: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 2) throw new UsageError('name exactly two files: SRC and TGT, one sentence per line');
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const [src, tgt] = await Promise.all(positionals.map(async (f) => sentenceLines(decoder.decode(await readInput(f)))));
  const beads = alignSentences(src, tgt, { srcLang: parseLang(values['src-lang'], '--src-lang'), tgtLang: parseLang(values['tgt-lang'], '--tgt-lang') });
  io.out(beads.map((b) => `${formatBead(b)}${values.confidence ? `\t${b.confidence.toFixed(3)}` : ''}\n`).join(''));
  return 0;
}
