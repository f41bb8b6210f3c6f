// Another tool's TMX or XLIFF (no Concordia row keys) imported into a real project keeps the file's own pairing:
// one grid row per TU (or XLIFF unit), in file order, with a cell missing where the TU has no segment in that
// language; checks run per row, and a TMX export gives the same TUs back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AlignmentGrid } from '../../core/model/alignment.js';
import { readAlignedFile } from '../../core/parsers/aligned.js';
import { readTmx } from '../../core/parsers/tmx.js';
import { createProject, openProject } from '../../electron/main/services/project-service.js';
import { EXPORTERS } from '../../electron/main/server/project-session.js';
import { run } from '../../scripts/commands/project.js';
import { openInputs } from '../../scripts/lib/open-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'concordia-memory-pairing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', name)));

/** Each row as language → text ('' where the cell is empty), in grid order. */
function rowTexts(grid: AlignmentGrid): Record<string, string>[] {
  return grid.rows.map((row) => Object.fromEntries(row.cells.map((cell, d) => [grid.documents[d].lang, cell.map((s) => s.text).join(' ')])));
}

let n = 0;
async function importInto(bytes: Uint8Array, fileName: string) {
  const path = join(dir, `p${++n}.concordia`);
  const created = await createProject(path);
  await created.addTranslationMemory(bytes, { fileName });
  created.close();
  // Reopened from disk: the pairing comes from what the project stored, not from the import call.
  return openProject(path);
}

