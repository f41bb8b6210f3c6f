import type { WritableDb } from '../handles.js';
import * as m0010 from './0010-create-documents.js';
import * as m0020 from './0020-create-corrections.js';
import * as m0030 from './0030-create-annotations.js';
import * as m0040 from './0040-create-reviews.js';
import * as m0050 from './0050-create-journal.js';
import * as m0060 from './0060-create-dictionaries.js';

export interface Migration {
  /** The file name without extension; its number equals `version`. */
  readonly name: string;
  readonly version: number;
  up(db: WritableDb): void;
}

/** Append-only, in version order. Never edit a shipped migration: add a new file. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0010-create-documents', ...m0010 },
  { name: '0020-create-corrections', ...m0020 },
  { name: '0030-create-annotations', ...m0030 },
  { name: '0040-create-reviews', ...m0040 },
  { name: '0050-create-journal', ...m0050 },
  { name: '0060-create-dictionaries', ...m0060 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
