// The open project of a running app (Electron main or the browser-mode server): opening files, the bundled demo
// project on first start, and the export formats this build can write.
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { namesCsvToString } from '../../../core/export/csv.js';
import { renderReport } from '../../../core/export/report.js';
import { tbxToString } from '../../../core/export/tbx.js';
import { xliffPair, xliffToString } from '../../../core/export/xliff.js';
import { tmxToString } from '../../../core/export/tmx.js';
import { isLangCode, renderMessage } from '../../../core/index.js';
import { writeXlsx } from '../services/xlsx-export.js';
import type { ExportDocument } from '../../../core/export/types.js';
import type { ExportFormat } from '../../ipc/contract.js';
import type { ProjectExporter } from '../handlers.js';
import type { DocumentId, ProjectInfo, ProjectService } from '../../ipc/project-api.js';
import { openProject } from '../services/project-service.js';

export const DEMO_PROJECT_NAME = 'demo.concordia';

/** ~/.concordia, or CONCORDIA_HOME when set (tests and portable installs). */
export function defaultUserDataDir(): string {
  return process.env.CONCORDIA_HOME ?? join(homedir(), '.concordia');
}

/** The project file named on a command line: the last argument that is not an option. */
export function projectFromArgs(args: readonly string[]): string | null {
  const candidates = args.filter((a) => !a.startsWith('-') && (extname(a) === '.concordia' || existsSync(a)) && extname(a) !== '.js');
  return candidates.length ? candidates[candidates.length - 1] : null;
}

interface ManifestVersion {
  readonly lang: string;
  readonly file: string;
  readonly format: string;
  readonly official: boolean;
}
interface Manifest {
  readonly documents: readonly { readonly id: string; readonly pivot?: string; readonly versions: readonly ManifestVersion[] }[];
}

/**
 * Creates a project from the bundled corpus: every version of the first manifest document, with its official
 * flag (only the Romanian text is official), the manifest's pivot set. Returns the project path.
 */
export async function createProjectFromCorpus(corpusDir: string, target: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as Manifest;
  const entry = manifest.documents[0];
  if (!entry) throw new Error(`${join(corpusDir, 'manifest.json')}: no documents`);
  const project = await openProject(target, { create: true, backup: false });
  try {
    let pivot: DocumentId | null = null;
    for (const v of entry.versions) {
      const bytes = new Uint8Array(await readFile(join(corpusDir, v.file)));
      const lang = isLangCode(v.lang) ? v.lang : undefined;
      const result = await project.addDocument(bytes, { fileName: v.file.split('/').pop() ?? v.file, lang, official: v.official });
      if (v.lang === entry.pivot) pivot = result.document.id;
    }
    if (pivot) project.setPivot(pivot);
  } finally {
    project.close();
  }
  return target;
}

function exportDocuments(project: ProjectService, docIds: readonly DocumentId[]): ExportDocument[] {
  return docIds.map((id) => project.getDocument(id));
}

const stamp = (d: Date) => d.toISOString().slice(0, 10);
const projectStem = (project: ProjectService) => (project.path.split(/[\\/]/).pop() ?? 'project').replace(/\.concordia$/, '');

const tmxExporter: ProjectExporter = async (project, options) => {
  const { grid, docIds } = project.grid({ level: 'unit' });
  const annotations = project.annotations();
  const xml = tmxToString(grid, exportDocuments(project, docIds), {
    level: 'unit',
    langs: options.langs,
    annotations: annotations.map((a) => ({ ...a, spans: a.spans.map((s) => ({ ...s })) })),
  });
  return {
    fileName: `${projectStem(project)}-${stamp(new Date())}.tmx`,
    mimeType: 'application/x-tmx+xml',
    dataBase64: Buffer.from(xml, 'utf8').toString('base64'),
  };
};

