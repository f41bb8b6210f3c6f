// Bilingual dictionaries in a project file: added from uploaded bytes (word list, TSV, dictd pair), listed with
// their language pair and entry count, removed; stored as parsed word pairs so the file alone is enough; an older
// file gains the table on open. The sentence-level grid aligns with them, and adding or removing one makes a new
// grid. Bad files are refused with a CoreError whose params let the UI word it in its own language.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ProjectService } from '../../electron/ipc/project-api.js';
import { openWritable, schemaVersion } from '../../electron/main/db/open-database.js';
import { LATEST_VERSION } from '../../electron/main/db/migrations/index.js';
import { MAX_DICTIONARY_FILE_BYTES } from '../../electron/main/services/project-dictionaries.js';
import { createProject, openProject } from '../../electron/main/services/project-service.js';
import { thrown } from '../renderer/ui-i18n.js';
import { useTempDir } from './support/temp.js';
import { dictdFixture as dictd } from '../fixtures/align/dictd.js';

const tmp = useTempDir();
const enc = (s: string) => new TextEncoder().encode(s);

/**
 * Ten English nouns and Romanian translations that look nothing alike (no cognate links a pair), and rare enough
 * to be in no core vocabulary the aligner may bring of its own: only a dictionary pairs them.
 */
const WORDS: readonly [string, string][] = [
  ['lighthouse', 'farul'],
  ['anvil', 'nicovala'],
  ['beehive', 'stupul'],
  ['thimble', 'degetarul'],
  ['chisel', 'dalta'],
  ['quiver', 'tolba'],
  ['kettle', 'ceainicul'],
  ['sawmill', 'gaterul'],
  ['walnut', 'nucul'],
  ['scarecrow', 'sperietoarea'],
];

/**
 * Paragraph 1 has ten English sentences and nine Romanian ones: the translation of sentence 6 is missing.
 * English sentences 5 and 6 are the same sentence about a different noun, of the same length, so neither lengths
 * nor the other words can tell which one has no partner; left alone, the aligner leaves out sentence 5.
 */
const EN_SENTENCES = WORDS.map(([w], k) => (k === 5 || k === 6 ? `Then the ${w} appeared again.` : `${`We talked about the ${w} ${'once more '.repeat(k % 3)}`.trim()}.`));
const RO_SENTENCES = WORDS.flatMap(([, w], k) => (k === 6 ? [] : k === 5 ? [`Apoi ${w} a apărut din nou.`] : [`${`Am vorbit despre ${w} ${'încă o dată '.repeat(k % 3)}`.trim()}.`]));
/** The words the sentences share besides the nouns, paired as a core vocabulary would pair them: no help here. */
const FRAME_EN_RO = 'apoi @ then\napărut @ appeared\nnou @ again\nvorbit @ talked\ndespre @ about\nîncă @ once\ndată @ more\n';
const EN = `Report on the village\n\nThe European Parliament,\n\n1. ${EN_SENTENCES.join(' ')}\n\n2. Instructs its President to forward this resolution to the Council.\n`;
const RO = `Raport privind satul\n\nParlamentul European,\n\n1. ${RO_SENTENCES.join(' ')}\n\n2. încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului.\n`;

/** hunalign's format: "target @ source", Romanian target, English source. */
const HUNALIGN_EN_RO = `# a small glossary\n${WORDS.map(([en, ro]) => `${ro} @ ${en}`).join('\n')}\nseară târzie @ late evening\n`;


async function twoVersions(): Promise<{ path: string; p: ProjectService }> {
  const path = join(tmp(), 'village.concordia');
  const p = await createProject(path);
  await p.addDocument(enc(EN), { fileName: 'en.txt', lang: 'en' });
  await p.addDocument(enc(RO), { fileName: 'ro.txt', lang: 'ro' });
  return { path, p };
}

/** The English sentences of paragraph 1 that the sentence grid leaves without a Romanian partner. */
function unpaired(p: ProjectService): number[][] {
  const g = p.grid({ level: 'sentence' });
  const en = g.grid.documents.findIndex((d) => d.lang === 'en');
  const row = g.grid.rows.find((r) => r.key === 'para:1');
  return (row?.sentences?.beads ?? []).filter((b) => b.sentences[1 - en].length === 0).map((b) => [...b.sentences[en]]);
}

