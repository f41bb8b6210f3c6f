import { parseArgs } from 'node:util';
import type { AnnotationCategory, SpanInput } from '../../electron/ipc/project-api.js';
import { ANNOTATION_CATEGORIES } from '../../electron/ipc/project-api.js';
import { openProject } from '../../electron/main/services/project-service.js';
import type { CliIo } from '../lib/cli.js';
import { parseLang, UsageError } from '../lib/cli.js';

const USAGE = 'annotate P --row KEY --lang LANG --text "quoted words" --category C [--comment …] [--author …] [--occurrence N]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      row: { type: 'string' },
      lang: { type: 'string' },
      text: { type: 'string' },
      category: { type: 'string' },
      comment: { type: 'string' },
      author: { type: 'string' },
      occurrence: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`name one project: ${USAGE}`);
  const { row, text, category } = values;
  const lang = parseLang(values.lang);
  if (!row || !lang || !text || !category) throw new UsageError(`--row, --lang, --text and --category are required: ${USAGE}`);
  if (!(ANNOTATION_CATEGORIES as readonly string[]).includes(category)) throw new UsageError(`--category ${category}: one of ${ANNOTATION_CATEGORIES.join(', ')}`);
  const occurrence = values.occurrence === undefined ? 1 : Number(values.occurrence);
  if (!Number.isInteger(occurrence) || occurrence < 1) throw new UsageError(`--occurrence ${values.occurrence}: a whole number from 1`);

  const p = await openProject(positionals[0]);
  try {
    const { grid, docIds } = p.grid();
    const docs = docIds.map((id, i) => ({ id, i, lang: grid.documents[i].lang }));
    const ofLang = docs.filter((d) => d.lang === lang);
    if (ofLang.length === 0) throw new UsageError(`--lang ${lang}: the project has no document in that language`);
    const r = grid.rows.find((x) => x.key === row);
    if (!r) throw new UsageError(`--row ${row}: no such row (rows look like ${grid.rows.slice(0, 4).map((x) => x.key).join(', ')}, …)`);
    let span: SpanInput | undefined;
    let seen = 0;
    outer: for (const d of ofLang) {
      for (const seg of r.cells[d.i]) {
        for (let at = seg.text.indexOf(text); at >= 0; at = seg.text.indexOf(text, at + 1)) {
          if (++seen === occurrence) {
            span = { docId: d.id, rowKey: row, unitId: seg.id, start: at, end: at + text.length };
            break outer;
          }
        }
      }
    }
    if (!span) throw new UsageError(`--text "${text}": ${seen ? `only ${seen} occurrence(s)` : 'not found'} in row ${row} of the ${lang} version`);
    const a = p.createAnnotation({ category: category as AnnotationCategory, comment: values.comment, author: values.author, spans: [span] });
    io.out(values.json ? `${JSON.stringify(a, null, 2)}\n` : `annotated ${row} [${lang}] "${text}" as ${category}: ${a.id}\n`);
  } finally {
    p.close();
  }
  return 0;
}
