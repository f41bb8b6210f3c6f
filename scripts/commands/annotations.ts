import { parseArgs } from 'node:util';
import type { Annotation } from '../../electron/ipc/project-api.js';
import { openProject } from '../../electron/main/services/project-service.js';
import type { CliIo } from '../lib/cli.js';
import { UsageError } from '../lib/cli.js';

function line(a: Annotation): string {
  const head = `${a.id}  ${a.category}/${a.status}${a.author ? `  by ${a.author}` : ''}  ${a.updatedAt}`;
  const spans = a.spans.map((s) => `    ${s.lang}  ${s.rowKey}${s.unitId !== s.rowKey ? ` (${s.unitId})` : ''}  ${s.start}–${s.end}  "${s.quote}"${s.state === 'attached' ? '' : `  [${s.state}]`}`);
  return [head, ...spans, ...(a.comment ? [`    — ${a.comment}`] : [])].join('\n');
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError('name one project: annotations P [--json]');
  const p = await openProject(positionals[0], { readOnly: true });
  try {
    const list = p.annotations();
    if (values.json) io.out(`${JSON.stringify(list, null, 2)}\n`);
    else io.out(list.length ? `${list.map(line).join('\n')}\n${list.length} annotation(s)\n` : 'no annotations\n');
  } finally {
    p.close();
  }
  return 0;
}