/** XLIFF: one pair — the chosen target against the pivot (or the two chosen languages), see `xliffPair`. */
const xliffExporter =
  (version: '2.1' | '1.2'): ProjectExporter =>
  async (project, options) => {
    const { grid, docIds } = project.grid({ level: 'unit' });
    const pair = xliffPair(grid, options.langs);
    const xml = xliffToString(grid, exportDocuments(project, docIds), {
      version,
      level: 'unit',
      ...pair,
      annotations: project.annotations().map((a) => ({ ...a, spans: a.spans.map((s) => ({ ...s })) })),
    });
    return {
      fileName: `${projectStem(project)}-${pair.source}-${pair.target}-xliff${version === '1.2' ? '12' : '21'}-${stamp(new Date())}.xlf`,
      mimeType: 'application/xliff+xml',
      dataBase64: Buffer.from(xml, 'utf8').toString('base64'),
    };
  };

const text = (fileName: string, mimeType: string, body: string) => ({
  fileName,
  mimeType,
  dataBase64: Buffer.from(body, 'utf8').toString('base64'),
});

const tbxExporter: ProjectExporter = async (project, options) => {
  const { grid } = project.grid({ level: 'unit' });
  const body = tbxToString(project.names(), { langs: options.langs, title: grid.documents[grid.pivot]?.name });
  return text(`${projectStem(project)}-names-${stamp(new Date())}.tbx`, 'application/x-tbx+xml', body);
};

const csvExporter: ProjectExporter = async (project, options) =>
  text(`${projectStem(project)}-names-${stamp(new Date())}.csv`, 'text/csv', namesCsvToString(project.names(), { langs: options.langs }));

const reportExporter: ProjectExporter = async (project) => {
  const { grid, docIds } = project.grid({ level: 'unit' });
  const findings = project.findings();
  const dismissed = new Set(findings.filter((f) => f.review === 'dismissed').map((f) => f.id));
  const html = renderReport(grid, exportDocuments(project, docIds), findings, project.annotations(), {
    dismissed,
    formatMessage: renderMessage,
    generatedAt: stamp(new Date()),
  });
  return text(`${projectStem(project)}-report-${stamp(new Date())}.html`, 'text/html', html);
};

// exceljs streams to a file: write to a private temporary folder, read the bytes back, remove it.
const xlsxExporter: ProjectExporter = async (project, options) => {
  const { grid, docIds } = project.grid({ level: 'unit' });
  const dir = await mkdtemp(join(tmpdir(), 'concordia-xlsx-'));
  try {
    const path = join(dir, 'grid.xlsx');
    await writeXlsx(path, grid, exportDocuments(project, docIds), {
      langs: options.langs,
      findings: project.findings(),
      annotations: project.annotations(),
      formatMessage: renderMessage,
    });
    return {
      fileName: `${projectStem(project)}-${stamp(new Date())}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: (await readFile(path)).toString('base64'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Export formats this build writes. */
export const EXPORTERS: Partial<Record<ExportFormat, ProjectExporter>> = {
  tmx: tmxExporter,
  xliff: xliffExporter('2.1'),
  xliff12: xliffExporter('1.2'),
  tbx: tbxExporter,
  csv: csvExporter,
  xlsx: xlsxExporter,
  report: reportExporter,
};

export class ProjectSession {
  current: ProjectService | null = null;
  readonly exporters = EXPORTERS;
  private readonly corpusDir: string;
  private readonly userDataDir: string;

  constructor(options: { corpusDir: string; userDataDir?: string }) {
    this.corpusDir = options.corpusDir;
    this.userDataDir = options.userDataDir ?? defaultUserDataDir();
  }

  /** The demo project in the user data folder, created from the corpus on first start. */
  async ensureDemoProject(): Promise<string> {
    mkdirSync(this.userDataDir, { recursive: true });
    const path = join(this.userDataDir, DEMO_PROJECT_NAME);
    if (!existsSync(path)) await createProjectFromCorpus(this.corpusDir, path);
    return path;
  }

  /** Opens `path` (created when missing) and closes the project that was open. */
  async open(path: string): Promise<ProjectInfo> {
    const next = await openProject(path, { create: true });
    this.current?.close();
    this.current = next;
    return next.info();
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }
}
