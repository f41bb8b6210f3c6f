import type Database from 'better-sqlite3';

/**
 * Branded connection handles (house style §7). Reads take `ReadableDb`, writes `WritableDb`; only
 * open-database.ts casts a raw better-sqlite3 connection to either, so a function that receives a read-only
 * handle cannot write by mistake.
 */
export type ReadableDb = Database.Database & { readonly __readable_db: never };
export type WritableDb = ReadableDb & { readonly __writable_db: never };

/** Runs `fn` in one read transaction: every statement inside sees the same snapshot (WAL readers never block). */
export function readSnapshot<T>(db: ReadableDb, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).deferred();
}

/** Runs `fn` as one write transaction (BEGIN IMMEDIATE, so a second writer waits on busy_timeout, not mid-way). */
export function writeTransaction<T>(db: WritableDb, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).immediate();
}
