import type { ReadableDb, WritableDb } from '../handles.js';

export function getSetting(db: ReadableDb, key: string): string | null {
  const row = db.prepare(`SELECT value FROM settings WHERE key = @key`).get({ key }) as { value: string } | undefined;
  return row ? row.value : null;
}

export function setSetting(db: WritableDb, key: string, value: string): void {
  db.prepare(`INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run({ key, value });
}

export function deleteSetting(db: WritableDb, key: string): void {
  db.prepare(`DELETE FROM settings WHERE key = @key`).run({ key });
}

/** Every setting, by key (moving a project between stores). */
export function listSettings(db: ReadableDb): Record<string, string> {
  const rows = db.prepare(`SELECT key, value FROM settings ORDER BY key`).all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}
