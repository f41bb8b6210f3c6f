import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../core/index.js';
import type { ParsedDocument } from '../../../core/index.js';
import { docxParser } from '../../../core/parsers/docx.js';
import { joinTypedNoteParagraphs } from '../../../core/parsers/docx-html.js';
import { joinNoteParagraphs, markRaisedRuns, readCharacterStyles, unwrapSimpleFields } from '../../../core/parsers/docx-xml.js';
import { seededRandom } from '../../../scripts/lib/random.js';
import { fixtureBytes } from './parser-contract.js';
import type { LayoutDoc } from './layout-docs.js';
import { LAYOUT_DOCS, expectedLayoutUnits } from './layout-docs.js';

const FORMS = ['word-footnotes', 'superscript', 'libreoffice'] as const;

/** A digit glued to a letter ("Kazahstan1") or a fifth digit glued to a year ("20202"): a lost footnote call. */
const GLUED_DIGIT = /\p{L}\d|(?<!\d)(?:19|20)\d{3}(?!\d)/u;

async function part(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(fixtureBytes(file));
  const entry = zip.file(name);
  if (!entry) throw new Error(`${file} has no ${name}`);
  return entry.async('string');
}

/** Unit text with "{n}" at each call, to show which word a call follows. */
function withCalls(text: string, calls: readonly { n: number; offset: number }[]): string {
  let out = text;
  for (const c of [...calls].sort((a, b) => b.offset - a.offset)) out = `${out.slice(0, c.offset)}{${c.n}}${out.slice(c.offset)}`;
  return out;
}

describe.each(LAYOUT_DOCS.flatMap((doc) => FORMS.map((form) => [`docx/layout/${doc.lang}-${form}.docx`, doc] as const)))(
  '%s',
  (file: string, doc: LayoutDoc) => {
    let parsed: ParsedDocument;
    const load = async () => (parsed ??= await docxParser.parse(fixtureBytes(file), { fileName: file }));

    it('parses to exactly the units, calls and footnotes of the document', async () => {
      const d = await load();
      expect(d.lang).toBe(doc.lang);
      expect(d.title).toBe(doc.title);
      expect(d.units.map((u) => ({ kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text, calls: u.calls }))).toEqual(expectedLayoutUnits(doc));
      expect(d.footnotes).toEqual(doc.footnotes.map((text, i) => ({ n: i + 1, text })));
    });

    it('puts each call after the country name or the year it belongs to, and leaves no digit glued to a word', async () => {
      const d = await load();
      const shown = d.units.filter((u) => u.calls.length > 0).map((u) => withCalls(u.text, u.calls));
      const country = { ro: 'Kazahstan', en: 'Kazakhstan', de: 'Kasachstan' }[doc.lang as 'ro' | 'en' | 'de'];
      expect(shown).toHaveLength(3);
      expect(shown[0]).toMatch(new RegExp(`${country}\\{1\\},$`));
      expect(shown[1]).toContain('2020{2}');
      expect(shown[2]).toContain('2021{3}');
      expect(d.units.find((u) => u.calls.some((c) => c.n === 1))?.id).toBe('citation:1');
      expect(d.units.find((u) => u.calls.some((c) => c.n === 2))?.id).toBe('citation:2');
      expect(d.units.find((u) => u.calls.some((c) => c.n === 3))?.id).toBe('recital:2');
      for (const u of d.units) expect(u.text, u.id).not.toMatch(GLUED_DIGIT);
      expect(d.footnotes[2].text).toBe(doc.footnotes[2]);
    });

    it('drops soft hyphens, keeps non-breaking hyphens as hyphens, and no typed separator line', async () => {
      const d = await load();
      const all = d.units.map((u) => u.text).join('\n');
      expect(all).not.toMatch(/[\u00AD\u2011]|_{3}/);
      expect(all).toMatch(/\b(?:UE|EU)-Ka[sz]a(?:ch|kh|h)stan\b/);
      expect(d.units.find((u) => u.id === 'recital:1')?.text).toMatch(/Mang(?:h[îy]|y)stau/);
    });
  },
);

