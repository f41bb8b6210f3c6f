import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// Narrow imports, not core/index.js: every command and `--help` load this module, and the whole core (with the
// parsers) would otherwise load with it. The parsers load in loadDocument, when a command reads a document.
import { CoreError, InvalidInputError, NotFoundError, ParseError } from '../../core/errors.js';
import { isLangCode } from '../../core/model/language.js';
import { MAX_INPUT_BYTES } from '../../core/parsers/types.js';
import type { LangCode, ParsedDocument, ParseOptions } from '../../core/index.js';

/** What a CLI command writes to; tests pass collectors, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

/** Raised for a wrong command line; printed as one line plus the usage hint. */
export class UsageError extends InvalidInputError {}

export function parseLang(value: string | undefined, what = '--lang'): LangCode | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (!isLangCode(v)) throw new UsageError(`${what} ${value}: not an EU language code (bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv)`);
  return v;
}

/** Reads a file the user named, with a clear error when it is missing or a folder. */
export async function readInput(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new NotFoundError(`${path}: no such file`);
  }
  if (info.isDirectory()) throw new NotFoundError(`${path}: is a folder, not a file`);
  // Refuse an oversized file before reading it into memory.
  if (info.size > MAX_INPUT_BYTES) {
    throw new ParseError('txt', `the file is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`, {
      code: 'too-large',
      location: { file: basename(path) },
    });
  }
  return new Uint8Array(await readFile(path));
}

const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus');

interface ManifestVersion {
  readonly lang: string;
  readonly file: string;
  readonly official: boolean;
}

let manifestCache: Promise<readonly ManifestVersion[]> | null = null;

/** The bundled corpus manifest's versions (empty when the manifest cannot be read). */
export function corpusVersions(): Promise<readonly ManifestVersion[]> {
  manifestCache ??= readFile(join(CORPUS_DIR, 'manifest.json'), 'utf8').then(
    (text) => (JSON.parse(text) as { documents: { versions: ManifestVersion[] }[] }).documents.flatMap((d) => d.versions),
    () => [],
  );
  return manifestCache;
}

/** Whether a path is a bundled corpus file the manifest marks official (only the Romanian text is). */
export async function isOfficialCorpusFile(path: string): Promise<boolean> {
  const rel = relative(CORPUS_DIR, resolve(path)).split('\\').join('/');
  return (await corpusVersions()).some((v) => v.file === rel && v.official);
}

/**
 * Reads and parses one language version named on the command line. Files of the bundled corpus take their
 * official flag from corpus/manifest.json; any other file is unofficial unless the caller says otherwise.
 */
export async function loadDocument(path: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const bytes = await readInput(path);
  const official = options.official ?? (await isOfficialCorpusFile(path));
  const { parseDocument } = await import('../../core/parsers/index.js');
  return parseDocument(bytes, { fileName: basename(path), ...options, official });
}

/** Turns any thrown value into a one-line message and an exit code: input problems 2, our bugs 1. */
export function reportError(e: unknown, io: CliIo): number {
  if (e instanceof CoreError) {
    io.err(`concordia: ${e.message}\n`);
    return EXIT_INPUT;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`concordia: internal error: ${message}\n`);
  if (process.env.CONCORDIA_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  return EXIT_INTERNAL;
}
