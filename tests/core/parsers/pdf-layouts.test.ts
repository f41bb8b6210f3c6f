import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../core/index.js';
import { callMarker } from '../../../core/parsers/normalise.js';
import { pdfParser } from '../../../core/parsers/pdf.js';
import type { PdfPage, PdfTextRun } from '../../../core/parsers/pdf-layout.js';
import { layoutPages } from '../../../core/parsers/pdf-layout.js';
import { fixtureBytes } from './parser-contract.js';
import type { LayoutDoc } from './layout-docs.js';
import { LAYOUT_DOCS, expectedLayoutUnits } from './layout-docs.js';

/** A digit glued to a letter ("Kazahstan1") or a fifth digit glued to a year ("20202"): a lost footnote call. */
const GLUED_DIGIT = /\p{L}\d|(?<!\d)(?:19|20)\d{3}(?!\d)/u;

const FOOTERS: Record<string, RegExp> = { ro: /^Pagina \d din \d$/, en: /^\d$/, de: /^- \d -$/ };

/** The raw text layer, one string per line as pdf.js reports items (for checking what the fixture holds). */
async function rawItems(file: string): Promise<string[][]> {
  const pdf = await getDocumentProxy(fixtureBytes(file), { verbosity: 0 });
  const pages: string[][] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).filter((s) => s.trim() !== ''));
  }
  await pdf.destroy();
  return pages;
}

describe.each(LAYOUT_DOCS.map((doc) => [`pdf/layout/${doc.lang}-running-headers.pdf`, doc] as const))('%s', (file: string, doc: LayoutDoc) => {
  let parsed: ParsedDocument;
  const load = async () => (parsed ??= await pdfParser.parse(fixtureBytes(file), { fileName: file }));

  it('holds what it claims: three pages or more, a running header and a page-number footer repeated, notes at page bottoms', async () => {
    const pages = await rawItems(file);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const withHeader = pages.filter((items) => items.includes(doc.runningHeader)).length;
    expect(withHeader).toBe(doc.lang === 'en' ? pages.length - 1 : pages.length);
    for (const items of pages) expect(items.some((s) => FOOTERS[doc.lang].test(s))).toBe(true);
    expect(pages.flat()).toContain(doc.notes[2][1]);
  });

  it('parses to exactly the units, calls and footnotes of the document', async () => {
    const d = await load();
    expect(d.lang).toBe(doc.lang);
    expect(d.title).toBe(doc.title);
    expect(d.units.map((u) => ({ kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text, calls: u.calls }))).toEqual(expectedLayoutUnits(doc));
    expect(d.footnotes).toEqual(doc.footnotes.map((text, i) => ({ n: i + 1, text })));
  });

  it('keeps headers, footers and page numbers out of every unit, and leaves no digit glued to a word', async () => {
    const d = await load();
    for (const u of d.units) {
      expect(u.text, u.id).not.toContain(doc.runningHeader);
      expect(u.text, u.id).not.toMatch(/Pagina \d|- \d -|\s\d\s*$/);
      expect(u.text, u.id).not.toMatch(GLUED_DIGIT);
    }
    expect(d.units.find((u) => u.calls.some((c) => c.n === 1))?.id).toBe('citation:1');
    expect(d.units.find((u) => u.calls.some((c) => c.n === 2))?.id).toBe('citation:2');
    expect(d.units.find((u) => u.calls.some((c) => c.n === 3))?.id).toBe('recital:2');
    for (const f of d.footnotes) expect(f.text).not.toContain(doc.runningHeader);
  });
});

// --- layoutPages on synthetic pages ------------------------------------------------------------------------------

const run = (str: string, x: number, y: number, size = 11): PdfTextRun => ({ str, x, y, size, width: str.length * size * 0.5 });
const box = { bottom: 0, top: 800 };
/** A superscript call set right after `host`, raised by 4 pt. */
const callAfter = (host: PdfTextRun, n: number): PdfTextRun => run(String(n), host.x + host.width, host.y + 4, 7);