describe('the Word fixtures hold what they claim (so the tests above test it)', () => {
  it.each(LAYOUT_DOCS.map((d) => [d.lang, d] as const))('%s: real footnotes, a two-paragraph note, tracked changes, a comment, Word hyphens', async (lang, doc) => {
    const file = `docx/layout/${lang}-word-footnotes.docx`;
    const xml = await part(file, 'word/document.xml');
    expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(3);
    expect(xml).toContain(`<w:delText xml:space="preserve">${doc.deleted}</w:delText>`);
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:commentReference w:id="0"/>');
    expect(xml).toContain('<w:softHyphen/>');
    expect(xml).toContain('<w:noBreakHyphen/>');
    const notes = await part(file, 'word/footnotes.xml');
    const third = /<w:footnote w:id="3">([\s\S]*?)<\/w:footnote>/.exec(notes)?.[1] ?? '';
    expect(third.match(/<w:p>|<w:p /g)).toHaveLength(2);
    expect(await part(file, 'word/comments.xml')).toContain('check the term');
    if (lang === 'de') expect(xml).toContain('<w:tbl>');
  });

  it.each(LAYOUT_DOCS.map((d) => [d.lang] as const))('%s: the tracked deletion and the comment stay out of the text', async (lang) => {
    const doc = LAYOUT_DOCS.find((d) => d.lang === lang) as LayoutDoc;
    const d = await docxParser.parse(fixtureBytes(`docx/layout/${lang}-word-footnotes.docx`), {});
    const all = [...d.units.map((u) => u.text), ...d.footnotes.map((f) => f.text)].join('\n');
    expect(all).not.toContain(doc.deleted.trim());
    expect(all).not.toContain('check the term');
    expect(all).not.toContain(doc.runningHeader);
    expect(d.units.find((u) => u.id === 'para:1')?.text).toBe(doc.paragraphs[0]);
  });

  it('superscript fixtures write calls as w:vertAlign runs and type the notes as paragraphs', async () => {
    const xml = await part('docx/layout/ro-superscript.docx', 'word/document.xml');
    expect(xml).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">1<\/w:t>/);
    expect(xml).not.toContain('w:footnoteReference');
  });

  it('LibreOffice fixtures are as LibreOffice wrote them: raised runs (w:position) or a raising character style', async () => {
    for (const lang of ['ro', 'en']) {
      const xml = await part(`docx/layout/${lang}-libreoffice.docx`, 'word/document.xml');
      // LibreOffice: a raise of 40 % at 65 % size → position 10 half-points, size 16 half-points, no vertAlign.
      expect(xml).toContain('<w:r><w:rPr><w:position w:val="10"/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r>');
      expect(xml).not.toContain('w:vertAlign');
      expect(xml).not.toContain('w:footnoteReference');
    }
    const de = await part('docx/layout/de-libreoffice.docx', 'word/document.xml');
    expect(de).toContain('<w:rStyle w:val="Call"/></w:rPr><w:t>1</w:t>');
    expect(await part('docx/layout/de-libreoffice.docx', 'word/styles.xml')).toMatch(/w:styleId="Call">[\s\S]*?<w:vertAlign w:val="superscript"\/>/);
  });
});

