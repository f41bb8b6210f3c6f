import { parseArgs } from 'node:util';
import { checkGrid, renderMessage } from '../../core/checks/index.js';
import type { Finding } from '../../core/index.js';
import type { CliIo } from '../lib/cli.js';
import { parseLang, UsageError } from '../lib/cli.js';
import { openInputs } from '../lib/open-inputs.js';

/** The JSON shape of `concordia check --json` (issue #5). */
export function findingToJson(f: Finding) {
  return {
    id: f.id,
    type: f.type,
    severity: f.severity,
    row: f.row,
    langs: f.langs,
    message: renderMessage(f.message),
    spans: f.spans.map((s) => ({ lang: s.lang, unit: s.unit, start: s.start, end: s.end, text: s.text })),
  };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, pivot: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('name at least one file, or a project');
  const inputs = await openInputs(positionals, { pivot: parseLang(values.pivot, '--pivot') });
  let findings: Finding[];
  try {
    findings = checkGrid(inputs.grid('unit'), inputs.docs, { accepted: inputs.accepted });
  } finally {
    inputs.close();
  }
  // A project remembers the findings a reviewer dismissed; they stay out unless --all asks for them.
  const dismissed = findings.filter((f) => inputs.dismissed.has(f.id)).length;
  if (!values.all) findings = findings.filter((f) => !inputs.dismissed.has(f.id));
  if (values.json) {
    io.out(`${JSON.stringify({ findings: findings.map(findingToJson) }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${f.row.padEnd(12)} ${f.severity.padEnd(7)} ${f.type.padEnd(15)} ${renderMessage(f.message)}`);
    for (const s of f.spans) lines.push(`${''.padEnd(36)}${s.lang} ${s.unit} ${s.start}-${s.end}: ${s.text.length > 80 ? `${s.text.slice(0, 77)}…` : s.text}`);
  }
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  lines.push('', `${findings.length} findings${counts.size ? `: ${[...counts].map(([t, n]) => `${n} ${t}`).join(', ')}` : ''}${dismissed && !values.all ? ` (${dismissed} dismissed not shown; --all shows them)` : ''}`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
