// The per-project "use Concordia's core vocabulary" setting: a settings row of the project file, on unless turned
// off (so every file made before it has it on), kept across reopening, set only through its own method; the
// sentence-level grid reads it as AlignOptions.vocabulary, says whether it used it, and is aligned anew when it
// changes. The texts are small versions written for this test in everyday words.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { LATEST_VERSION } from '../../electron/main/db/migrations/index.js';
import { openWritable, schemaVersion } from '../../electron/main/db/open-database.js';
import { createProject, openProject, VOCABULARY_KEY } from '../../electron/main/services/project-service.js';
import { run as runAlign } from '../../scripts/commands/align.js';
import { thrown } from '../renderer/ui-i18n.js';
import { useTempDir } from './support/temp.js';

const tmp = useTempDir();
const enc = (s: string) => new TextEncoder().encode(s);

/**
 * Paragraph 1: eight English sentences, seven Romanian ones. English 5 and 6 are the same sentence of the same
 * length but for "morning" and "evening"; the Romanian has only one of the two (which one is the parameter). Lengths
 * cannot tell them apart; the core vocabulary pairs dimineața with morning and seara with evening.
 */
const EN_SENTENCES = [
  'The children walked to the school near the river.',
  'Their teacher read a story about a brave dog.',
  'After lunch they played in the garden.',
  'The rain stopped before noon.',
  'A farmer sold apples and bread at the market.',
  'In the morning the old man sat quietly by the door.',
  'In the evening the old man sat quietly by the door.',
  'Then everyone went home.',
];
const roSentences = (kept: 'morning' | 'evening') => [
  'Copiii au mers la școala de lângă râu.',
  'Învățătorul lor a citit o poveste despre un câine curajos.',
  'După prânz s-au jucat în grădină.',
  'Ploaia s-a oprit înainte de amiază.',
  'Un fermier a vândut mere și pâine la piață.',
  kept === 'morning' ? 'Dimineața bătrânul stătea liniștit lângă ușă.' : 'Seara bătrânul stătea liniștit lângă ușă.',
  'Apoi toată lumea a plecat acasă.',
];
const EN = `A day in the village\n\nThe European Parliament,\n\n1. ${EN_SENTENCES.join(' ')}\n\n2. Instructs its President to forward this resolution to the Council.\n`;
const ro = (kept: 'morning' | 'evening') =>
  `O zi în sat\n\nParlamentul European,\n\n1. ${roSentences(kept).join(' ')}\n\n2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.\n`;

async function twoVersions(kept: 'morning' | 'evening'): Promise<{ path: string; p: ProjectService }> {
  const path = join(tmp(), 'village.concordia');
  const p = await createProject(path);
  await p.addDocument(enc(EN), { fileName: 'en.txt', lang: 'en' });
  await p.addDocument(enc(ro(kept)), { fileName: 'ro.txt', lang: 'ro' });
  return { path, p };
}

/** The English sentences of paragraph 1 the sentence grid leaves without a Romanian partner. */
function unpaired(p: ProjectService): number[][] {
  const g = p.grid({ level: 'sentence' });
  const en = g.grid.documents.findIndex((d) => d.lang === 'en');
  const row = g.grid.rows.find((r) => r.key === 'para:1');
  return (row?.sentences?.beads ?? []).filter((b) => b.sentences[1 - en].length === 0).map((b) => [...b.sentences[en]]);
}

const storedValue = (path: string) => {
  const raw = new Database(path, { readonly: true });
  const row = raw.prepare(`SELECT value FROM settings WHERE key = ?`).get(VOCABULARY_KEY) as { value: string } | undefined;
  raw.close();
  return row?.value ?? null;
};