describe('docx-xml rewrites', () => {
  const styles = readCharacterStyles(
    '<w:styles><w:style w:type="character" w:styleId="Up"><w:rPr><w:position w:val="6"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Call"><w:basedOn w:val="Up"/><w:rPr><w:sz w:val="14"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Sup"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Para"><w:rPr><w:position w:val="6"/></w:rPr></w:style></w:styles>',
  );
  const run = (rPr: string) => `<w:p><w:r><w:rPr>${rPr}</w:rPr><w:t>1</w:t></w:r></w:p>`;
  const SUP = '<w:vertAlign w:val="superscript"/>';

  it('makes a run raised by w:position > 0 a superscript run', () => {
    expect(markRaisedRuns(run('<w:position w:val="6"/><w:sz w:val="14"/>'), styles)).toBe(run(`<w:position w:val="6"/><w:sz w:val="14"/>${SUP}`));
  });

  it('reads a strict-document position with a unit ("3pt") by its sign', () => {
    expect(markRaisedRuns(run('<w:position w:val="3pt"/>'), styles)).toBe(run(`<w:position w:val="3pt"/>${SUP}`));
    expect(markRaisedRuns(run('<w:position w:val="-3pt"/>'), styles)).toBe(run('<w:position w:val="-3pt"/>'));
  });

  it('leaves lowered runs, runs with their own vertAlign, and unraised runs alone', () => {
    for (const rPr of ['<w:position w:val="-4"/>', '<w:position w:val="0"/>', '<w:position w:val="6"/><w:vertAlign w:val="baseline"/>', '<w:b/>']) {
      expect(markRaisedRuns(run(rPr), styles)).toBe(run(rPr));
    }
  });

  it('follows character styles and their basedOn chain; a paragraph style or an own position overrides nothing', () => {
    expect(markRaisedRuns(run('<w:rStyle w:val="Call"/>'), styles)).toBe(run(`<w:rStyle w:val="Call"/>${SUP}`));
    expect(markRaisedRuns(run('<w:rStyle w:val="Sup"/>'), styles)).toBe(run(`<w:rStyle w:val="Sup"/>${SUP}`));
    expect(markRaisedRuns(run('<w:rStyle w:val="Para"/>'), styles)).toBe(run('<w:rStyle w:val="Para"/>'));
    expect(markRaisedRuns(run('<w:rStyle w:val="Call"/><w:position w:val="0"/>'), styles)).toBe(run('<w:rStyle w:val="Call"/><w:position w:val="0"/>'));
  });

  it('reads the run properties, not the former ones of a tracked formatting change', () => {
    const rPr = '<w:b/><w:rPrChange w:id="1" w:author="A"><w:rPr><w:position w:val="6"/></w:rPr></w:rPrChange>';
    expect(markRaisedRuns(run(rPr), styles)).toBe(run(rPr));
  });

  it('leaves paragraph-mark properties and text alone', () => {
    const xml = '<w:p><w:pPr><w:rPr><w:position w:val="6"/></w:rPr></w:pPr><w:r><w:t>x &lt;w:position w:val="6"/&gt;</w:t></w:r></w:p>';
    expect(markRaisedRuns(xml, styles)).toBe(xml);
  });

  it('joins the paragraphs of a note with a line break and drops the later paragraphs\' properties', () => {
    const xml =
      '<w:footnotes><w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FN"/></w:pPr><w:r><w:footnoteRef/></w:r><w:r><w:t>One.</w:t></w:r></w:p>\n' +
      '<w:p><w:pPr><w:pStyle w:val="FN"/></w:pPr><w:r><w:t>Two.</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Three.</w:t></w:r></w:p></w:footnote></w:footnotes>';
    expect(joinNoteParagraphs(xml)).toBe(
      '<w:footnotes><w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FN"/></w:pPr><w:r><w:footnoteRef/></w:r><w:r><w:t>One.</w:t></w:r>' +
        '<w:r><w:br/></w:r><w:r><w:t>Two.</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>Three.</w:t></w:r></w:p></w:footnote></w:footnotes>',
    );
  });
});

describe('package parts found through relationships', () => {
  it('finds the main part, its notes and styles when they are not at the usual names', async () => {
    const zip = await JSZip.loadAsync(fixtureBytes('docx/layout/de-libreoffice.docx'));
    const move = async (from: string, to: string) => {
      zip.file(to, await (zip.file(from) as JSZip.JSZipObject).async('uint8array'));
      zip.remove(from);
    };
    await move('word/document.xml', 'word/main.xml');
    await move('word/_rels/document.xml.rels', 'word/_rels/main.xml.rels');
    await move('word/styles.xml', 'word/look.xml');
    const fix = async (name: string, edit: (s: string) => string) => zip.file(name, edit(await (zip.file(name) as JSZip.JSZipObject).async('string')));
    await fix('_rels/.rels', (s) => s.replace('word/document.xml', 'word/main.xml'));
    await fix('[Content_Types].xml', (s) => s.replace('/word/document.xml', '/word/main.xml').replace('/word/styles.xml', '/word/look.xml'));
    await fix('word/_rels/main.xml.rels', (s) => s.replace('Target="styles.xml"', 'Target="look.xml"'));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const doc = LAYOUT_DOCS.find((d) => d.lang === 'de') as LayoutDoc;
    const d = await docxParser.parse(bytes, { fileName: 'renamed.docx' });
    // The DE LibreOffice fixture raises its calls through the character style "Call" in the styles part.
    expect(d.units.map((u) => ({ kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text, calls: u.calls }))).toEqual(expectedLayoutUnits(doc));
  });

  it('finds a footnotes part under another name and keeps its two-paragraph note whole', async () => {
    const zip = await JSZip.loadAsync(fixtureBytes('docx/layout/ro-word-footnotes.docx'));
    zip.file('word/notes.xml', await (zip.file('word/footnotes.xml') as JSZip.JSZipObject).async('uint8array'));
    zip.remove('word/footnotes.xml');
    const fix = async (name: string, edit: (s: string) => string) => zip.file(name, edit(await (zip.file(name) as JSZip.JSZipObject).async('string')));
    await fix('word/_rels/document.xml.rels', (s) => s.replace(/Target="(?:\/word\/)?footnotes\.xml"/, 'Target="notes.xml"'));
    await fix('[Content_Types].xml', (s) => s.replace('/word/footnotes.xml', '/word/notes.xml'));
    const d = await docxParser.parse(await zip.generateAsync({ type: 'uint8array' }), {});
    const doc = LAYOUT_DOCS.find((x) => x.lang === 'ro') as LayoutDoc;
    expect(d.footnotes).toEqual(doc.footnotes.map((text, i) => ({ n: i + 1, text })));
  });
});

