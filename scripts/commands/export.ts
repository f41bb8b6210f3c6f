// `concordia export FILE…|PROJECT …`: TMX, XLIFF 2.1/1.2, TBX, CSV, XLSX and the review report (issues #7, #14).
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkGrid, renderMessage } from '../../core/checks/index.js';
import { namesCsvChunks } from '../../core/export/csv.js';
import { renderReport } from '../../core/export/report.js';
import { tbxChunks } from '../../core/export/tbx.js';
import { tmxChunks } from '../../core/export/tmx.js';
import { xliffChunks, xliffPair } from '../../core/export/xliff.js';
import type { ExportAnnotation, ExportNameEntity, LangCodeStyle } from '../../core/export/types.js';
import type { LangCode } from '../../core/index.js';
import { extractNames } from '../../core/names/index.js';
import { writeXlsx } from '../../electron/main/services/xlsx-export.js';
import type { CliIo } from '../lib/cli.js';
import { parseLang, UsageError } from '../lib/cli.js';
import { openInputs } from '../lib/open-inputs.js';

/** Writes chunks to a file in ~1 MB batches: the output is never held whole in memory. Returns bytes written. */
export function writeChunks(path: string, chunks: Iterable<string>): number {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  let total = 0;
  const flush = () => {
    if (!pending.length) return;
    total += writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  try {
    for (const c of chunks) {
      pending.push(c);
      size += c.length;
      if (size >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return total;
}

function parseLangs(value: string | undefined): LangCode[] | undefined {
  if (value === undefined) return undefined;
  const langs = value.split(',').map((l) => parseLang(l.trim(), '--langs')!);
  if (new Set(langs).size !== langs.length) throw new UsageError(`--langs ${value}: a language is named twice`);
  return langs;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      tmx: { type: 'string' },
      tbx: { type: 'string' },
      'tbx-version': { type: 'string', default: '2' },
      xliff: { type: 'string' },
      xliff12: { type: 'string' },
      source: { type: 'string' },
      target: { type: 'string' },
      'xliff-targets': { type: 'string', default: 'version' },
      csv: { type: 'string' },
      xlsx: { type: 'string' },
      report: { type: 'string' },
      level: { type: 'string', default: 'unit' },
      langs: { type: 'string' },
      'lang-codes': { type: 'string', default: 'short' },
      pivot: { type: 'string' },
      'include-empty': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('name the language versions or one project');
  const outputs = [values.tmx, values.xliff, values.xliff12, values.tbx, values.csv, values.xlsx, values.report].filter(Boolean);
  if (outputs.length === 0) throw new UsageError('name at least one output: --tmx, --xliff, --xliff12, --tbx, --csv, --xlsx or --report');
  const level = values.level;
  if (level !== 'unit' && level !== 'sentence') throw new UsageError(`--level ${level}: use unit or sentence`);
  const style = values['lang-codes'];
  if (style !== 'short' && style !== 'region') throw new UsageError(`--lang-codes ${style}: use short (ro) or region (ro-RO)`);
  const langCodes: LangCodeStyle = style;
  const langs = parseLangs(values.langs);
  const tbxVersion = values['tbx-version'];
  if (tbxVersion !== '2' && tbxVersion !== '3') throw new UsageError(`--tbx-version ${tbxVersion}: use 2 (martif, what most CAT tools read) or 3 (ISO 30042:2019)`);
  const xliffTargets = values['xliff-targets'];
  if (xliffTargets !== 'version' && xliffTargets !== 'source' && xliffTargets !== 'none') {
    throw new UsageError(`--xliff-targets ${xliffTargets}: use version (the target version's text), source (a copy to translate over) or none`);
  }
  const source = parseLang(values.source, '--source');
  const target = parseLang(values.target, '--target');

  const inputs = await openInputs(positionals, { pivot: parseLang(values.pivot, '--pivot') });
  try {
    const { docs, project } = inputs;
    const unitGrid = inputs.grid('unit');
    const annotations: readonly ExportAnnotation[] = project?.annotations() ?? [];
    const report = (what: string, path: string, detail: string) => io.out(`${what.padEnd(6)} ${path}  ${detail}\n`);

    if (values.tmx) {
      const grid = level === 'unit' ? unitGrid : inputs.grid('sentence');
      let tus = 0;
      const bytes = writeChunks(
        values.tmx,
        (function* () {
          for (const c of tmxChunks(grid, docs, { level, langs, langCodes, annotations, includeEmpty: values['include-empty'] })) {
            if (c.startsWith('  <tu')) tus += c.split('<tu ').length - 1;
            yield c;
          }
        })(),
      );
      report('tmx', values.tmx, `${tus} TUs at ${level} level, ${(langs ?? grid.documents.map((d) => d.lang)).join(', ')}, ${(bytes / 1024).toFixed(0)} KiB`);
    }
    for (const [version, path] of [['2.1', values.xliff], ['1.2', values.xliff12]] as const) {
      if (!path) continue;
      const grid = level === 'unit' ? unitGrid : inputs.grid('sentence');
      // --source/--target name the pair; without them, --langs (or the two versions there are) does.
      const pair = target ? { source: source ?? grid.documents[grid.pivot].lang, target } : xliffPair(grid, source ? [source, ...(langs ?? [])] : langs);
      let units = 0;
      const bytes = writeChunks(
        path,
        (function* () {
          for (const c of xliffChunks(grid, docs, { version, level, ...pair, langCodes, annotations, targets: xliffTargets })) {
            units += c.split(version === '1.2' ? '<trans-unit ' : '<unit ').length - 1;
            yield c;
          }
        })(),
      );
      report(version === '1.2' ? 'xliff12' : 'xliff', path, `${units} ${version === '1.2' ? 'trans-units' : 'units'} at ${level} level, ${pair.source} → ${pair.target}, ${(bytes / 1024).toFixed(0)} KiB`);
    }
    let findings = null as ReturnType<typeof checkGrid> | null;
    const getFindings = () => (findings ??= project ? [...project.findings()] : checkGrid(unitGrid, docs, { accepted: inputs.accepted }));
    if (values.tbx || values.csv) {
      const entities: ExportNameEntity[] = project
        ? [...project.names()]
        : extractNames(unitGrid, docs).map((e) => ({ ...e, accepted: inputs.accepted[e.id] ?? {} }));
      if (values.tbx) {
        writeChunks(values.tbx, tbxChunks(entities, { langs, langCodes, title: docs[unitGrid.pivot]?.title, version: tbxVersion === '3' ? 3 : 2 }));
        report('tbx', values.tbx, `${entities.length} entities`);
      }
      if (values.csv) {
        writeChunks(values.csv, namesCsvChunks(entities, { langs, langCodes }));
        report('csv', values.csv, `${entities.length} entities`);
      }
    }
    if (values.xlsx) {
      const rows = await writeXlsx(values.xlsx, unitGrid, docs, { langs, findings: getFindings(), annotations, formatMessage: renderMessage });
      report('xlsx', values.xlsx, `${rows} rows`);
    }
    if (values.report) {
      const html = renderReport(unitGrid, docs, getFindings(), annotations, { dismissed: inputs.dismissed, formatMessage: renderMessage, generatedAt: new Date().toISOString().slice(0, 10) });
      writeChunks(values.report, [html]);
      report('report', values.report, `${getFindings().length} findings, ${annotations.length} annotations`);
    }
    return 0;
  } finally {
    inputs.close();
  }
}
