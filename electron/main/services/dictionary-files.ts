import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InvalidInputError, NotFoundError } from '../../../core/errors.js';
import type { Dictionary, DictionaryPairs, DictionaryRead } from '../../../core/align/sentence-dictionary.js';
import { dictionaryLanguages, dictionaryPairKey, invertDictionary, mergeDictionaries, parseDictd, parseWordList } from '../../../core/align/sentence-dictionary.js';
import type { LangCode } from '../../../core/model/language.js';

/** Dictionary files above this size are refused before reading (FreeDict's largest pairs are under 40 MB unpacked). */
const MAX_DICTIONARY_BYTES = 256 * 1024 * 1024;

async function readLimited(path: string): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new NotFoundError(`${path}: no such file`);
  }
  if (size > MAX_DICTIONARY_BYTES) throw new InvalidInputError(`${path}: ${(size / 1048576).toFixed(0)} MB is more than a dictionary may be (${MAX_DICTIONARY_BYTES / 1048576} MB)`);
  return readFile(path);
}

/** The dictd pair of files a path names: `x.index` with `x.dict.dz` or `x.dict`, from any one of them. */
function dictdFiles(path: string): { index: string; data: string } | null {
  const base = /\.index$/.test(path) ? path.slice(0, -'.index'.length) : /\.dict(\.dz)?$/.test(path) ? path.replace(/\.dict(\.dz)?$/, '') : null;
  if (base === null) return null;
  const data = [`${base}.dict.dz`, `${base}.dict`].find((p) => existsSync(p));
  if (!data || !existsSync(`${base}.index`)) throw new NotFoundError(`${path}: a dictd dictionary needs both ${basename(base)}.index and ${basename(base)}.dict(.dz) in the same folder`);
  return { index: `${base}.index`, data };
}

/** Reads one dictionary file: dictd (FreeDict) by its `.index`/`.dict`/`.dict.dz` name, otherwise a word list. */
export async function readDictionaryFile(path: string): Promise<DictionaryRead> {
  const dictd = dictdFiles(path);
  if (dictd) {
    const raw = await readLimited(dictd.data);
    let data: Uint8Array;
    try {
      data = dictd.data.endsWith('.dz') ? gunzipSync(raw) : raw;
    } catch (e) {
      throw new InvalidInputError(`${dictd.data}: not a gzip (dictzip) file: ${(e as Error).message}`);
    }
    return parseDictd(new TextDecoder().decode(await readLimited(dictd.index)), data, basename(dictd.index));
  }
  return parseWordList(new TextDecoder('utf-8', { fatal: false }).decode(await readLimited(path)), basename(path));
}

/** A dictionary file with at least one word pair the aligner can use. */
async function readUsable(path: string): Promise<DictionaryRead> {
  const read = await readDictionaryFile(path);
  if (read.pairs === 0) throw new InvalidInputError(`${basename(path)}: no single-word entries (${read.phrases} multi-word entries are not used)`);
  return read;
}

export interface LoadedDictionaries {
  readonly dictionary: Dictionary;
  /** One line per file: its name, direction and size, for the user to see what was read. */
  readonly summary: readonly string[];
}

/**
 * Reads dictionaries for aligning `src` with `tgt` and merges them in that direction. A file whose name gives its
 * languages ("freedict-fra-deu", "fr-de.txt") is turned round when it runs the other way, and refused when it is
 * for another pair; a file whose name says nothing is taken as source → target.
 */
export async function loadDictionaries(paths: readonly string[], src?: LangCode, tgt?: LangCode): Promise<LoadedDictionaries> {
  const parts: Dictionary[] = [];
  const summary: string[] = [];
  for (const path of paths) {
    const read = await readUsable(path);
    const langs = dictionaryLanguages(path);
    let reversed = false;
    if (langs && src && tgt) {
      if (langs.from === tgt && langs.to === src) reversed = true;
      else if (langs.from !== src || langs.to !== tgt) {
        throw new InvalidInputError(`${basename(path)} is a ${langs.from}→${langs.to} dictionary; the texts are ${src}→${tgt}`);
      }
    }
    parts.push(reversed ? invertDictionary(read.dictionary) : read.dictionary);
    summary.push(`${basename(path)}: ${read.pairs} word pairs${reversed ? ', turned round' : ''}${read.phrases ? `, ${read.phrases} multi-word entries left out` : ''}`);
  }
  return { dictionary: mergeDictionaries(parts), summary };
}

/**
 * Reads dictionaries for aligning many versions: each file must name its languages ("ro-en.txt",
 * "freedict-deu-fra.index"), and serves its pair in both directions, so any version can be the pivot.
 */
export async function loadDictionaryPairs(paths: readonly string[]): Promise<{ readonly pairs: DictionaryPairs; readonly summary: readonly string[] }> {
  const parts = new Map<string, Dictionary[]>();
  const add = (key: string, d: Dictionary) => parts.set(key, [...(parts.get(key) ?? []), d]);
  const summary: string[] = [];
  for (const path of paths) {
    const langs = dictionaryLanguages(path);
    if (!langs) {
      throw new InvalidInputError(`${basename(path)}: name the two languages in the file name (for instance "ro-en.txt" or "freedict-ron-eng.index") so that Concordia knows which versions it is for`);
    }
    const read = await readUsable(path);
    add(dictionaryPairKey(langs.from, langs.to), read.dictionary);
    add(dictionaryPairKey(langs.to, langs.from), invertDictionary(read.dictionary));
    summary.push(`${basename(path)}: ${read.pairs} word pairs, ${langs.from}↔${langs.to}${read.phrases ? `, ${read.phrases} multi-word entries left out` : ''}`);
  }
  return { pairs: new Map([...parts].map(([k, ds]) => [k, mergeDictionaries(ds)])), summary };
}