describe('dictionaries stored in the project file', () => {
  it('adds a word list, lists it with its pair and entry count, keeps it after reopening, and removes it', async () => {
    const { path, p } = await twoVersions();
    expect(p.listDictionaries()).toEqual([]);
    const added = p.addDictionary([{ fileName: 'en-ro.txt', bytes: enc(HUNALIGN_EN_RO) }]);
    expect(added).toMatchObject({ name: 'en-ro.txt', format: 'word-list', from: 'en', to: 'ro', pairs: 10, phrases: 1 });
    const tsv = p.addDictionary([{ fileName: 'terms.tsv', bytes: enc('mountain\tmuntele\tmunte\nriver\trâul\n') }], { from: 'en', to: 'ro' });
    expect(tsv).toMatchObject({ format: 'word-list', from: 'en', to: 'ro', pairs: 3, phrases: 0 });
    p.close();

    // The pairs are in the file itself: the uploaded bytes were never written anywhere else.
    const raw = new Database(path, { readonly: true });
    const rows = raw.prepare(`SELECT source, target FROM dictionary_entries WHERE dictionary_id = ? ORDER BY source, target`).all(added.id);
    raw.close();
    expect(rows).toHaveLength(10);
    expect(rows).toContainEqual({ source: 'beehive', target: 'stupul' });

    const q = await openProject(path);
    expect(q.listDictionaries()).toEqual([added, tsv]);
    q.removeDictionary(added.id);
    expect(q.listDictionaries()).toEqual([tsv]);
    expect((await thrown(() => q.removeDictionary(added.id))).code).toBe('not-found');
    q.close();
    const r = new Database(path, { readonly: true });
    expect(r.prepare(`SELECT count(*) AS n FROM dictionary_entries WHERE dictionary_id = ?`).get(added.id)).toEqual({ n: 0 });
    r.close();
  });

  it('adds a FreeDict-style dictd pair (.index with .dict.dz), its languages from the file name', async () => {
    const { p } = await twoVersions();
    const { index, data } = dictd([
      ['00-database-info', 'made up for this test\n'],
      ['biserica', 'biserica /x/ <n>\nchurch\nclădire de cult\n'],
      ['podul', 'podul /x/ <n>\n1. bridge\nconstrucție peste apă\n2. attic\npartea de sub acoperiș\n'],
    ]);
    const d = p.addDictionary([
      { fileName: 'freedict-ron-eng.index', bytes: enc(index) },
      { fileName: 'freedict-ron-eng.dict.dz', bytes: gzipSync(data) },
    ]);
    expect(d).toMatchObject({ name: 'freedict-ron-eng.index', format: 'dictd', from: 'ro', to: 'en', pairs: 3, phrases: 0 });
    p.close();
  });

  it('migrates a file made before dictionaries existed, keeping its documents', async () => {
    const path = join(tmp(), 'old.concordia');
    const old = openWritable(path, { create: true, targetVersion: 50 });
    expect(schemaVersion(old)).toBe(50);
    old.close();
    const p = await openProject(path);
    expect(p.info().schemaVersion).toBe(LATEST_VERSION);
    expect(p.listDictionaries()).toEqual([]);
    await p.addDocument(enc(EN), { fileName: 'en.txt', lang: 'en' });
    expect(p.addDictionary([{ fileName: 'en-ro.txt', bytes: enc(HUNALIGN_EN_RO) }]).pairs).toBe(10);
    p.close();
    const q = await openProject(path, { readOnly: true });
    expect(q.listDictionaries().map((d) => d.name)).toEqual(['en-ro.txt']);
    expect((await thrown(() => q.addDictionary([{ fileName: 'en-ro.txt', bytes: enc(HUNALIGN_EN_RO) }]))).message).toMatch(/read-only/);
    q.close();
  });
});

