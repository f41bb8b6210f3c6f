import type { LangCode } from '../model/language.js';
import { isLangCode } from '../model/language.js';
import { PROFILES } from '../lang/profiles/index.js';
import { extractReferences } from '../text/references.js';
import { fold } from './normalise.js';

/**
 * What the institutions' web pages put around a resolution, as a translator gets it: the doceo "Texts adopted",
 * motion and joint-motion pages (language menu, procedure block, "PDF 148kWORD 54k", raw `<Titre>` tags, footer)
 * and EUR-Lex pages of the Official Journal (site header, "Document 52022IP0012", the OJ line, the
 * date/language/journal/page header, "(2022/C 336/05)"), in their HTML form and as text copied out of a browser.
 * Studied on real pages (doceo TA-9-2022-0012_SL, TA-9-2020-0054_RO, TA-9-2019-0110_FR, TA-8-2017-0377_DE,
 * TA-8-2018-0032_EL, TA-8-2016-0311_PL, TA-8-2019-0114_IT, B-9-2022-0065_EN, B-9-2020-0402_HR, RC-6-2008-0209_RO;
 * EUR-Lex 52017IP0487 RO, 52022IP0081 EN, 52019IP0058 FR, 52018IP0019 DE, 52009IP0074 BG, 52019IP0098 SV).
 * Pure, deterministic, never throws.
 */

/**
 * The language menu of doceo pages: "bg - български", "en - English (Selected)", "lv - latviešu valoda", optionally
 * bulleted. The name after the code must be that language's own name, so that a wrapped line such as
 * "de - facto control" is not taken for one.
 */
const MENU_ITEM = /^(?:[•·*]\s*)?([a-z]{2}) - (\S.{0,24})$/u;
/** doceo download links: "PDF 148kWORD 54k", "PDF 455kWORD 42 42k", "PDF 148k WORD 54k". */
const DOWNLOADS = /^(?:PDF|WORD|DOC|DOCX)\s*\d+\s*k(?:\s*(?:PDF|WORD|DOC|DOCX)(?:\s*\d+)+\s*k)*$/i;
/** Minutes and verbatim-report links of the procedure block: "PV 19/01/2022 - 20.2", "CRE 16/04/2020 - 17". */
const MINUTES = /^(?:PV|CRE)\s+\d{2}\/\d{2}\/\d{4}\s*-\s*[\d.]+$/;
/** One EP document reference; lines made only of these (the doceo reference line is glued: "P9_TA(2022)0012RC-B9-0065/2022"). */
const REF = String.raw`(?:P\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{4}|(?:RC-)?[ABC]\d{1,2}-\d{4}\/\d{4}|TA-\d{1,2}-\d{4}-\d{4}|PE\s?\d{3}\.\d{3}(?:v\d{2}-\d{2})?)`;
const REFERENCE_LINE = new RegExp(String.raw`^${REF}(?:\s*(?:\}|RC\d)?\s*${REF})*$`);
/**
 * Raw tags of the EP's document XML that doceo motion pages show as text (B-9-2022-0065_EN): `<TitreType>`,
 * `<Titre>`, `<Depute>`, `<Commission>`, `<RepeatBlock-By>`, `<Date>{18/01/2022}18.1.2022</Date>`, `<NoDocSe>`.
 */
const RAW_TAG_LINE = /^<\/?[A-Z][A-Za-z-]*>.*$|^.*<\/[A-Z][A-Za-z-]*>$/;
/** Rules between text and notes: "_________________", "***". */
const RULE_LINE = /^[_*=\-–—]{3,}$/;
/**
 * EUR-Lex site furniture, which EUR-Lex shows in its interface language (English on the pages studied), and the
 * OJ header cells: the date "2.9.2022", the page "C 336/50" / "CE 168/26" / "L 417/115", the notice number
 * "(2022/C 336/05)" / "2013/C 168 E/05", and the metadata line "JO C 336, 2.9.2022, p. 50–55 (BG, ES, …)".
 */
