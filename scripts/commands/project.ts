import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { detectFormat, parseDocument } from '../../core/index.js';
import { isAlignedFormat } from '../../core/parsers/aligned.js';
import type { LangCode } from '../../core/index.js';
import type { ImportResult, ProjectInfo, ProjectService } from '../../electron/ipc/project-api.js';
import { createProject, openProject } from '../../electron/main/services/project-service.js';
import { pullProject, pushProject } from '../lib/team-transfer.js';
import type { CliIo } from '../lib/cli.js';
import { parseLang, readInput, UsageError } from '../lib/cli.js';

const USAGE = 'project create P.concordia FILE… [--official LANG,…] | project add P FILE [--lang xx] [--official] [--replace] | project info P [--json] | project push P --db postgres://… | project pull --db postgres://… P';

function importLine(r: ImportResult, verb: string): string {
  const d = r.document;
  const extra = verb === 're-imported' ? `; ${r.reattached} span(s) re-attached, ${r.orphaned} orphaned` : '';
  return `${verb} ${d.name}  [${d.lang}${d.official ? ', official' : ''}; ${d.unitCount} units]  ${d.id}${extra}\n`;
}

function infoText(info: ProjectInfo): string {
  const lines = [`${info.path}  (schema ${info.schemaVersion}, ${(info.sizeBytes / 1024).toFixed(0)} KiB)`];
  for (const d of info.documents) {
    lines.push(`  ${d.id === info.pivot ? '*' : ' '} ${d.lang}  ${d.name.padEnd(24)} ${String(d.unitCount).padStart(4)} units  ${d.official ? 'official' : 'unofficial'}  ${d.checksum.slice(0, 12)}  ${d.updatedAt}${d.sourceUrl ? `  ${d.sourceUrl}` : ''}`);
  }
  lines.push(`annotations ${info.annotationCount} (${info.orphanedSpanCount} orphaned span(s)); findings ${info.findingCount} (${info.dismissedCount} dismissed)`);
  lines.push('* = pivot');
  return `${lines.join('\n')}\n`;
}

/** Adds one file: a TMX or an XLIFF without --lang brings every language it holds, anything else one version. */
async function importFile(
  p: ProjectService,
  bytes: Uint8Array,
  fileName: string,
  options: { lang?: LangCode; official?: boolean; allowUnstructured?: boolean },
): Promise<readonly ImportResult[]> {
  if (options.lang === undefined && isAlignedFormat(detectFormat(bytes, fileName))) return p.addTranslationMemory(bytes, { fileName, official: options.official });
  return [await p.addDocument(bytes, { fileName, ...options })];
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      // create: the languages whose versions are official (`--official ro`); add: a flag
      official: sub === 'create' ? { type: 'string' } : { type: 'boolean' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      unstructured: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  });
  switch (sub) {
    case 'create': {
      const [path, ...files] = positionals;
      if (!path) throw new UsageError(`name the project file: ${USAGE}`);
      const official = new Set(String(values.official ?? '').split(',').filter(Boolean).map((l) => parseLang(l, '--official') as LangCode));
      const p = await createProject(path);
      try {
        for (const f of files) {
          const bytes = await readInput(f);
          const lang = parseLang(values.lang);
          for (let r of await importFile(p, bytes, basename(f), { lang, allowUnstructured: values.unstructured })) {
            if (official.has(r.document.lang)) r = await p.replaceDocument(r.document.id, bytes, { fileName: basename(f), lang: r.document.lang, official: true });
            io.out(importLine(r, 'added'));
          }
        }
        io.out(`created ${path} with ${p.listDocuments().length} document(s)\n`);
      } finally {
        p.close();
      }
      return 0;
    }
    case 'add': {
      const [path, file, ...extra] = positionals;
      if (!path || !file || extra.length) throw new UsageError(`name the project and one file: ${USAGE}`);
      const lang = parseLang(values.lang);
      const official = values.official === undefined ? undefined : true;
      const p = await openProject(path);
      try {
        const bytes = await readInput(file);
        if (values.replace) {
          const docs = p.listDocuments();
          const target = lang ?? (await parseDocument(bytes, { fileName: basename(file), allowUnstructured: values.unstructured })).lang;
          const same = docs.filter((d) => d.lang === target);
          if (same.length !== 1) throw new UsageError(`--replace: the project has ${same.length} document(s) in ${target}; exactly one is needed`);
          io.out(importLine(await p.replaceDocument(same[0].id, bytes, { fileName: basename(file), lang, official, allowUnstructured: values.unstructured }), 're-imported'));
        } else {
          for (const r of await importFile(p, bytes, basename(file), { lang, official, allowUnstructured: values.unstructured })) io.out(importLine(r, 'added'));
        }
      } finally {
        p.close();
      }
      return 0;
    }
    case 'info': {
      const [path, ...extra] = positionals;
      if (!path || extra.length) throw new UsageError(`name one project: ${USAGE}`);
      const p = await openProject(path, { readOnly: true });
      try {
        const info = p.info();
        io.out(values.json ? `${JSON.stringify(info, null, 2)}\n` : infoText(info));
      } finally {
        p.close();
      }
      return 0;
    }
    case 'push':
    case 'pull': {
      const [path, ...extra] = positionals;
      // CONCORDIA_DB keeps the database password out of the process list.
      const db = values.db ?? process.env.CONCORDIA_DB;
      if (!path || extra.length || !db) throw new UsageError(`name one project file and the team database (--db or CONCORDIA_DB): ${USAGE}`);
      const moved = sub === 'push' ? await pushProject(path, db) : await pullProject(db, path);
      io.out(`${sub === 'push' ? `pushed ${path} to the team database` : `pulled the team database into ${path}`}: ${moved}\n`);
      return 0;
    }
    default:
      throw new UsageError(sub ? `unknown subcommand "${sub}": ${USAGE}` : USAGE);
  }
}
