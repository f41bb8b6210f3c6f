import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, PROFILES, recitalLabel } from '../../../core/index.js';
import type { LangCode, ParsedDocument, Unit } from '../../../core/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'corpus');

interface Manifest {
  readonly documents: readonly { readonly procedure: string; readonly versions: readonly { readonly lang: LangCode; readonly file: string; readonly official: boolean }[] }[];
}
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Manifest;

async function parseCorpus(file: string, official = false): Promise<ParsedDocument> {
  return parseDocument(new Uint8Array(readFileSync(join(CORPUS, file))), { fileName: file, official });
}

const ofKind = (doc: ParsedDocument, kind: Unit['kind']) => doc.units.filter((u) => u.kind === kind);

describe('the official Romanian text (corpus/2022-2505-RSP/ro.txt)', async () => {
  const doc = await parseCorpus('2022-2505-RSP/ro.txt', true);

  it('has its title, procedure and opening line', () => {
    expect(doc.lang).toBe('ro');
    expect(doc.title).toBe('Rezoluția Parlamentului European referitoare la situația din Kazahstan');
    expect(doc.procedure).toBe('2022/2505(RSP)');
    expect(doc.units.find((u) => u.kind === 'opening')?.text).toBe('Parlamentul European,');
  });

  it('has 10 citations, 18 recitals A–R, 26 paragraphs and the closing paragraph 27', () => {
    expect(ofKind(doc, 'citation')).toHaveLength(10);
    expect(ofKind(doc, 'recital').map((u) => u.label)).toEqual('ABCDEFGHIJKLMNOPQR'.split(''));
    expect(ofKind(doc, 'paragraph').map((u) => u.label)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
    const closing = ofKind(doc, 'closing');
    expect(closing).toHaveLength(1);
    expect(closing[0].label).toBe('27');
    expect(closing[0].text).toMatch(/^încredințează Președintei/);
  });

  it('has 5 footnotes, all called in the first citation after "Kazahstan" and after each year', () => {
    expect(doc.footnotes.map((f) => f.n)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.footnotes[0].text).toBe('Texte adoptate, P9_TA(2021)0056.');
    expect(doc.footnotes[4].text).toBe('JO C 224 E, 19.8.2010, p. 30.');
    const first = ofKind(doc, 'citation')[0];
    expect(first.calls.map((c) => c.n)).toEqual([1, 2, 3, 4, 5]);
    const before = first.calls.map((c) => first.text.slice(Math.max(0, c.offset - 9), c.offset));
    expect(before).toEqual(['Kazahstan', ...['2019', '2013', '2012', '2009'].map((y) => expect.stringMatching(new RegExp(`${y}$`)))]);
    expect(first.text).toContain('14 martie 2019, 18 aprilie 2013, 15 martie 2012 și 17 septembrie 2009,');
    for (const u of doc.units) if (u !== first) expect(u.calls, u.id).toEqual([]);
  });

  it('keeps page furniture and glued call digits out of every unit', () => {
    for (const u of doc.units) {
      expect(u.text, u.id).not.toMatch(/PE\d{3}\.\d{3}|RC\\|\bRC1\b|(?:^|\s)RO(?:\s|$)|\.docx|\d+\/11\b/);
      expect(u.text, u.id).not.toMatch(/Kazahstan\d|\b(?:19|20)\d{2}\d\b/);
    }
    expect(doc.units.map((u) => u.text).join(' ')).not.toContain('Unită în diversitate');
  });

  it('keeps paragraphs 18 and 19 whole across the page break', () => {
    const p = (n: number) => doc.units.find((u) => u.label === String(n));
    expect(p(18)?.text).toMatch(/^invită delegația UE și ambasadele statelor membre ale UE din Kazahstan să se coordoneze și să acționeze rapid/);
    expect(p(18)?.text).toMatch(/pentru a eradica tortura și relele tratamente din închisori;$/);
    expect(p(19)?.text).toMatch(/soluționarea pașnică a crizelor și alte instrumente, cum ar fi navetele diplomatice,/);
    expect(p(19)?.text).toMatch(/Reprezentantul Special al UE pentru Asia Centrală;$/);
  });

  it('joins "UE-Kazahstan" split at a line end', () => {
    const third = ofKind(doc, 'citation')[2];
    expect(third.text).toContain('Comitetului de cooperare UE-Kazahstan din 11 octombrie 2021');
    expect(third.text).not.toMatch(/UE- Kazahstan/);
  });
});

describe('every corpus version parses to the structure of the Romanian text', async () => {
  const versions = manifest.documents.flatMap((d) => d.versions.map((v) => ({ ...v, procedure: d.procedure })));
  const ro = await parseCorpus('2022-2505-RSP/ro.txt', true);

  it.each(versions.map((v) => [v.file, v] as const))('%s', async (_file, v) => {
    const doc = await parseCorpus(v.file, v.official);
    expect(doc.lang).toBe(v.lang);
    expect(doc.procedure).toBe(v.procedure);
    const counts = (d: ParsedDocument) => ['title', 'opening', 'citation', 'recital', 'paragraph', 'closing'].map((k) => d.units.filter((u) => u.kind === k).length);
    expect(counts(doc)).toEqual(counts(ro));
    const scheme = PROFILES[v.lang].lettering;
    expect(ofKind(doc, 'recital').map((u) => u.label)).toEqual(ofKind(ro, 'recital').map((_, i) => recitalLabel(scheme, i + 1)));
    expect(doc.units.filter((u) => u.kind === 'paragraph' || u.kind === 'closing').map((u) => u.label)).toEqual(
      ro.units.filter((u) => u.kind === 'paragraph' || u.kind === 'closing').map((u) => u.label),
    );
    expect(doc.footnotes.map((f) => f.n)).toEqual(ro.footnotes.map((f) => f.n));
    expect(doc.units.flatMap((u) => u.calls.map((c) => `${u.id}:${c.n}`))).toEqual(ro.units.flatMap((u) => u.calls.map((c) => `${u.id}:${c.n}`)));
  });
});
