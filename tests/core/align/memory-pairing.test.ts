// alignDocuments with `pairedBy`: versions read from one translation memory keep its rows; anything else is
// aligned exactly as without the option.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments, memoryPairing } from '../../../core/align/index.js';
import { tmxToString } from '../../../core/export/tmx.js';
import { parseDocument } from '../../../core/index.js';
import { readTmx } from '../../../core/parsers/tmx.js';

const OTHER_TOOL = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="SomeCAT" segtype="sentence" srclang="en" datatype="plaintext" o-tmf="x" adminlang="en"/>
<body>
<tu><tuv xml:lang="en"><seg>First line of the memory.</seg></tuv><tuv xml:lang="it"><seg>Prima riga della memoria.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Only English here, and a long one so that lengths would not match anything.</seg></tuv></tu>
<tu><tuv xml:lang="it"><seg>Solo italiano.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Last line.</seg></tuv><tuv xml:lang="it"><seg>Ultima riga.</seg></tuv></tu>
</body></tmx>`;

describe('alignDocuments with pairedBy', () => {
  const memory = readTmx(OTHER_TOOL, { fileName: 'other.tmx' });

  it('keeps the rows of one memory, missing cells flagged', () => {
    const pairedBy = memoryPairing(memory.documents, ['abc', 'abc']);
    expect(pairedBy).toEqual(['abc', 'abc']);
    for (const level of ['unit', 'sentence'] as const) {
      const grid = alignDocuments(memory.documents, { pairedBy, level });
      expect(grid.rows.map((r) => [r.key, ...r.cells.map((c) => c.map((s) => `${s.label}|${s.text}`).join(''))])).toEqual([
        ['para:1', 'TU 1|First line of the memory.', 'TU 1|Prima riga della memoria.'],
        ['para:2', 'TU 2|Only English here, and a long one so that lengths would not match anything.', ''],
        ['para:3', '', 'TU 3|Solo italiano.'],
        ['para:4', 'TU 4|Last line.', 'TU 4|Ultima riga.'],
      ]);
      expect(grid.rows.map((r) => r.flags.map((f) => `${f.flag}:${f.doc}`))).toEqual([[], ['missing:1'], ['missing:0'], []]);
    }
  });

  it('without one shared memory, the versions are aligned as before (one whole-text row)', () => {
    for (const pairedBy of [undefined, ['abc', 'def'], [null, null], ['abc']]) {
      expect(alignDocuments(memory.documents, { pairedBy }).rows.map((r) => r.key)).toEqual(['text']);
    }
  });

  it("names no memory for Concordia's own keyed TMX or for parsed texts, whose alignment is unchanged", async () => {
    const docs = await Promise.all(
      ['ro', 'en'].map((l) => parseDocument(new Uint8Array(readFileSync(`corpus/2022-2505-RSP/${l}.txt`)), { fileName: `${l}.txt`, official: l === 'ro' })),
    );
    expect(memoryPairing(docs, ['x', 'x'])).toEqual([null, null]);
    const keyed = readTmx(tmxToString(alignDocuments(docs), docs, { level: 'unit' }));
    expect(keyed.keyed).toBe(true);
    expect(memoryPairing(keyed.documents, ['x', 'x'])).toEqual([null, null]);
    expect(alignDocuments(docs, { pairedBy: memoryPairing(docs, ['x', 'x']) })).toEqual(alignDocuments(docs));
  });
});
