// Dictionaries added to a project in the app (desktop or browser mode): the uploaded bytes of one word list, or of
// the two files of a dictd dictionary, read into word pairs with a language pair, or refused with an error the UI
// can word in its own language (InvalidInputError/ParseError params, `errors.<code>_<variant>` in the locales).
// The CLI reads dictionaries from paths instead (dictionary-files.ts); both parse with core/align/sentence-dictionary.
import { gunzipSync } from 'node:zlib';
import { CoreError, InvalidInputError, isLangCode, ParseError } from '../../../core/index.js';
import type { LangCode } from '../../../core/index.js';
import type { DictionaryRead } from '../../../core/align/sentence-dictionary.js';
import { dictionaryLanguages, parseDictd, parseWordList } from '../../../core/align/sentence-dictionary.js';
import type { DictionaryFormat } from '../db/repositories/dictionaries-repo.js';
import { MAX_DICTIONARY_FILE_BYTES } from '../../ipc/project-api.js';

export { MAX_DICTIONARY_FILE_BYTES };
/** Largest unpacked dictd data: a .dict.dz that inflates beyond this is refused rather than held in memory. */
export const MAX_DICTIONARY_DATA_BYTES = 128 * 1024 * 1024;

export interface DictionaryUpload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ReadDictionary {
  /** The word list's name, or the dictd index's. */
  readonly name: string;
  readonly format: DictionaryFormat;
  readonly from: LangCode;
  readonly to: LangCode;
  readonly read: DictionaryRead;
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '');
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

function invalid(message: string, params: Record<string, string | number>): InvalidInputError {
  return new InvalidInputError(message, { params });
}

function checkSize(f: DictionaryUpload): void {
  if (f.bytes.length > MAX_DICTIONARY_FILE_BYTES) {
    throw new ParseError('dictionary', `${f.fileName}: the file is ${mb(f.bytes.length)} MB; a dictionary file may be ${MAX_DICTIONARY_FILE_BYTES / 1048576} MB`, {
      code: 'too-large',
      params: { size: mb(f.bytes.length), limit: MAX_DICTIONARY_FILE_BYTES / 1048576 },
    });
  }
}

type DictdPart = 'index' | 'dict' | 'dict.dz';
function dictdPart(fileName: string): { stem: string; part: DictdPart } | null {
  const m = /^(.*)\.(index|dict\.dz|dict)$/i.exec(baseName(fileName));
  return m ? { stem: m[1], part: m[2].toLowerCase() as DictdPart } : null;
}

function utf8(f: DictionaryUpload): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
  } catch {
    throw invalid(`${f.fileName}: not UTF-8 text`, { variant: 'dictionary-encoding', file: f.fileName });
  }
}

/** A core parser's refusal (a broken dictd index), kept as the detail of a dictionary error with params. */
function unreadable(file: string, e: unknown): never {
  if (e instanceof CoreError) throw invalid(e.message, { variant: 'dictionary-unreadable', file, detail: e.message });
  throw e;
}

function readWordList(f: DictionaryUpload): DictionaryRead {
  const text = utf8(f);
  try {
    return parseWordList(text, f.fileName);
  } catch (e) {
    // A line in neither format comes with its params (dictionary-line); anything else is "unreadable".
    if (e instanceof InvalidInputError && e.params) throw e;
    return unreadable(f.fileName, e);
  }
}

function readDictd(index: DictionaryUpload, data: DictionaryUpload): DictionaryRead {
  let bytes: Uint8Array = data.bytes;
  if (/\.dz$/i.test(data.fileName)) {
    try {
      // dictzip is gzip with a random-access table in the header's extra field: a plain gunzip reads it whole.
      bytes = gunzipSync(data.bytes, { maxOutputLength: MAX_DICTIONARY_DATA_BYTES });
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw invalid(`${data.fileName}: unpacks to more than ${MAX_DICTIONARY_DATA_BYTES / 1048576} MB`, {
          variant: 'dictionary-unpacked-too-large',
          file: data.fileName,
          limit: MAX_DICTIONARY_DATA_BYTES / 1048576,
        });
      }
      throw invalid(`${data.fileName}: not a gzip (dictzip) file`, { variant: 'dictionary-gzip', file: data.fileName });
    }
  }
  try {
    return parseDictd(utf8(index), bytes, index.fileName);
  } catch (e) {
    if (e instanceof InvalidInputError && e.params) throw e;
    return unreadable(index.fileName, e);
  }
}