describe('the core vocabulary setting in the project file', () => {
  it('is on in a new project, and on or off as last set after reopening', async () => {
    const path = join(tmp(), 'new.concordia');
    const p = await createProject(path);
    expect(p.getVocabulary()).toBe(true);
    expect(storedValue(path)).toBeNull();
    p.setVocabulary(false);
    expect(p.getVocabulary()).toBe(false);
    p.close();
    expect(storedValue(path)).toBe('off');

    const q = await openProject(path);
    expect(q.getVocabulary()).toBe(false);
    q.setVocabulary(true);
    q.close();
    expect(storedValue(path)).toBe('on');
    const r = await openProject(path, { readOnly: true });
    expect(r.getVocabulary()).toBe(true);
    // A read-only connection refuses the change and leaves the file as it was.
    expect((await thrown(() => r.setVocabulary(false))).message).toMatch(/read-only/);
    r.close();
    expect(storedValue(path)).toBe('on');
  });

  it('is on in a file made before the setting existed, whatever else its settings hold', async () => {
    // The schema of the last release (60) with a pivot and an interface language, and no vocabulary row.
    const path = join(tmp(), 'before.concordia');
    const old = openWritable(path, { create: true, targetVersion: 60 });
    expect(schemaVersion(old)).toBe(60);
    old.prepare(`INSERT INTO settings (key, value) VALUES ('ui.language', 'ro'), ('pivot', 'none')`).run();
    old.close();
    const p = await openProject(path);
    expect(p.getSetting('ui.language')).toBe('ro');
    expect(p.getVocabulary()).toBe(true);
    await p.addDocument(enc(EN), { fileName: 'en.txt', lang: 'en' });
    await p.addDocument(enc(ro('morning')), { fileName: 'ro.txt', lang: 'ro' });
    expect(p.grid({ level: 'sentence' }).vocabulary).toBe(true);
    p.close();

    // And an older schema still: the migrations bring it up to date, the setting reads as on.
    const older = join(tmp(), 'older.concordia');
    openWritable(older, { create: true, targetVersion: 30 }).close();
    const q = await openProject(older);
    expect(q.info().schemaVersion).toBe(LATEST_VERSION);
    expect(q.getVocabulary()).toBe(true);
    q.close();
  });

  it('is changed only through setVocabulary, not as a generic setting', async () => {
    const path = join(tmp(), 'generic.concordia');
    const p = await createProject(path);
    const e = await thrown(() => p.setSetting(VOCABULARY_KEY, 'off'));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/setVocabulary/);
    expect(p.getVocabulary()).toBe(true);
    p.setVocabulary(false);
    // Reading it the generic way is harmless: it shows the stored word.
    expect(p.getSetting(VOCABULARY_KEY)).toBe('off');
    p.close();
  });
});

describe('the sentence-level grid with the core vocabulary setting', () => {
  it('places the gap by the vocabulary when on; off, the gap moves; each toggle makes a new grid', async () => {
    expect(EN_SENTENCES[5].length).toBe(EN_SENTENCES[6].length);
    const { p } = await twoVersions('morning');
    const on = p.grid({ level: 'sentence' });
    expect(on.vocabulary).toBe(true);
    expect(unpaired(p)).toEqual([[6]]); // right: the Romanian has the morning, not the evening
    expect(p.grid({ level: 'sentence' })).toBe(on); // unchanged inputs: the cached grid

    p.setVocabulary(false);
    const off = p.grid({ level: 'sentence' });
    expect(off).not.toBe(on);
    expect(off.vocabulary).toBe(false);
    // Without it nothing tells morning from evening: the evening sentence is no longer the one left out.
    expect(unpaired(p)).not.toContainEqual([6]);
    expect(p.grid({ level: 'sentence' })).toBe(off);

    p.setVocabulary(true);
    const again = p.grid({ level: 'sentence' });
    expect(again).not.toBe(off);
    expect(again.vocabulary).toBe(true);
    expect(unpaired(p)).toEqual([[6]]);

    // The unit level of structured texts aligns no sentences: it says nothing about the vocabulary.
    expect(p.grid({ level: 'unit' }).vocabulary).toBeUndefined();
    p.close();
  });

  it('follows the word the Romanian has: with the evening kept, the morning is the one left out', async () => {
    const { p } = await twoVersions('evening');
    expect(unpaired(p)).toEqual([[5]]);
    p.setVocabulary(false);
    expect(unpaired(p)).not.toContainEqual([5]);
    p.close();
  });

  it('applies to unstructured texts at the unit level too, where sentences are aligned', async () => {
    const p = await createProject(join(tmp(), 'plain.concordia'));
    await p.addDocument(enc(`${EN_SENTENCES.join(' ')}\n`), { fileName: 'notes-en.txt', lang: 'en', allowUnstructured: true });
    await p.addDocument(enc(`${roSentences('morning').join(' ')}\n`), { fileName: 'notes-ro.txt', lang: 'ro', allowUnstructured: true });
    expect(p.listDocuments().map((d) => p.getDocument(d.id).unstructured)).toEqual([true, true]);
    expect(p.grid({ level: 'unit' }).vocabulary).toBe(true);
    p.setVocabulary(false);
    expect(p.grid({ level: 'unit' }).vocabulary).toBe(false);
    p.close();
  });

  it('holds for the command line aligning the project with another pivot, where --no-vocabulary turns it off', async () => {
    const { path, p } = await twoVersions('morning');
    p.close();
    const cli = async (...extra: string[]) => {
      let out = '';
      await runAlign([path, '--pivot', 'ro', '--level', 'sentence', '--json', ...extra], { out: (t: string) => void (out += t), err: () => {} });
      const grid = JSON.parse(out) as { documents: { lang: string }[]; rows: { key: string; pairs: { sentences: number[][] }[] }[] };
      const en = grid.documents.findIndex((d) => d.lang === 'en');
      const beads = grid.rows.find((r) => r.key === 'para:1')?.pairs.map((x) => x.sentences) ?? [];
      return beads.filter((b) => b[1 - en].length === 0).map((b) => b[en]);
    };
    expect(await cli()).toEqual([[6]]);
    expect(await cli('--no-vocabulary')).not.toContainEqual([6]);
    const q = await openProject(path);
    q.setVocabulary(false);
    q.close();
    expect(await cli()).not.toContainEqual([6]);
  });
});