/** A page of body lines from y = 700 down, 15 pt apart, with optional header/footer/notes runs. */
function page(bodyLines: readonly string[], extra: readonly PdfTextRun[] = []): PdfPage {
  return { runs: [...bodyLines.map((t, i) => run(t, 60, 700 - i * 15)), ...extra], box };
}

/** Body lines so that body-size text dominates the page, as on any real page (the body size is the median). */
const FILL = ['B. whereas thousands of people were detained during the following days', 'and held without access to lawyers;', 'C. whereas access to the internet was cut off', 'across the whole country for several days;'];
const fill = () => FILL.map((t, i) => run(t, 60, 640 - i * 15));

describe('layoutPages', () => {
  it('removes a header repeated at the same height and page-number footers, and does not glue them into a unit', () => {
    const pages = [
      page(['1. calls on the Council to act', 'without delay and'], [run('Report on the situation', 60, 770, 11), run('Page 1 of 2', 280, 30, 8)]),
      page(['in full;', '2. Instructs its President to forward this resolution.'], [run('Report on the situation', 60, 770, 11), run('Page 2 of 2', 280, 30, 8)]),
    ];
    const out = layoutPages(pages);
    const texts = out.lines.map((l) => l.text);
    expect(texts).not.toContain('Report on the situation');
    expect(texts.some((t) => /Page \d of 2/.test(t))).toBe(false);
    expect(texts.filter((t) => t !== '')).toEqual(['1. calls on the Council to act', 'without delay and', 'in full;', '2. Instructs its President to forward this resolution.']);
    expect(out.furniture).toBe(4);
  });

  it('removes a small running header that appears once (first page without one), but not body-size text at the top', () => {
    const pages = [page(['1. first line', 'second line']), page(['third line'], [run('Resolution of 20 January 2022', 60, 770, 8)])];
    expect(layoutPages(pages).lines.map((l) => l.text)).not.toContain('Resolution of 20 January 2022');
    const bodyTop = [page(['1. first line', 'second line']), page(['third line'], [run('A heading set like the body', 60, 770, 11)])];
    expect(layoutPages(bodyTop).lines.map((l) => l.text)).toContain('A heading set like the body');
  });

  it('takes a lone number or a small "Page n" in a band for a page number, but not a body-size "Article 5"', () => {
    const pages = [page(['1. first line', 'second line'], [run('Article 5', 60, 40), run('Seite 1', 280, 20, 8)]), page(['third line'], [run('- 2 -', 280, 20, 11)])];
    const texts = layoutPages(pages).lines.map((l) => l.text);
    expect(texts).toContain('Article 5');
    expect(texts).not.toContain('Seite 1');
    expect(texts).not.toContain('- 2 -');
  });

  it('keeps bottom-band lines that repeat only up to numbers at different heights (two footnotes alike)', () => {
    const pages = [page(['– having regard to X', 'and Y']), page(['– having regard to Z'])];
    // Same text up to numbers, different heights, in the bottom band, set like the body: not furniture.
    const withNotes = [
      { ...pages[0], runs: [...pages[0].runs, run('4 Texts adopted, P9_TA(2021)0056.', 60, 60, 11)] },
      { ...pages[1], runs: [...pages[1].runs, run('7 Texts adopted, P9_TA(2021)0012.', 60, 70, 11)] },
    ];
    const texts = layoutPages(withNotes).lines.map((l) => l.text);
    expect(texts).toContain('4 Texts adopted, P9_TA(2021)0056.');
    expect(texts).toContain('7 Texts adopted, P9_TA(2021)0012.');
  });

  it('collects page-bottom footnotes whole (wrapped lines, raised labels) when every one is called', () => {
    const first = run('– having regard to its resolution on Kazakhstan', 60, 700);
    const second = run('A. whereas the protests began in 2022', 60, 685);
    const body = [first, callAfter(first, 1), run(',', first.x + first.width + 3.5, 700), second, callAfter(second, 2), run(';', second.x + second.width + 3.5, 685)];
    const pages: PdfPage[] = [
      {
        runs: [
          ...body,
          ...fill(),
          run('1', 60, 203, 5),
          run('Texts adopted on 11 February 2021, in the', 68, 200, 8),
          run('version published in the Official Journal.', 68, 190, 8),
          run('2 Final report of the mission.', 60, 180, 8),
        ],
        box,
      },
    ];
    const out = layoutPages(pages);
    expect(out.footnotes).toEqual([
      { n: 1, text: 'Texts adopted on 11 February 2021, in the version published in the Official Journal.' },
      { n: 2, text: 'Final report of the mission.' },
    ]);
    expect(out.lines.map((l) => l.text)).toEqual([`– having regard to its resolution on Kazakhstan${callMarker(1)},`, `A. whereas the protests began in 2022${callMarker(2)};`, '', ...FILL]);
  });

  it('continues a footnote body that the page break cut at the foot of the next page', () => {
    const first = run('– having regard to its resolution on Kazakhstan', 60, 700);
    const second = run('A. whereas the protests began in 2022', 60, 700);
    const pages: PdfPage[] = [
      { runs: [first, callAfter(first, 1), ...fill(), run('1 Texts adopted on 11 February 2021, in the', 60, 200, 8)], box },
      {
        runs: [second, callAfter(second, 2), ...fill(), run('version published in the Official Journal.', 68, 210, 8), run('2 Final report of the mission.', 60, 200, 8)],
        box,
      },
    ];
    const out = layoutPages(pages);
    expect(out.footnotes).toEqual([
      { n: 1, text: 'Texts adopted on 11 February 2021, in the version published in the Official Journal.' },
      { n: 2, text: 'Final report of the mission.' },
    ]);
    expect(out.lines.map((l) => l.text).join('\n')).not.toContain('Official Journal');
  });

  it('leaves the (joined) bodies in the lines for the recogniser when a body has no recognised call', () => {
    const pages: PdfPage[] = [
      {
        runs: [
          run('– having regard to its resolution on Kazakhstan1,', 60, 700),
          ...fill(),
          run('1 Texts adopted on 11 February 2021, in the', 60, 200, 8),
          run('version published in the Official Journal.', 68, 190, 8),
        ],
        box,
      },
    ];
    const out = layoutPages(pages);
    expect(out.footnotes).toBeNull();
    expect(out.lines.map((l) => l.text)).toEqual(['– having regard to its resolution on Kazakhstan1,', '', ...FILL, '', '1 Texts adopted on 11 February 2021, in the version published in the Official Journal.']);
  });

  it('leaves the bodies to the recogniser when the text calls a footnote the page bottoms do not hold', () => {
    const first = run('– having regard to its resolution on Kazakhstan', 60, 700);
    const second = run('A. whereas the protests began in 2022', 60, 685);
    const pages: PdfPage[] = [{ runs: [first, callAfter(first, 1), second, callAfter(second, 2), ...fill(), run('1 Texts adopted.', 60, 200, 8)], box }];
    const out = layoutPages(pages);
    expect(out.footnotes).toBeNull();
    expect(out.lines.map((l) => l.text)).toContain('1 Texts adopted.');
  });

  it('does not take a following small line after a wide gap (a footer) into the last footnote', () => {
    const pages: PdfPage[] = [
      {
        runs: [
          run('– having regard to its resolution', 60, 700),
          callAfter(run('– having regard to its resolution', 60, 700), 1),
          ...fill(),
          run('1 Texts adopted.', 60, 200, 8),
          run('Printed on recycled paper', 60, 120, 8),
        ],
        box,
      },
    ];
    const out = layoutPages(pages);
    expect(out.footnotes).toEqual([{ n: 1, text: 'Texts adopted.' }]);
    expect(out.lines.map((l) => l.text)).toContain('Printed on recycled paper');
  });
});
