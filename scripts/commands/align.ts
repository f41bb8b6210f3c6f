import { parseArgs } from 'node:util';
import type { AlignmentGrid } from '../../core/index.js';
import type { CliIo } from '../lib/cli.js';
import { parseLang, UsageError } from '../lib/cli.js';
import { openInputs } from '../lib/open-inputs.js';
import { loadDictionaryPairs } from '../../electron/main/services/dictionary-files.js';

/** The JSON shape of `concordia align --json` (issue #4). */
export function gridToJson(grid: AlignmentGrid, files: readonly string[]) {
  return {
    pivot: grid.documents[grid.pivot].lang,
    documents: grid.documents.map((d, i) => ({ lang: d.lang, file: files[i] })),
    rows: grid.rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      cells: r.cells.map((cell) => cell.map((s) => ({ id: s.id, kind: s.kind, label: s.label, ordinal: s.ordinal, text: s.text }))),
      confidence: r.confidence,
      flags: r.flags.map((f) => ({ flag: f.flag, lang: grid.documents[f.doc].lang, doc: f.doc, detail: f.detail })),
      ...(r.sentences
        ? {
            sentences: r.sentences.split,
            pairs: r.sentences.beads.map((b) => ({ sentences: b.sentences, confidence: b.confidence })),
          }
        : {}),
    })),
  };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A readable grid: one block per row, its flags, and the start of each version's text. */
export function gridToText(grid: AlignmentGrid): string {
  const lines: string[] = [];
  const langs = grid.documents.map((d) => d.lang);
  lines.push(`pivot ${langs[grid.pivot]}; documents ${grid.documents.map((d) => `${d.lang} (${d.name})`).join(', ')}`);
  const flagged = grid.rows.filter((r) => r.flags.length > 0).length;
  lines.push(`${grid.rows.length} rows, ${flagged} flagged`);
  for (const r of grid.rows) {
    lines.push('');
    const flags = r.flags.map((f) => `${f.flag}[${langs[f.doc]}]`).join(' ');
    lines.push(`${r.key}  conf ${r.confidence.toFixed(2)}${flags ? `  ${flags}` : ''}`);
    for (const f of r.flags) lines.push(`  ! ${f.detail}`);
    r.cells.forEach((cell, d) => {
      const label = cell.map((s) => s.label ?? s.id).join('+');
      const text = cell.map((s) => s.text).join(' ‖ ');
      lines.push(`  ${langs[d]} ${label.padStart(4)}  ${cell.length ? clip(text, 100) : '—'}`);
    });
    if (r.sentences) {
      for (const b of r.sentences.beads) {
        const parts = b.sentences.map((idx, d) => `${langs[d]}[${idx.join(',')}]`).join(' ');
        lines.push(`    ${parts}  ${b.confidence.toFixed(2)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pivot: { type: 'string' },
      level: { type: 'string', default: 'unit' },
      json: { type: 'boolean', default: false },
      unstructured: { type: 'boolean', default: false },
      dict: { type: 'string', multiple: true },
      'no-vocabulary': { type: 'boolean', default: false },
    },
  });
  if (positionals.length < 2 && !positionals[0]?.endsWith('.concordia')) throw new UsageError('name at least two files, or a project');
  if (positionals.length > 48) throw new UsageError('at most 48 files');
  const level = values.level;
  if (level !== 'unit' && level !== 'sentence') throw new UsageError(`--level ${level}: use unit or sentence`);
  // Dictionaries help where sentences are paired: read them before the inputs, so a bad one fails fast.
  const dicts = values.dict?.length ? await loadDictionaryPairs(values.dict) : null;
  if (dicts) io.err(dicts.summary.map((l) => `dictionary ${l}\n`).join(''));
  const inputs = await openInputs(positionals, { pivot: parseLang(values.pivot, '--pivot'), allowUnstructured: values.unstructured });
  let grid: AlignmentGrid;
  try {
    grid = inputs.grid(level, { ...(dicts ? { dictionaries: dicts.pairs } : {}), ...(values['no-vocabulary'] ? { vocabulary: false } : {}) });
  } finally {
    inputs.close();
  }
  io.out(values.json ? `${JSON.stringify(gridToJson(grid, inputs.names), null, 2)}\n` : gridToText(grid));
  return 0;
}
