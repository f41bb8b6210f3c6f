import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { seededRandom } from '../../../scripts/lib/random.js';

const WRITER = join(import.meta.dirname, 'writer.ts');

/** Seeded, so a failing round can be replayed. */
export const seeded = seededRandom;

export interface RoundResult {
  readonly printed: number;
  readonly missing: readonly string[];
  readonly integrity: string;
  readonly total: number;
}

/** Starts the writer, SIGKILLs it `delayMs` after it reported ready, then checks the file. */
export function killRound(path: string, delayMs: number): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const first = !out.includes('ready\n');
      out += chunk;
      if (first && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (code ${code}): ${err}`));
      // only complete lines: a line cut by the kill was never fully reported
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      const ids = complete.split('\n').filter((l) => l && l !== 'ready');
      const db = new Database(path);
      try {
        const integrity = db.pragma('integrity_check', { simple: true }) as string;
        const present = new Set((db.prepare('SELECT id FROM annotations').all() as { id: string }[]).map((r) => r.id));
        resolve({ printed: ids.length, missing: ids.filter((id) => !present.has(id)), integrity, total: present.size });
      } finally {
        db.close();
      }
    });
  });
}
