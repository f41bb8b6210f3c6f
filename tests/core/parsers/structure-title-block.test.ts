import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../core/parsers/index.js';
import type { SourceFormat } from '../../../core/model/document.js';
import { docxParser } from '../../../core/parsers/docx.js';
import { htmlParser } from '../../../core/parsers/html.js';
import { pdfParser } from '../../../core/parsers/pdf.js';
import { fixtureBytes } from './parser-contract.js';

/** Lines of a text; with `blocks`, each line is its own block (a blank line after it), as DOCX/HTML give them. */
const lines = (text: string, blocks = false) =>
  text
    .split('\n')
    .flatMap((t) => (blocks ? [t, ''] : [t]))
    .map((t, i) => ({ text: t, line: i + 1 }));

const BODY = [
  'The European Parliament,',
  '– having regard to its previous resolutions on Testland,',
  'A. whereas protests began in January;',
  '1. Condemns the violence;',
  '2. Instructs its President to forward this resolution to the Council and the Commission.',
];
const TITLE = 'European Parliament resolution of 20 January 2022 on the situation in Testland';

const frontMatter = (doc: ReturnType<typeof buildDocument>) => doc.warnings.filter((w) => w.code === 'front-matter');

describe('the procedure line of the title block', () => {
  it.each([
    ['own line after the title (TXT)', [TITLE, '(2022/2505(RSP))', ...BODY].join('\n'), false, 'txt'],
    ['own line after a blank line (TXT)', [TITLE, '', '(2022/2505(RSP))', '', ...BODY].join('\n'), false, 'txt'],
    ['own paragraph (DOCX/HTML blocks)', [TITLE, '(2022/2505(RSP))', ...BODY].join('\n'), true, 'docx'],
    ['without brackets', [TITLE, '2022/2505(RSP)', ...BODY].join('\n'), true, 'html'],
    ['after the tabling date (doceo motion)', [TITLE, '19.1.2022 - (2022/2505(RSP))', ...BODY].join('\n'), true, 'html'],
    ['above the title', ['(2022/2505(RSP))', TITLE, ...BODY].join('\n'), true, 'docx'],
  ] as const)('%s: feeds the procedure and is not reported as left out', (_name, text, blocks, format) => {
    const doc = buildDocument({ lines: lines(text, blocks), format: format as SourceFormat, lang: 'en' });
    expect(doc.title).toBe(TITLE);
    expect(doc.procedure).toBe('2022/2505(RSP)');
    expect(frontMatter(doc)).toEqual([]);
    expect(doc.units.map((u) => u.id)).toEqual(['title', 'opening', 'citation:1', 'recital:1', 'para:1', 'closing']);
  });

  it('still reports lines that are truly left out, naming them, and not the procedure line', () => {
    const text = ['Plenary sitting', TITLE, '(2022/2505(RSP))', 'Some stray note typed here', ...BODY].join('\n');
    const doc = buildDocument({ lines: lines(text, true), format: 'docx', lang: 'en' });
    const w = frontMatter(doc);
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/^2 line\(s\) before the opening line/);
    expect(w[0].message).toContain('"Plenary sitting"');
    expect(w[0].message).toContain('"Some stray note typed here"');
    expect(w[0].message).not.toContain('RSP');
    expect(doc.procedure).toBe('2022/2505(RSP)');
  });

  it('a line that only mentions a procedure among other words is still left out (and reported)', () => {
    const text = [TITLE, '(2022/2505(RSP))', 'see also procedure 2021/2001(INI) for background', ...BODY].join('\n');
    const doc = buildDocument({ lines: lines(text, true), format: 'docx', lang: 'en' });
    expect(frontMatter(doc)).toHaveLength(1);
    expect(frontMatter(doc)[0].message).toContain('see also procedure');
  });

  // Fixtures that warned "1 line(s) … left out" for "(2022/2505(RSP))" alone before.
  it.each([
    ['docx/layout/de-libreoffice.docx', docxParser],
    ['docx/layout/ro-word-footnotes.docx', docxParser],
    ['pdf/layout/de-running-headers.pdf', pdfParser],
    ['html/bg-eurlex.html', htmlParser],
    ['html/en-eurlex.html', htmlParser],
  ] as const)('%s: no front-matter warning for its procedure line', async (file, parser) => {
    const doc = await parser.parse(fixtureBytes(file), { fileName: file });
    expect(doc.procedure).toBe('2022/2505(RSP)');
    for (const w of frontMatter(doc)) expect(w.message).not.toContain('RSP');
  });

  it('docx/en.docx still reports the furniture line it leaves out, but not the procedure line', async () => {
    const doc = await docxParser.parse(fixtureBytes('docx/en.docx'), { fileName: 'en.docx' });
    expect(doc.procedure).toBe('2022/2505(RSP)');
    for (const w of frontMatter(doc)) expect(w.message).not.toContain('RSP');
  });
});