describe('fields', () => {
  it('keeps the result a simple field shows and drops one without a result', () => {
    expect(unwrapSimpleFields('<w:p><w:fldSimple w:instr=" DOCPROPERTY Country \\* MERGEFORMAT "><w:r><w:t>Kazahstan</w:t></w:r></w:fldSimple><w:fldSimple w:instr="IF 1 > 0"/></w:p>')).toBe(
      '<w:p><w:r><w:t>Kazahstan</w:t></w:r></w:p>',
    );
  });

  it('in a Word file: a DOCPROPERTY simple field keeps its word, a NOTEREF complex field is a second call to note 1', async () => {
    const file = 'docx/layout/ro-word-footnotes.docx';
    const zip = await JSZip.loadAsync(fixtureBytes(file));
    const xml = await part(file, 'word/document.xml');
    const target = 'invită autoritățile din Kazahstan să elibereze toți protestatarii pașnici;';
    expect(xml).toContain(`<w:t xml:space="preserve">${target}</w:t>`);
    const noteRef =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NOTEREF _Ref1 \\f \\h </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>1</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const edited = xml.replace(
      `<w:t xml:space="preserve">${target}</w:t></w:r>`,
      '<w:t xml:space="preserve">invită autoritățile din </w:t></w:r><w:fldSimple w:instr=" DOCPROPERTY  Country "><w:r><w:t>Kazahstan</w:t></w:r></w:fldSimple>' +
        `<w:r><w:t xml:space="preserve"> să elibereze toți protestatarii pașnici</w:t></w:r>${noteRef}<w:r><w:t>;</w:t></w:r>`,
    );
    zip.file('word/document.xml', edited);
    const d = await docxParser.parse(await zip.generateAsync({ type: 'uint8array' }), {});
    const para2 = d.units.find((u) => u.id === 'para:2');
    expect(para2?.text).toBe(target);
    expect(para2?.calls).toEqual([{ n: 1, offset: target.length - 1 }]);
    for (const u of d.units) expect(u.text).not.toMatch(/NOTEREF|DOCPROPERTY|MERGEFORMAT/);
  });
});

describe('typed footnote lists', () => {
  it('joins an unnumbered paragraph between typed notes n and n + 1 to note n, and leaves one after the last note', () => {
    const html = '<p>1. text<sup>1</sup></p><p><sup>1</sup> One,</p><p>continued.</p><p>and more.</p><p><sup>2</sup> Two.</p><p>After the list.</p>';
    expect(joinTypedNoteParagraphs(html)).toBe('<p>1. text<sup>1</sup></p><p><sup>1</sup> One,<br />continued.<br />and more.</p><p><sup>2</sup> Two.</p><p>After the list.</p>');
  });

  it('leaves paragraphs alone when no list numbered from 1 follows, or siblings are not adjacent', () => {
    for (const html of ['<p><sup>2</sup> Two.</p><p>text</p><p><sup>3</sup> Three.</p>', '<p><sup>1</sup> One.</p><table><tr><td><p>cell</p></td></tr></table><p><sup>2</sup> Two.</p>']) {
      expect(joinTypedNoteParagraphs(html)).toBe(html);
    }
  });

  it('in a translator\'s DOCX: a typed note of two paragraphs stays one footnote', async () => {
    const file = 'docx/layout/ro-superscript.docx';
    const zip = await JSZip.loadAsync(fixtureBytes(file));
    const xml = await part(file, 'word/document.xml');
    const note = '\tTexte adoptate, P9_TA(2021)0056.</w:t></w:r></w:p>';
    expect(xml).toContain(note);
    zip.file('word/document.xml', xml.replace(note, '\tTexte adoptate,</w:t></w:r></w:p><w:p><w:r><w:t>P9_TA(2021)0056.</w:t></w:r></w:p>'));
    const d = await docxParser.parse(await zip.generateAsync({ type: 'uint8array' }), {});
    const doc = LAYOUT_DOCS.find((x) => x.lang === 'ro') as LayoutDoc;
    expect(d.footnotes).toEqual(doc.footnotes.map((text, i) => ({ n: i + 1, text })));
    expect(d.units.map((u) => ({ kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text, calls: u.calls }))).toEqual(expectedLayoutUnits(doc));
  });
});

