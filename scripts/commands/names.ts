import { parseArgs } from 'node:util';
import { namesCsvToString } from '../../core/export/csv.js';
import type { ExportNameEntity } from '../../core/export/types.js';
import { extractNames } from '../../core/names/index.js';
import type { NameEntity, NameForm } from '../../core/index.js';
import type { CliIo } from '../lib/cli.js';
import { UsageError } from '../lib/cli.js';
import { openInputs } from '../lib/open-inputs.js';

/** The JSON shape of `concordia names --json` (issue #5). */
export function entityToJson(e: NameEntity) {
  return {
    id: e.id,
    type: e.type,
    forms: e.forms.map((f) => ({
      lang: f.lang,
      text: f.text,
      count: f.count,
      conventional: f.conventional,
      ...(f.expected ? { expected: f.expected } : {}),
      ...(f.confidence ? { confidence: f.confidence } : {}),
      ...(f.sources?.length ? { sources: f.sources.map((s) => ({ lang: s.lang, text: s.text })) } : {}),
    })),
  };
}

const sourcesText = (f: NameForm) => (f.sources ?? []).map((s) => `${s.lang.toUpperCase()} ${s.text}`).join('; ');

/** "certain, from BG Асхат" / "likely, from the spelling alone": how sure a convention verdict is, and why. */
function verdictBasis(f: NameForm): string {
  return `${f.confidence ?? 'likely'}, ${f.sources?.length ? `from ${sourcesText(f)}` : 'from the spelling alone'}`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('name at least one file, or a project');
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  const inputs = await openInputs(positionals);
  let entities: readonly ExportNameEntity[];
  try {
    // What the app's names export reads: a project's names with its accepted spellings (and corrections), files'
    // names with none.
    entities = inputs.project ? [...inputs.project.names()] : extractNames(inputs.grid('unit'), inputs.docs).map((e) => ({ ...e, accepted: inputs.accepted[e.id] ?? {} }));
  } finally {
    inputs.close();
  }
  if (values.json) {
    io.out(`${JSON.stringify({ entities: entities.map(entityToJson) }, null, 2)}\n`);
    return 0;
  }
  if (values.csv) {
    // Byte for byte the file the app's names export and `export --csv` write (core/export/csv.ts): the same
    // columns, and confidence and sources only on a convention breach — where a terminologist has to weigh the
    // verdict; on a conforming spelling they would only repeat that nothing is wrong.
    io.out(namesCsvToString(entities));
    return 0;
  }
  const lines: string[] = [];
  for (const e of entities) {
    const forms = e.forms.map((f) => `${f.lang}:${f.text}${f.count > 1 ? `×${f.count}` : ''}${f.conventional === false ? ` (convention: ${f.expected ?? '?'}, ${verdictBasis(f)})` : ''}`);
    lines.push(`${e.type.padEnd(12)} ${forms.join(' / ')}`);
  }
  lines.push('', `${entities.length} entities`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
