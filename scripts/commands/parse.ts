import { parseArgs } from 'node:util';
import type { ParsedDocument } from '../../core/index.js';
import type { CliIo } from '../lib/cli.js';
import { loadDocument, parseLang, UsageError } from '../lib/cli.js';

/** The JSON shape of `concordia parse --json` (issue #2). */
export function documentToJson(doc: ParsedDocument) {
  return {
    lang: doc.lang,
    title: doc.title,
    procedure: doc.procedure,
    references: doc.references,
    units: doc.units.map((u) => ({
      id: u.id,
      kind: u.kind,
      label: u.label,
      ordinal: u.ordinal,
      text: u.text,
      footnotes: u.calls.map((c) => c.n),
    })),
    footnotes: doc.footnotes.map((f) => ({ n: f.n, text: f.text })),
  };
}

/** A readable outline: counts first, then one line per unit with its label and the start of its text. */
export function outline(doc: ParsedDocument, fileName: string): string {
  const count = (k: string) => doc.units.filter((u) => u.kind === k).length;
  const lines: string[] = [];
  lines.push(`${fileName}  [${doc.lang}${doc.langSource === 'detected' ? ', detected' : ''}; ${doc.format}${doc.official ? '; official' : ''}]`);
  lines.push(`title      ${doc.title || '(none)'}`);
  if (doc.procedure) lines.push(`procedure  ${doc.procedure}`);
  if (doc.references.length) lines.push(`references ${doc.references.join(', ')}`);
  lines.push(
    `units      ${count('citation')} citations, ${count('recital')} recitals, ${count('paragraph') + count('closing')} paragraphs` +
      `${count('closing') ? ' (the last one closing)' : ''}, ${doc.footnotes.length} footnotes`,
  );
  lines.push('');
  for (const u of doc.units) {
    const label = u.kind === 'citation' ? '–' : (u.label ?? '');
    const calls = u.calls.length ? `  [footnotes ${u.calls.map((c) => c.n).join(', ')}]` : '';
    const text = u.text.length > 90 ? `${u.text.slice(0, 87)}…` : u.text;
    lines.push(`${u.kind.padEnd(9)} ${label.padStart(3)}  ${text}${calls}`);
  }
  if (doc.footnotes.length) {
    lines.push('');
    for (const f of doc.footnotes) lines.push(`footnote  ${String(f.n).padStart(3)}  ${f.text}`);
  }
  if (doc.warnings.length) {
    lines.push('');
    for (const w of doc.warnings) lines.push(`warning: ${w.message}${w.line ? ` (line ${w.line})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' }, json: { type: 'boolean', default: false }, unstructured: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one file');
  const file = positionals[0];
  const doc = await loadDocument(file, { lang: parseLang(values.lang), allowUnstructured: values.unstructured });
  if (values.json) io.out(`${JSON.stringify(documentToJson(doc), null, 2)}\n`);
  else io.out(outline(doc, file));
  return 0;
}