const OJ_LAYOUT_LINES: readonly RegExp[] = [
  /^Document\s+(?:[0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?|C\/\d{4}\/\d{1,5})$/,
  /^(?:C|L|CE|CA|CI)\s?\d{1,4}\s?E?\/\d{1,4}$/,
  /^\(?\d{4}\/(?:C|L|CE|CA)\s?\d{1,4}\s?E?\/\d{1,3}\)?$/,
  // The metadata line; a second one lists the language(s) printed in another issue: "OJ C 347, …, p. 176–184 (GA)".
  // Since October 2023 the C series is published act by act: "OJ C, C/2024/4153, 4.7.2024, ELI: … (BG, ES, …)".
  /^[^\s(]{1,6}(?:\s[^\s(]{1,6})?\s(?:C|L|CE|CA|CI)(?:,|\s?\d{1,4}\s?E?\b).*\((?:[A-Z]{2}, )*[A-Z]{2}\)$/u,
];
const EURLEX_LINES: readonly RegExp[] = [
  ...OJ_LAYOUT_LINES,
  /^EUR-Lex(?:\s*[-–]\s*|\s+)Access to European Union law$/i,
  /^Back to EUR-Lex homepage$/i,
  /^This document is an excerpt from the EUR-Lex website$/i,
  /^Choose the experimental features you want to try$/i,
  /^ELI:\s*https?:\/\/data\.europa\.eu\/eli\/\S+$/,
  /^\d{1,2}\.\d{1,2}\.\d{4}$/,
  /^Top$/,
  /^\((?:[A-Z]{2}, )*[A-Z]{2}\)$/, // the language list of the metadata line, when it wraps
];
/** The header of doceo pages (logo link title, language-menu heading) as copied; the menu heading is in French on every page studied. */
const DOCEO_LINES: readonly RegExp[] = [/^Go back to the Europarl portal$/i, /^Choisissez la langue de votre document\s*:$/];

/**
 * Whether a line is page furniture wherever it stands: a language-menu item, download links, a minutes link, a
 * line of bare references, a raw XML tag, a rule, or an EUR-Lex / doceo interface line. Lines that only furniture
 * can be (nothing here can be the text of a citation, recital or paragraph).
 */
export function isPageFurnitureLine(line: string): boolean {
  const m = MENU_ITEM.exec(line);
  if (m && isLangCode(m[1]) && fold(m[2]).startsWith(fold(PROFILES[m[1]].nativeName))) return true;
  return (
    DOWNLOADS.test(line) ||
    MINUTES.test(line) ||
    REFERENCE_LINE.test(line) ||
    RAW_TAG_LINE.test(line) ||
    RULE_LINE.test(line) ||
    EURLEX_LINES.some((re) => re.test(line)) ||
    DOCEO_LINES.some((re) => re.test(line))
  );
}

/**
 * Whether the front matter shows the Official Journal layout (EUR-Lex page or OJ copy): then footnote calls are
 * written " (1)" with a space (facts doc §3), which `markGluedCalls` may accept.
 */
export function hasOjLayout(frontMatter: readonly string[]): boolean {
  return frontMatter.some((l) => OJ_LAYOUT_LINES.some((re) => re.test(l)));
}

/**
 * Puts a space where doceo runs references and dates together ("P9_TA(2022)0012RC-B9-0065/2022",
 * "{18/01/2022}18.1.2022", "…RC-B9-0065/2022Joint motion for a resolution"), so that each is found whole.
 */
export function separateGluedReferences(text: string): string {
  return text
    .replace(/(P\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{4})(?=[A-Z])/g, '$1 ')
    .replace(/((?:RC-)?[ABC]\d{1,2}-\d{4}\/\d{4})(?=\p{L})/gu, '$1 ')
    .replace(/\{\d{2}\/\d{2}\/\d{4}\}/g, ' ');
}

function pad4(n: string): string {
  return n.padStart(4, '0');
}

/**
 * References that only the front matter gives: the CELEX number ("Document 52022IP0012") and the Official
 * Journal publication of the text itself, from the metadata line ("JO C 336, 2.9.2022, p. 50–55 (BG, …)") or
 * from the header cells ("2.9.2022" + "C 336/50"). The OJ publication is written in EUR-Lex's own URI form,
 * `OJ:C:2022:336:0050:0055` (series, year, issue, first and last page), which has no spaces, so that a reference
 * list stays a list of tokens. Footnote bodies are not front matter: they cite other documents.
 */
export function frontMatterReferences(frontMatter: readonly string[], lang: LangCode): string[] {
  const out = new Set<string>();
  let date: { y: string } | null = null;
  let page: { series: string; issue: string; page: string } | null = null;
  // A metadata line whose language list wrapped onto a line of its own is one line.
  const joined: string[] = [];
  for (const line of frontMatter) {
    if (/^\((?:[A-Z]{2}, )*[A-Z]{2}\)$/.test(line) && joined.length > 0) joined[joined.length - 1] += ` ${line}`;
    else joined.push(line);
  }
  for (const line of joined) {
    const celex = /^Document\s+([0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?|C\/\d{4}\/\d{1,5})$/.exec(line) ?? /\bCELEX(?::|%3A)\s*([0-9CE]\d{4}[A-Z]{1,2}\d{4})\b/.exec(line);
    if (celex) out.add(celex[1]);
    // Only the metadata line of the issue that prints this language version (EUR-Lex lists GA apart).
    const printed = /\(((?:[A-Z]{2}, )*[A-Z]{2})\)$/.exec(line);
    if (printed && printed[1].split(', ').includes(lang.toUpperCase())) {
      const act = /\bC\/(\d{4})\/(\d{1,5}),/.exec(line);
      if (act) out.add(`OJ:C:${act[1]}:${act[2]}`);
      for (const r of extractReferences(line, lang)) {
        if (r.kind !== 'oj') continue;
        // normalised: "OJ C 336 2022-09-02 p50-55"
        const m = /^OJ (\S+) (\d+)(\S*) (\d{4})-\d{2}-\d{2}(?: p(\d+)(?:-(\d+))?)?$/.exec(r.normalised);
        if (m) out.add(`OJ:${m[1]}:${m[4]}:${m[2]}${m[3]}${m[5] ? `:${pad4(m[5])}` : ''}${m[6] ? `:${pad4(m[6])}` : ''}`);
      }
    }
    const d = /^\d{1,2}\.\d{1,2}\.(\d{4})$/.exec(line);
    if (d) date = { y: d[1] };
    const p = /^(C|L|CE|CA|CI)\s?(\d{1,4})\s?(E?)\/(\d{1,4})$/.exec(line);
    // The header writes the C E series "CE 168/26"; the metadata line "C 168E".
    if (p) page = p[1] === 'CE' ? { series: 'C', issue: `${p[2]}E`, page: p[4] } : { series: p[1], issue: `${p[2]}${p[3]}`, page: p[4] };
  }
  if (date && page && ![...out].some((r) => r.startsWith(`OJ:${page!.series}:${date!.y}:${page!.issue}:`))) {
    out.add(`OJ:${page.series}:${date.y}:${page.issue}:${pad4(page.page)}`);
  }
  return [...out];
}

/**
 * Words after which a spaced "(1)" is a paragraph number, not a footnote call ("alineatul (1)", "Absatz (1)"),
 * from the languages' article vocabulary (core/text/references.ts). A year before it is no sign: OJ texts call
 * footnotes right after dates ("of 11 February 2021 (1),").
 */
export const PARAGRAPH_BEFORE = /(?:(?<![\p{L}])(?:alineat\p{L}*|paragraph\p{L}*|absatz\p{L}*|paragraf\p{L}*|apartado|stav\p{L}*|ust\.|ustęp\p{L}*|bekezdés\p{L}*|odstav\p{L}*|odsek\p{L}*|punkt\p{L}*|lid|stk\.|παράγραφ\p{L}*|параграф\p{L}*|алинея|ал\.|kohd\p{L}*|kohta|lõi\p{L}*|dal\p{L}*|daļ\p{L}*|mír|n\.º|n\.o))\s*$/iu;

/** Words after which a spaced "(1)" is a paragraph number: HU "(5) bekezdés", "(1) pont". */
export const PARAGRAPH_AFTER = /^\s*(?:bekezdés|pont|alpont|lõi|dal|daļ|punkt)/iu;