/** Which files make the dictionary: one word list, or a dictd index with its data. */
function arrange(files: readonly DictionaryUpload[]): { format: 'word-list'; list: DictionaryUpload } | { format: 'dictd'; index: DictionaryUpload; data: DictionaryUpload } {
  const parts = files.map((f) => ({ f, d: dictdPart(f.fileName) }));
  const index = parts.find((p) => p.d?.part === 'index');
  const data = parts.find((p) => p.d && p.d.part !== 'index');
  if (files.length === 1 && !parts[0].d) return { format: 'word-list', list: files[0] };
  if (files.length === 2 && index && data && index.d!.stem === data.d!.stem) return { format: 'dictd', index: index.f, data: data.f };
  const stem = (index ?? data)?.d?.stem;
  if (files.length <= 2 && stem !== undefined && parts.every((p) => p.d?.stem === stem)) {
    throw invalid(`a dictd dictionary needs both ${stem}.index and ${stem}.dict.dz (or ${stem}.dict): add the two files together`, {
      variant: 'dictionary-dictd-pair',
      stem,
    });
  }
  throw invalid(`add one word list, or the two files of one dictd dictionary (.index and .dict.dz); got ${files.map((f) => f.fileName).join(', ')}`, {
    variant: 'dictionary-files',
    files: files.map((f) => f.fileName).join(', '),
  });
}

/**
 * Reads an uploaded dictionary. Its languages are `langs` when the user chose them, else what the file name says
 * ("ro-en.txt", "freedict-deu-fra.index"); a name that says nothing is refused (variant dictionary-languages), so
 * a language pair is never guessed. Throws CoreErrors with params for every bad input: too large, not UTF-8, a
 * line in neither word-list format, a lone half of a dictd pair, a broken index or gzip, no single-word entries.
 */
export function readUploadedDictionary(files: readonly DictionaryUpload[], langs: { readonly from?: LangCode; readonly to?: LangCode } = {}): ReadDictionary {
  if (files.length === 0) throw invalid('no dictionary file given', { variant: 'dictionary-files', files: '' });
  for (const f of files) checkSize(f);
  const arranged = arrange(files);
  const name = baseName(arranged.format === 'word-list' ? arranged.list.fileName : arranged.index.fileName);
  if ((langs.from === undefined) !== (langs.to === undefined)) {
    throw invalid(`${name}: choose both the source and the target language`, { variant: 'dictionary-languages', file: name });
  }
  const chosen = langs.from !== undefined && langs.to !== undefined ? { from: langs.from, to: langs.to } : dictionaryLanguages(name);
  if (!chosen) {
    throw invalid(`${name}: the name does not say which languages the dictionary is for ("ro-en.txt", "freedict-deu-fra.index"); choose them`, {
      variant: 'dictionary-languages',
      file: name,
    });
  }
  for (const l of [chosen.from, chosen.to]) {
    if (!isLangCode(l)) throw invalid(`${name}: ${String(l)} is not an EU language code`, { variant: 'dictionary-language-code', file: name, lang: String(l) });
  }
  if (chosen.from === chosen.to) {
    throw invalid(`${name}: a dictionary pairs two different languages, not ${chosen.from} with itself`, { variant: 'dictionary-same-language', file: name, lang: chosen.from });
  }
  const read = arranged.format === 'word-list' ? readWordList(arranged.list) : readDictd(arranged.index, arranged.data);
  if (read.pairs === 0) {
    throw invalid(`${name}: no single-word entries (${read.phrases} multi-word entries are not used)`, { variant: 'dictionary-no-pairs', file: name, phrases: read.phrases });
  }
  return { name, format: arranged.format, from: chosen.from, to: chosen.to, read };
}