/** The TUs of a TMX export, each as language → text, in file order. */
async function exportedTus(project: Awaited<ReturnType<typeof openProject>>): Promise<Record<string, string>[]> {
  const file = await EXPORTERS.tmx!(project, {});
  const back = readTmx(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
  return rowTexts(back.grid).map((r) => Object.fromEntries(Object.entries(r).filter(([, t]) => t !== '')));
}

// XML 1.0 cannot hold C0 controls (inline-2.0.xlf has a BEL as a code point): the TMX writer leaves them out.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const withoutEmpty = (rows: Record<string, string>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).flatMap(([l, t]) => (t === '' ? [] : [[l, t.replace(CONTROLS, '')]]))));

describe("another tool's memory in a project: one row per TU, as paired in the file", () => {
  it.each([
    ['tmx-tools/trados-studio.tmx', 3, ['en', 'ro']],
    ['tmx-tools/memoq.tmx', 2, ['ro', 'en']],
    ['xliff/segmented-1.2.xlf', 4, ['ro', 'fr']],
    ['xliff/inline-2.0.xlf', 3, ['en', 'ro']],
    ['xliff/trados-style.sdlxliff', 2, ['en', 'ro']],
  ] as const)('%s: %i rows, paired as the file pairs them, exported TU by TU', async (name, rows, langs) => {
    const bytes = fixture(name);
    const file = readAlignedFile(bytes, { fileName: name });
    expect(file.keyed).toBe(false);
    const project = await importInto(bytes, name);
    try {
      expect(project.listDocuments().map((d) => d.lang)).toEqual(langs);
      for (const level of ['unit', 'sentence'] as const) {
        const { grid } = project.grid({ level });
        expect(grid.rows.map((r) => r.key)).toEqual(Array.from({ length: rows }, (_, i) => `para:${i + 1}`));
        expect(rowTexts(grid)).toEqual(rowTexts(file.grid));
        // The synthetic label names the TU in every language that has it.
        expect(grid.rows.map((r) => [...new Set(r.cells.flat().map((s) => s.label))])).toEqual(grid.rows.map((_, i) => [`TU ${i + 1}`]));
      }
      expect(await exportedTus(project)).toEqual(withoutEmpty(rowTexts(file.grid)));
    } finally {
      project.close();
    }
  });

  it.each([
    ['xliff/segmented-1.2.xlf', 'xliff12', 'fr'],
    ['xliff/inline-2.0.xlf', 'xliff', 'ro'],
  ] as const)('%s: the XLIFF export gives the same units back, unit by unit', async (name, format, target) => {
    const bytes = fixture(name);
    const project = await importInto(bytes, name);
    try {
      const file = await EXPORTERS[format]!(project, { langs: [target] });
      const back = readAlignedFile(new Uint8Array(Buffer.from(file.dataBase64, 'base64')), { fileName: 'back.xlf' });
      expect(withoutEmpty(rowTexts(back.grid))).toEqual(withoutEmpty(rowTexts(readAlignedFile(bytes, { fileName: name }).grid)));
    } finally {
      project.close();
    }
  });

  it('Trados TMX: the texts are the ones the file pairs, in file order', async () => {
    const project = await importInto(fixture('tmx-tools/trados-studio.tmx'), 'trados.tmx');
    try {
      const rows = rowTexts(project.grid().grid);
      expect(rows).toHaveLength(3);
      expect(rows[0]).toEqual({ en: 'The European Parliament,', ro: 'Parlamentul European,' });
      expect(rows[2]).toEqual({ en: 'Calls on the authorities to release all detainees;', ro: 'invită autoritățile să elibereze toți deținuții;' });
      expect(project.grid().grid.rows.every((r) => r.flags.length === 0 && r.confidence === 1)).toBe(true);
    } finally {
      project.close();
    }
  });

  it('Okapi TMX with gaps: a TU missing a language leaves that cell empty and says so', async () => {
    const project = await importInto(fixture('tmx-tools/okapi.tmx'), 'okapi.tmx');
    try {
      const { grid } = project.grid();
      expect(grid.documents.map((d) => d.lang)).toEqual(['en', 'fr', 'de']);
      expect(rowTexts(grid)).toEqual([
        { en: 'The Council met in Luxembourg.', fr: "Le Conseil s'est réuni à Luxembourg.", de: 'Der Rat tagte in Luxemburg.' },
        { en: 'See the map below.', fr: '', de: 'Siehe die Karte unten.' },
        { en: '', fr: expect.stringMatching(/^Line one continues/), de: expect.stringMatching(/^Zeile eins geht weiter/) },
      ]);
      expect(grid.rows.map((r) => r.flags.map((f) => `${f.flag}:${grid.documents[f.doc].lang}`))).toEqual([[], ['missing:fr'], ['missing:en']]);
      expect((await exportedTus(project)).map((tu) => Object.keys(tu).sort())).toEqual([['de', 'en', 'fr'], ['de', 'en'], ['de', 'fr']]);
    } finally {
      project.close();
    }
  });

  it('checks run per TU row: a number that differs is found in its own row', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" segtype="sentence" srclang="EN-US" datatype="plaintext" o-tmf="OmegaT TMX" adminlang="EN-US"/>
<body>
<tu><tuv xml:lang="EN-US"><seg>The committee met on Tuesday.</seg></tuv><tuv xml:lang="DE-DE"><seg>Der Ausschuss trat am Dienstag zusammen.</seg></tuv></tu>
<tu><tuv xml:lang="EN-US"><seg>The fund grows by 45 million euro.</seg></tuv><tuv xml:lang="DE-DE"><seg>Der Fonds wächst um 54 Millionen Euro.</seg></tuv></tu>
<tu><tuv xml:lang="EN-US"><seg>The vote is postponed.</seg></tuv><tuv xml:lang="DE-DE"><seg>Die Abstimmung wird vertagt.</seg></tuv></tu>
</body></tmx>`;
    const project = await importInto(new TextEncoder().encode(tmx), 'omegat.tmx');
    try {
      expect(project.grid().grid.rows.map((r) => r.key)).toEqual(['para:1', 'para:2', 'para:3']);
      const numbers = project.findings().filter((f) => f.type === 'number');
      expect(numbers.length).toBeGreaterThan(0);
      expect(new Set(numbers.map((f) => f.row))).toEqual(new Set(['para:2']));
    } finally {
      project.close();
    }
  });

  it('versions from two different memories are not paired by TU number: the project aligns them as before', async () => {
    const path = join(dir, 'two-files.concordia');
    const project = await createProject(path);
    try {
      await project.addTranslationMemory(fixture('tmx-tools/memoq.tmx'), { fileName: 'memoq.tmx' });
      await project.addTranslationMemory(fixture('tmx-tools/trados-studio.utf8.tmx'), { fileName: 'trados.tmx' });
      expect(project.grid().grid.rows.map((r) => r.key)).toEqual(['text']);
    } finally {
      project.close();
    }
  });

  it('concordia project create PROJECT other-tool.tmx gives one row per TU', async () => {
    const path = join(dir, 'cli.concordia');
    const tmxPath = join(import.meta.dirname, '../fixtures/tmx-tools/memoq.tmx');
    expect(await run(['create', path, tmxPath], { out: () => undefined, err: () => undefined })).toBe(0);
    const project = await openProject(path);
    try {
      expect(rowTexts(project.grid().grid).map((r) => r.en)).toEqual([
        'stresses that all parties must respect the agreement;',
        'instructs its President to forward this resolution to the Council.',
      ]);
    } finally {
      project.close();
    }
  });

  it('the command line with another pivot than the project\'s keeps the pairing too', async () => {
    const project = await importInto(fixture('tmx-tools/okapi.tmx'), 'okapi.tmx');
    const path = project.path;
    project.close();
    const inputs = await openInputs([path], { pivot: 'de' });
    try {
      const grid = inputs.grid('unit');
      expect(grid.pivot).toBe(2);
      expect(grid.rows.map((r) => r.cells.map((c) => c.length))).toEqual([
        [1, 1, 1],
        [1, 0, 1],
        [0, 1, 1],
      ]);
    } finally {
      inputs.close();
    }
  });
});
