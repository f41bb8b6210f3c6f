// Turns the inputs of align/check/names/export (FILE… or one PROJECT.concordia) into documents and a grid.
import { basename } from 'node:path';
import { alignDocuments, memoryPairing } from '../../core/align/index.js';
import type { AlignOptions } from '../../core/align/index.js';
import type { DictionaryPairs } from '../../core/align/sentence-dictionary.js';
import { mergeDictionaries } from '../../core/align/sentence-dictionary.js';
import type { AcceptedSpellings } from '../../core/checks/types.js';
import { InvalidInputError } from '../../core/index.js';
import type { AlignmentGrid, LangCode, ParsedDocument } from '../../core/index.js';
import type { SqliteProject } from '../../electron/main/services/project-service.js';
import { openProject } from '../../electron/main/services/project-service.js';
import { loadDocument } from './cli.js';

export interface OpenInputsOptions {
  /** Language of the files (ignored for a project, whose documents carry their own). */
  readonly lang?: LangCode;
  /** Pivot language; for a project the default is the project's pivot. */
  readonly pivot?: LangCode;
  /** Accept texts without EP structure (files only). */
  readonly allowUnstructured?: boolean;
  /** Open a project for writing (default false: a separate read-only connection, never holding the write lock). */
  readonly writable?: boolean;
}

export interface OpenedInputs {
  /** The documents, in column order. */
  readonly docs: readonly ParsedDocument[];
  /** Display names (file or document names), in the same order. */
  readonly names: readonly string[];
  /** The aligned grid; for a project, with the user's alignment corrections applied. */
  grid(level?: 'unit' | 'sentence', extra?: GridExtras): AlignmentGrid;
  /** Ids of findings dismissed in the project (empty for files): leave them out or mark them. */
  readonly dismissed: ReadonlySet<string>;
  /** Accepted name spellings: entity id → language → text (empty for files); pass to checkGrid as `accepted`. */
  readonly accepted: AcceptedSpellings;
  /** The open project when the input was a `.concordia` file. */
  readonly project?: SqliteProject;
  /** Closes the project, if any. Safe to call twice. */
  close(): void;
}

export function isProjectPath(path: string): boolean {
  return /\.concordia$/i.test(path);
}

function pivotIndex(docs: readonly ParsedDocument[], pivot: LangCode | undefined): number | undefined {
  if (!pivot) return undefined;
  const i = docs.findIndex((d) => d.lang === pivot);
  if (i < 0) throw new InvalidInputError(`--pivot ${pivot}: none of the documents is in that language (${docs.map((d) => d.lang).join(', ')})`);
  return i;
}

/** Alignment options a command adds to the grid (dictionaries and the core vocabulary for the sentence level). */
export type GridExtras = Pick<AlignOptions, 'dictionaries' | 'vocabulary'>;

/** Dictionaries of two sets merged pair by pair. */
function mergePairs(a: DictionaryPairs | undefined, b: DictionaryPairs | undefined): DictionaryPairs | undefined {
  if (!a || !b) return a ?? b;
  const out = new Map(a);
  for (const [k, d] of b) {
    const mine = out.get(k);
    out.set(k, mine ? mergeDictionaries([mine, d]) : d);
  }
  return out;
}

/**
 * Opens `FILE…` (each parsed) or exactly one `PROJECT.concordia` (its stored documents, pivot, corrections, dismissed
 * findings and accepted spellings). @throws InvalidInputError for a project mixed with files, and whatever
 * loading or opening throws (NotFoundError, ParseError, ProjectFileError, DatabaseFromFutureError).
 */
export async function openInputs(paths: readonly string[], opts: OpenInputsOptions = {}): Promise<OpenedInputs> {
  if (paths.length === 0) throw new InvalidInputError('name at least one file or a project');
  const projects = paths.filter(isProjectPath);
  if (projects.length > 0) {
    if (paths.length !== 1) throw new InvalidInputError('name either one project (.concordia) or language versions, not both');
    const project = await openProject(paths[0], { readOnly: !opts.writable, backup: !!opts.writable });
    try {
      const { docIds } = project.grid();
      if (docIds.length === 0) throw new InvalidInputError(`${paths[0]}: the project has no documents yet`);
      const docs = docIds.map((id) => project.getDocument(id));
      const byId = new Map(project.listDocuments().map((d) => [d.id, d.name]));
      const names = docIds.map((id) => byId.get(id) ?? id);
      const pivot = pivotIndex(docs, opts.pivot);
      return {
        docs,
        names,
        grid(level = 'unit', extra: GridExtras = {}) {
          if (pivot === undefined && !extra.dictionaries && extra.vocabulary !== false) return project.grid({ level }).grid;
          // another pivot than the project's, or dictionaries: same columns, so the stored corrections still apply;
          // the project's own dictionaries and vocabulary setting hold too, with the command's added or turned off
          const stored = project.grid();
          const checksums = new Map(project.listDocuments().map((d) => [d.id, d.checksum]));
          const pairedBy = memoryPairing(docs, docIds.map((id) => checksums.get(id) ?? null));
          const own = project.sentenceEvidence(docs.map((d) => d.lang));
          const dictionaries = mergePairs(own.dictionaries, extra.dictionaries);
          const vocabulary = own.vocabulary && extra.vocabulary !== false;
          return alignDocuments(docs, { pivot: pivot ?? stored.grid.pivot, level, names, corrections: stored.corrections, pairedBy, dictionaries, vocabulary });
        },
        dismissed: project.dismissedFindingIds(),
        accepted: project.acceptedSpellings(),
        project,
        close: () => project.close(),
      };
    } catch (e) {
      project.close();
      throw e;
    }
  }
  const docs: ParsedDocument[] = [];
  for (const p of paths) docs.push(await loadDocument(p, { lang: opts.lang, allowUnstructured: opts.allowUnstructured }));
  const names = paths.map((p) => basename(p));
  const pivot = pivotIndex(docs, opts.pivot);
  return {
    docs,
    names,
    grid: (level = 'unit', extra: GridExtras = {}) => alignDocuments(docs, { pivot, level, names, ...extra }),
    dismissed: new Set(),
    accepted: {},
    close: () => undefined,
  };
}