describe('the sentence-level grid with the project’s dictionaries', () => {
  it('places the gap only with the dictionary, says which ones it used, and recomputes on add and remove', async () => {
    const { p } = await twoVersions();
    expect(EN_SENTENCES[5].length).toBe(EN_SENTENCES[6].length);
    const before = p.grid({ level: 'sentence' });
    expect(before.dictionaries).toBeUndefined();
    expect(unpaired(p)).toEqual([[5]]); // wrong: sentence 6 is the one without a translation
    expect(p.grid({ level: 'sentence' })).toBe(before);

    // A dictionary for languages the project does not hold changes nothing, and is not reported as in use.
    p.addDictionary([{ fileName: 'de-fr.txt', bytes: enc('montagne @ berg\n') }]);
    expect(p.grid({ level: 'sentence' })).toBe(before);

    // The shared words alone do not tell the two sentences apart.
    const frame = p.addDictionary([{ fileName: 'frame.txt', bytes: enc(FRAME_EN_RO) }], { from: 'en', to: 'ro' });
    const withFrame = p.grid({ level: 'sentence' });
    expect(withFrame).not.toBe(before);
    expect(withFrame.dictionaries).toEqual([frame]);
    expect(unpaired(p)).toEqual([[5]]);

    // The nouns do. Named the other way round (ro-en), the file serves the English pivot: each works both ways.
    const d = p.addDictionary([{ fileName: 'ro-en.txt', bytes: enc(WORDS.map(([en, ro]) => `${ro}\t${en}`).join('\n')) }]);
    const withDict = p.grid({ level: 'sentence' });
    expect(withDict.dictionaries).toEqual([frame, d]);
    expect(unpaired(p)).toEqual([[6]]);
    expect(p.grid({ level: 'unit' }).dictionaries).toBeUndefined();

    p.setPivot(p.listDocuments()[1].id);
    expect(unpaired(p)).toEqual([[6]]);

    p.removeDictionary(d.id);
    const after = p.grid({ level: 'sentence' });
    expect(after).not.toBe(withDict);
    expect(after.dictionaries).toEqual([frame]);
    expect(unpaired(p)).toEqual([[5]]);
    p.removeDictionary(frame.id);
    expect(p.grid({ level: 'sentence' }).dictionaries).toBeUndefined();
    p.close();
  });
});

describe('unstructured texts', () => {
  it('align their sentences at the unit level too, so the unit grid uses and names the dictionary', async () => {
    const p = await createProject(join(tmp(), 'plain.concordia'));
    await p.addDocument(enc(`${EN_SENTENCES.join(' ')}\n`), { fileName: 'notes-en.txt', lang: 'en', allowUnstructured: true });
    await p.addDocument(enc(`${RO_SENTENCES.join(' ')}\n`), { fileName: 'notes-ro.txt', lang: 'ro', allowUnstructured: true });
    expect(p.listDocuments().map((d) => p.getDocument(d.id).unstructured)).toEqual([true, true]);
    expect(p.grid({ level: 'unit' }).dictionaries).toBeUndefined();
    const d = p.addDictionary([{ fileName: 'en-ro.txt', bytes: enc(HUNALIGN_EN_RO) }]);
    expect(p.grid({ level: 'unit' }).dictionaries).toEqual([d]);
    p.close();
  });
});

