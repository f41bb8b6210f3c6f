import { parseArgs } from 'node:util';
import { LANGUAGES, missingCase } from '../../core/index.js';
import type { LangCode } from '../../core/index.js';
import { doceoId } from '../../core/fetch/index.js';
import { fetchOfficial } from '../../electron/main/services/fetch-service.js';
import type { FetchProgress, FetchReport, HttpSettings } from '../../electron/main/services/fetch-service.js';
import { openProject } from '../../electron/main/services/project-service.js';
import type { CliIo } from '../lib/cli.js';
import { EXIT_INPUT, EXIT_OK, parseLang, UsageError } from '../lib/cli.js';

function parseLangs(value: string | undefined): LangCode[] {
  if (!value) throw new UsageError('name the languages with --langs ro,en,… (or --langs all)');
  if (value.trim().toLowerCase() === 'all') return [...LANGUAGES];
  const langs = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseLang(s, '--langs') as LangCode);
  if (langs.length === 0) throw new UsageError('--langs: name at least one language');
  return [...new Set(langs)];
}

function positiveNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} ${value}: not a number ≥ 0`);
  return n;
}

/** Progress worth a line on stderr: waits, retries, redirects, failures. Plain requests stay quiet. */
function progressLine(p: FetchProgress): string | null {
  switch (p.phase) {
    case 'resolving':
    case 'retrying':
    case 'waiting':
    case 'redirected':
    case 'cancelled':
      return p.message;
    case 'requesting':
    case 'downloading':
    case 'importing':
    case 'done':
    case 'failed':
      return null;
    default:
      return missingCase(p.phase);
  }
}

const STATUS_WORDS = { imported: 'imported', saved: 'saved', unparsed: 'downloaded', cached: 'cached', failed: 'FAILED', cancelled: 'cancelled' } as const;

function reportText(report: FetchReport): string {
  const lines = [`${report.document}${report.procedure ? ` (procedure ${report.procedure.procedure})` : ''}`];
  for (const o of report.outcomes) lines.push(`  ${o.lang}  ${STATUS_WORDS[o.status].padEnd(10)} ${o.message.replace(/^[A-Z]{2}: /, '')}`);
  const failed = report.outcomes.filter((o) => o.status === 'failed' || o.status === 'cancelled').length;
  lines.push(`${report.outcomes.length - failed} of ${report.outcomes.length} languages stored${failed ? `; ${failed} not stored (nothing written for them)` : ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `concordia fetch REF --langs ro,en,… [--project P] [--out DIR]`: downloads official versions (issue #9).
 * Without --project and --out the files go to ./<doc id>/ (for example ./TA-9-2022-0012/).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      langs: { type: 'string' },
      project: { type: 'string' },
      out: { type: 'string' },
      'ep-base': { type: 'string' },
      'eurlex-base': { type: 'string' },
      refresh: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      retries: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one reference (P9_TA(2022)0012, RC-B9-0065/2022, 52022IP0012, 2022/2505(RSP) …)');
  const langs = parseLangs(values.langs);
  const timeout = positiveNumber(values.timeout, '--timeout');
  const retries = positiveNumber(values.retries, '--retries');
  const http: Partial<HttpSettings> = {
    ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
    ...(retries !== undefined ? { retries: Math.floor(retries) } : {}),
  };
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const project = values.project ? await openProject(values.project, { create: true }) : null;
  try {
    const report = await fetchOfficial(positionals[0], langs, {
      project,
      outDir: values.out ?? (project ? null : (ref) => doceoId(ref)),
      bases: { ...(values['ep-base'] ? { ep: values['ep-base'] } : {}), ...(values['eurlex-base'] ? { eurlex: values['eurlex-base'] } : {}) },
      http,
      refresh: values.refresh,
      signal: controller.signal,
      onProgress: (p) => {
        if (values.quiet) return;
        const line = progressLine(p);
        if (line) io.err(`${line}\n`);
      },
    });
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
    return report.outcomes.some((o) => o.status === 'failed' || o.status === 'cancelled') ? EXIT_INPUT : EXIT_OK;
  } finally {
    process.off('SIGINT', onSigint);
    project?.close();
  }
}