describe('notes with tables', () => {
  it('joins note paragraphs only where a paragraph follows a paragraph; a table inside a note stays whole', () => {
    const xml =
      '<w:footnotes><w:footnote w:id="1"><w:p><w:r><w:t>Before.</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:pPr/><w:r><w:t>After.</w:t></w:r></w:p><w:p><w:r><w:t>Last.</w:t></w:r></w:p></w:footnote></w:footnotes>';
    expect(joinNoteParagraphs(xml)).toBe(
      '<w:footnotes><w:footnote w:id="1"><w:p><w:r><w:t>Before.</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
        '<w:p><w:pPr/><w:r><w:t>After.</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>Last.</w:t></w:r></w:p></w:footnote></w:footnotes>',
    );
  });
});

describe('damaged layout DOCX', () => {
  it('a LibreOffice DOCX cut short is a ParseError "parse", not a crash', async () => {
    const bytes = fixtureBytes('docx/layout/ro-libreoffice.docx');
    const err = await docxParser.parse(bytes.slice(0, bytes.length - 200), { fileName: 'cut.docx' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).code).toBe('parse');
  });

  it('a DOCX whose document.xml is corrupted inside a whole ZIP is a ParseError "parse"', async () => {
    const zip = await JSZip.loadAsync(fixtureBytes('docx/layout/ro-libreoffice.docx'));
    zip.file('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>unclosed');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const err = await docxParser.parse(bytes, { fileName: 'bad.docx' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).code).toBe('parse');
  });
});

describe('damaged Word XML inside a whole ZIP', () => {
  /** Cuts, doubles and junk tags in the XML the rewrites scan (document and notes), where byte flips in a ZIP rarely land. */
  const EDITS: ((xml: string, rnd: () => number) => string)[] = [
    (x, r) => {
      const at = Math.floor(r() * x.length);
      return x.slice(0, at) + x.slice(at + 1 + Math.floor(r() * 400));
    },
    (x, r) => {
      const at = Math.floor(r() * x.length);
      return x.slice(0, at) + ['<w:r>', '</w:rPr>', '<w:p>', '</w:footnote>', '<w:position w:val="9"/>', '<w:fldSimple w:instr="', '"', '<'][Math.floor(r() * 8)] + x.slice(at);
    },
    (x, r) => {
      const at = Math.floor(r() * x.length);
      const len = Math.floor(r() * 300);
      return x.slice(0, at + len) + x.slice(at, at + len) + x.slice(at + len);
    },
  ];

  it.each([['docx/layout/ro-libreoffice.docx'], ['docx/layout/de-word-footnotes.docx']])('%s: 30 damaged copies each parse or fail with a ParseError', async (file) => {
    const rnd = seededRandom(file.length);
    const original = await JSZip.loadAsync(fixtureBytes(file));
    const names = ['word/document.xml', 'word/footnotes.xml'].filter((n) => original.file(n) !== null);
    const outcomes = { parsed: 0, refused: 0 };
    for (let round = 0; round < 30; round++) {
      const zip = await JSZip.loadAsync(fixtureBytes(file));
      const name = names[round % names.length];
      const entry = zip.file(name) as JSZip.JSZipObject;
      let xml = await entry.async('string');
      for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) xml = EDITS[Math.floor(rnd() * EDITS.length)](xml, rnd);
      zip.file(name, xml);
      const bytes = await zip.generateAsync({ type: 'uint8array' });
      try {
        const d = await docxParser.parse(bytes, { fileName: 'damaged.docx' });
        for (const u of d.units) expect(u.text).not.toMatch(/[\uE000\uE001]/u);
        outcomes.parsed++;
      } catch (e) {
        expect(e).toBeInstanceOf(ParseError);
        outcomes.refused++;
      }
    }
    expect(outcomes.parsed + outcomes.refused).toBe(30);
    // Some copies still parse (damage inside text), so the rewrites run on damaged XML that goes on to mammoth.
    expect(outcomes.parsed).toBeGreaterThan(0);
  });
});