describe('bad dictionary files', () => {
  const cases: readonly { name: string; files: { fileName: string; bytes: Uint8Array }[]; langs?: { from?: 'en' | 'ro'; to?: 'en' | 'ro' }; code: string; params: Record<string, unknown> }[] = [
    {
      name: 'a name without languages, none chosen',
      files: [{ fileName: 'glossary.txt', bytes: enc('norul @ cloud\n') }],
      code: 'invalid-input',
      params: { variant: 'dictionary-languages', file: 'glossary.txt' },
    },
    {
      name: 'only one of the two languages chosen',
      files: [{ fileName: 'glossary.txt', bytes: enc('norul @ cloud\n') }],
      langs: { from: 'en' },
      code: 'invalid-input',
      params: { variant: 'dictionary-languages', file: 'glossary.txt' },
    },
    {
      name: 'the same language on both sides',
      files: [{ fileName: 'glossary.txt', bytes: enc('norul @ cloud\n') }],
      langs: { from: 'ro', to: 'ro' },
      code: 'invalid-input',
      params: { variant: 'dictionary-same-language', file: 'glossary.txt', lang: 'ro' },
    },
    {
      name: 'a line in neither format',
      files: [{ fileName: 'en-ro.txt', bytes: enc('norul @ cloud\n# note\n\nbridge podul\n') }],
      code: 'invalid-input',
      params: { variant: 'dictionary-line', file: 'en-ro.txt', line: 4, text: 'bridge podul' },
    },
    {
      name: 'only multi-word entries',
      files: [{ fileName: 'en-ro.txt', bytes: enc('seară târzie @ late evening\n') }],
      code: 'invalid-input',
      params: { variant: 'dictionary-no-pairs', file: 'en-ro.txt', phrases: 1 },
    },
    {
      name: 'an empty file',
      files: [{ fileName: 'en-ro.txt', bytes: new Uint8Array(0) }],
      code: 'invalid-input',
      params: { variant: 'dictionary-no-pairs', file: 'en-ro.txt', phrases: 0 },
    },
    {
      name: 'bytes that are not UTF-8',
      files: [{ fileName: 'en-ro.txt', bytes: new Uint8Array([0x6e, 0x6f, 0xe3, 0x20, 0x40, 0x20, 0x63, 0xff]) }],
      code: 'invalid-input',
      params: { variant: 'dictionary-encoding', file: 'en-ro.txt' },
    },
    {
      name: 'a dictd index without its data',
      files: [{ fileName: 'freedict-ron-eng.index', bytes: enc('podul\tA\tB\n') }],
      code: 'invalid-input',
      params: { variant: 'dictionary-dictd-pair', stem: 'freedict-ron-eng' },
    },
    {
      name: 'a .dict.dz that is not gzip',
      files: [
        { fileName: 'freedict-ron-eng.index', bytes: enc('podul\tA\tB\n') },
        { fileName: 'freedict-ron-eng.dict.dz', bytes: enc('not compressed') },
      ],
      code: 'invalid-input',
      params: { variant: 'dictionary-gzip', file: 'freedict-ron-eng.dict.dz' },
    },
    {
      name: 'a dictd index pointing past its data',
      files: [
        { fileName: 'freedict-ron-eng.index', bytes: enc('podul\tA\tZZZ\n') },
        { fileName: 'freedict-ron-eng.dict', bytes: enc('podul\nbridge\n') },
      ],
      code: 'invalid-input',
      params: { variant: 'dictionary-unreadable', file: 'freedict-ron-eng.index' },
    },
    {
      name: 'two word lists at once',
      files: [
        { fileName: 'en-ro.txt', bytes: enc('norul @ cloud\n') },
        { fileName: 'ro-en.txt', bytes: enc('cloud @ norul\n') },
      ],
      code: 'invalid-input',
      params: { variant: 'dictionary-files', files: 'en-ro.txt, ro-en.txt' },
    },
    {
      name: 'a file over the size limit',
      files: [{ fileName: 'en-ro.txt', bytes: new Uint8Array(MAX_DICTIONARY_FILE_BYTES + 1) }],
      code: 'too-large',
      params: { size: ((MAX_DICTIONARY_FILE_BYTES + 1) / 1048576).toFixed(1), limit: MAX_DICTIONARY_FILE_BYTES / 1048576 },
    },
  ];

  it.each(cases)('refuses $name with its code and params, and stores nothing', async (c) => {
    const { p } = await twoVersions();
    const e = await thrown(() => p.addDictionary(c.files, c.langs));
    expect(e.code).toBe(c.code);
    expect(e.params).toMatchObject(c.params);
    expect(p.listDictionaries()).toEqual([]);
    p.close();
  });

  it('refuses the same dictionary twice', async () => {
    const { p } = await twoVersions();
    p.addDictionary([{ fileName: 'en-ro.txt', bytes: enc(HUNALIGN_EN_RO) }]);
    const e = await thrown(() => p.addDictionary([{ fileName: 'en-ro.txt', bytes: enc(HUNALIGN_EN_RO) }]));
    expect(e.params).toEqual({ variant: 'dictionary-duplicate', file: 'en-ro.txt', from: 'en', to: 'ro' });
    expect(p.listDictionaries()).toHaveLength(1);
    p.close();
  });
});
