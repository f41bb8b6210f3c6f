import { ParseError } from '../errors.js';
import { normaliseLabel, recitalLabel, recitalOrdinal } from '../lang/lettering.js';
import type { LanguageProfile, LetteringScheme } from '../lang/profile.js';
import { PROFILES } from '../lang/profiles/index.js';
import { detectLanguage } from '../lang/detect.js';
import type { LangCode } from '../model/language.js';
import { isLangCode } from '../model/language.js';
import type { Footnote, FootnoteCall, ParsedDocument, ParseWarning, SourceFormat, Unit, UnitKind } from '../model/document.js';
import { unitId } from '../model/document.js';
import { CALL_CLOSE, CALL_OPEN, callMarker, fold, normaliseLine } from './normalise.js';
import { frontMatterReferences, hasOjLayout, isPageFurnitureLine, PARAGRAPH_AFTER, PARAGRAPH_BEFORE, separateGluedReferences } from './page-furniture.js';

/**
 * The structure recogniser every format parser ends in. Format parsers turn their input into lines of text
 * (call markers from `callMarker` where the format marks footnote calls explicitly); this module removes page
 * furniture, collects footnote bodies, recognises the title, opening line, citations, recitals, numbered and
 * closing paragraphs, joins wrapped lines, splits footnote calls glued to words and years, and returns the
 * document. Deterministic; throws ParseError.
 */
export interface SourceLine {
  readonly text: string;
  /** 1-based line (or block) number in the source, for messages. */
  readonly line: number;
}

export interface StructureInput {
  readonly lines: readonly SourceLine[];
  readonly format: SourceFormat;
  readonly fileName?: string;
  readonly lang?: LangCode;
  readonly official?: boolean;
  readonly allowUnstructured?: boolean;
  /** Footnote bodies the format parser already found (HTML/DOCX footnote sections). */
  readonly footnotes?: readonly Footnote[];
  /** References seen outside the lines (HTML metadata, DOCX headers). */
  readonly references?: readonly string[];
}

const PROCEDURE = /(\d{4}\/\d{4}\((?:RSP|INI|COD|NLE|BUD|DEC|INL|IMM|REG|APP|ACI|RPS|DEA|SYN|CNS|AVC|INS|ITS|DCE|CNT)\))/;
const PROCEDURE_LINE = /^\(?\s*\d{4}\/\d{4}\([A-Z]{3}\)\s*\)?$/;
/**
 * The procedure line of the title block as the sources print it: alone ("(2022/2505(RSP))") or, on doceo motion
 * pages, after the tabling date ("19.1.2022 - (2022/2505(RSP))"). It feeds `procedure`, so it is never reported as
 * a front-matter line left out.
 */
const TITLE_BLOCK_PROCEDURE = /^(?:\d{1,2}\.\d{1,2}\.\d{4}\s*[-–]\s*)?\(?\s*\d{4}\/\d{4}\([A-Z]{3}\)\s*\)?$/;
const REFERENCE_PATTERNS: readonly RegExp[] = [
  /\bP\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{4}\b/g,
  /\bTA-\d{1,2}-\d{4}-\d{4}\b/g,
  /\bRC-B\d{1,2}-\d{4}\/\d{4}\b/g,
  /(?<![-\w])B\d{1,2}-\d{4}\/\d{4}\b/g,
  /\bPE\d{3}\.\d{3}v\d{2}-\d{2}\b/g,
];

const FURNITURE: readonly RegExp[] = [
  /^[A-Z]{2}\\\d{6,8}[A-Z]{2}\.docx\b/, // file code "RC\1247433RO.docx …"
  /^(?:PE\d{3}\.\d{3}v\d{2}-\d{2}\s*\}?\s*)+(?:RC\d)?$/, // stacked PE numbers of a joint motion
  /^PE\d{3}\.\d{3}v\d{2}-\d{2}\s+\d{1,3}\/\d{1,3}\s+[A-Z]{2}\\\d{6,8}[A-Z]{2}\.docx$/, // "PE719.497v01-00 2/9 RE\1253668NL.docx"
  /^RC\d$/,
  /^\d{1,3}\/\d{1,3}$/, // page "10/11"
  /^(?:[A-Z]\d{1,2}-\d{4}\/\d{4}\s*\}\s*)+(?:RC\d)?$/, // "B9-0065/2022 }"
  /^\d{4}\s*-\s*\d{4}$/, // legislature "2019-2024"
];

interface Patterns {
  readonly profile: LanguageProfile;
  readonly opening: readonly string[];
  readonly citation: readonly string[];
  readonly recital: readonly string[];
  readonly closing: readonly string[];
  readonly titleStarts: readonly string[];
  readonly mottos: readonly string[];
  /** Folded month forms (nominative, after a day, variants), for dates that precede the title words. */
  readonly months: ReadonlySet<string>;
}

function patternsOf(profile: LanguageProfile): Patterns {
  return {
    profile,
    opening: profile.opening.map(fold),
    citation: profile.citationOpeners.map(fold),
    recital: profile.recitalOpeners.map(fold),
    closing: profile.closingStems.map(fold),
    titleStarts: profile.titleStarts.map(fold),
    mottos: Object.values(PROFILES).map((p) => fold(p.motto)),
    months: new Set([...profile.months.nominative, ...profile.months.afterDay, ...(profile.months.variants ?? []).flat()].map(fold)),
  };
}

const DASH = /^[–—\-•·]\s*/;

function startsWithWord(folded: string, phrase: string): boolean {
  if (!folded.startsWith(phrase)) return false;
  const next = folded.charAt(phrase.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}

/**
 * Whether a line opens a citation: the language's formula at its start, with or without a dash or bullet before
 * it. Without a dash the formula must be capitalised (PT/ES "Tendo em conta", "Visto") or follow a unit boundary
 * (`boundary`: a blank line or a line ending in punctuation before it): EUR-Lex pages have no dash at all, and
 * text copied from doceo motion pages loses it, because there the dash is list markup (facts doc §1a, §7.1).
 */
function isCitationStart(line: string, p: Patterns, boundary = false): boolean {
  const hasDash = DASH.test(line);
  const body = fold(line.replace(DASH, ''));
  if (!p.citation.some((c) => startsWithWord(body, c))) return false;
  return hasDash || boundary || /^\p{Lu}/u.test(line);
}

function isOpeningLine(line: string, p: Patterns): boolean {
  const f = fold(line).replace(/[\s,:]+$/, '');
  return p.opening.some((o) => f === o.replace(/[\s,:]+$/, '') || f === `${o.replace(/[\s,:]+$/, '')}, joka`);
}

/**
 * Whether `prefix` is only a date: a year, day numbers, the language's month forms and one- or two-letter
 * abbreviations ("2022 m. sausio 20 d. "). Facts doc §1b/§7.4: LT puts the date before "resolution".
 */
function isDatePrefix(prefix: string, months: ReadonlySet<string>): boolean {
  if (!/(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(prefix) || /[^\p{L}\d\s.,]/u.test(prefix)) return false;
  return (prefix.match(/\p{L}+/gu) ?? []).every((w) => w.length <= 2 || months.has(w));
}

let allPatterns: readonly Patterns[] | null = null;

/** Whether a line starts the title: the language's title words, possibly after a date (LT). */
function isTitleStart(line: string, p: Patterns | null): boolean {
  const f = fold(line);
  allPatterns ??= Object.values(PROFILES).map(patternsOf);
  return (p ? [p] : allPatterns).some((q) =>
    q.titleStarts.some((s) => {
      const at = f.indexOf(s);
      return at === 0 || (at > 0 && isDatePrefix(f.slice(0, at), q.months));
    }),
  );
}

function isFurniture(line: string, p: Patterns | null, langCodeUpper: string | null): boolean {
  if (FURNITURE.some((re) => re.test(line)) || isPageFurnitureLine(line)) return true;
  if (/^[A-Z]{2}$/.test(line) && isLangCode(line.toLowerCase()) && (!langCodeUpper || line === langCodeUpper)) return true;
  const f = fold(line).replace(/^[a-z]{2}\s+/, '').replace(/\s+[a-z]{2}$/, '');
  if (p && p.mottos.includes(f)) return true;
  return false;
}

/** Whether a line could be a footnote body "n text" / "(n) text" / "[n] text" and which n. */
function footnoteBodyCandidate(line: string): { n: number; text: string; style: 'bare' | 'paren' | 'bracket' } | null {
  let m = /^\((\d{1,3})\)\s+(\S.*)$/.exec(line);
  if (m) return { n: Number(m[1]), text: m[2], style: 'paren' };
  m = /^\[(\d{1,3})\]\s+(\S.*)$/.exec(line);
  if (m) return { n: Number(m[1]), text: m[2], style: 'bracket' };
  m = /^(\d{1,3})\s+(\S.*)$/.exec(line);
  if (m) return { n: Number(m[1]), text: m[2], style: 'bare' };
  return null;
}

function looksLikeReferenceText(text: string): boolean {
  const ojWords = Object.values(PROFILES).flatMap((p) => [...p.oj, ...p.textsAdopted]);
  if (/\bP\d{1,2}_TA|\bTA-\d|\d{1,2}\.\d{1,2}\.\d{4}|\b\d{4}\.\d{1,2}\.\d{1,2}\.|\bC\s?\d{1,4}\s?E?\b|\bL\s?\d{1,4}\b/.test(text)) return true;
  return ojWords.some((w) => text.startsWith(w));
}

interface Block {
  kind: UnitKind;
  label: string | null;
  lines: SourceLine[];
  /** Indexes into `lines` before which the source had a blank line (web pages: a new block). */
  gaps: number[];
}

const NO_CONTINUATIONS: ReadonlySet<string> = new Set();

/**
 * Whether `line` starts with one of `continuations` as a whole word ("und Kooperation…", "bzw. die…", "and/or"),
 * compared case- and diacritic-insensitively.
 */
function startsWithContinuation(line: string, continuations: ReadonlySet<string>): boolean {
  const word = /^[\p{L}\p{M}]+\.?/u.exec(line)?.[0];
  if (!word) return false;
  const next = line.charAt(word.length);
  if (next !== '' && /[\p{L}\p{N}-]/u.test(next)) return false;
  const f = fold(word);
  return continuations.has(f) || continuations.has(f.replace(/\.$/, ''));
}

/**
 * Joins wrapped lines. A line-end hyphen between letters is kept and glued ("UE-" + "Kazahstan" →
 * "UE-Kazahstan"; "Partner-" + "schaft" → "Partner-schaft": without a dictionary a compound's hyphen cannot be told
 * from a hyphenation break, and EU texts are full of compounds), except before a conjunction of the language
 * (`continuations`, folded, from the profile's `hyphenContinuations`): there the hyphen closes a suspended compound
 * and the space stays ("Partnerschafts-" + "und Kooperationsabkommen" → "Partnerschafts- und Kooperationsabkommen").
 */
export function joinLines(lines: readonly string[], continuations: ReadonlySet<string> = NO_CONTINUATIONS): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else if (/\p{L}-$/u.test(out) && /^\p{L}/u.test(line) && !startsWithContinuation(line, continuations)) out += line;
    else out += ` ${line}`;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** The folded `hyphenContinuations` of a language, for `joinLines`. */
export function continuationsOf(profile: LanguageProfile | undefined): ReadonlySet<string> {
  return profile ? new Set(profile.hyphenContinuations.map(fold)) : NO_CONTINUATIONS;
}

/**
 * Words a digit is glued to without being a footnote call: a group or a chemical formula whose subscript was lost
 * ("G7", "G20", "CO2", "NO2", "PM10", "CH4"), an EP document series ("A9", "B9"). A call after "UE"/"NATO" stays a
 * call: only these short tokens are excluded.
 */
const NOT_A_CALL_WORD = /(?:^|[^\p{L}])(?:\p{Lu}|CO|NO|SO|CH|PM|NH|SF)$/u;

/** A marker already in a text (a call the format marked). */
const MARKER = new RegExp(`${CALL_OPEN}(\\d{1,4})${CALL_CLOSE}`, 'u');

/**
 * Replaces footnote calls written as plain text with call markers, in document order, expecting calls
 * `firstCall`, `firstCall` + 1, … up to `lastCall`. Handles "(n)"/"[n]" glued to the previous character (not to a
 * number of one to three digits: "Article 3(2)", "Rule 144(5)" are paragraphs), and — when `bare` — digits glued
 * to a word ("Kazahstan1"), to a closing quote or bracket, or to a year ("20192" = 2019 + call 2). Calls the format
 * already marked are kept and move the expectation on: between two marked calls only the numbers between them are
 * looked for, so a document whose calls are partly marked gets the others found where they stand. A number that
 * is not the expected one is never touched: "2019", "COM(2021)0512", "Regulation (EU) 2019/452" stay whole.
 * Returns the number expected next.
 */
function markGluedCalls(texts: string[], firstCall: number, lastCall: number, bare: boolean, spaced = false): number {
  let k = firstCall;
  for (let i = 0; i < texts.length; i++) {
    let t = texts[i];
    let from = 0;
    for (;;) {
      const tail = t.slice(from);
      const marked = MARKER.exec(tail);
      const limit = marked ? marked.index : tail.length;
      const candidates: { index: number; length: number; keep: string }[] = [];
      if (lastCall <= 0 || k <= lastCall) {
        const ks = String(k);
        const paren = new RegExp(`(?<=\\S)[(\\[]${ks}[)\\]](?=[\\s,.;:)”"»]|$)`, 'gu');
        for (const m of tail.matchAll(paren)) {
          // "3(2)", "144(5)": a paragraph of an article or rule; after a year ("2021(2)") it is a call.
          const digits = /\d+$/.exec(tail.slice(0, m.index))?.[0];
          if (digits && !/^(?:19|20)\d{2}$/.test(digits)) continue;
          candidates.push({ index: m.index, length: m[0].length, keep: '' });
          break;
        }
        if (spaced && lastCall > 0) {
          // OJ layout (facts doc §3): "Kazakhstan (1)," — a space before the call, but not "alineatul (1)".
          const re = new RegExp(`(?<=[\\p{L}\\p{N}.”"»’)\\]]) \\(${ks}\\)(?=[\\s,.;:)”"»]|$)`, 'gu');
          for (const m of tail.matchAll(re)) {
            if (PARAGRAPH_BEFORE.test(tail.slice(Math.max(0, m.index - 30), m.index)) || PARAGRAPH_AFTER.test(tail.slice(m.index + m[0].length))) continue;
            candidates.push({ index: m.index, length: m[0].length, keep: '' });
            break;
          }
        }
        if (bare && lastCall > 0) {
          const word = new RegExp(`(?<=[\\p{L}”"»)\\]])${ks}(?=[\\s,.;:)”"»]|$)`, 'gu');
          for (const m of tail.matchAll(word)) {
            if (NOT_A_CALL_WORD.test(tail.slice(Math.max(0, m.index - 4), m.index))) continue;
            candidates.push({ index: m.index, length: ks.length, keep: '' });
            break;
          }
          const year = new RegExp(`(?<![\\d.,])((?:19|20)\\d{2})${ks}(?=[\\s,.;:)”"»]|$)`, 'u').exec(tail);
          if (year) candidates.push({ index: year.index, length: year[0].length, keep: year[1] });
          // After a date's closing abbreviation or dot: BG "2021 г.1", PL "2021 r.1", HR/LV "2021.1" (facts doc §5b).
          const abbr = new RegExp(`(?:(?<=\\s\\p{Ll}{1,2}\\.)|(?<=(?<![\\d.,])(?:19|20)\\d{2}\\.))${ks}(?=[\\s,;:)”"»]|$)`, 'u').exec(tail);
          if (abbr) candidates.push({ index: abbr.index, length: ks.length, keep: '' });
        }
      }
      const found = candidates.filter((c) => c.index + c.length <= limit).sort((a, b) => a.index - b.index)[0];
      if (found) {
        const at = from + found.index;
        const replacement = found.keep + callMarker(k);
        t = t.slice(0, at) + replacement + t.slice(at + found.length);
        from = at + replacement.length;
        k++;
        continue;
      }
      if (!marked) break;
      // A call the format marked: the next plain call is the one after it.
      k = Math.max(k, Number(marked[1]) + 1);
      from += marked.index + marked[0].length;
    }
    texts[i] = t;
  }
  return k;
}

/** Removes call markers, returning the clean text and the calls with offsets into it. */
function extractCalls(text: string): { text: string; calls: FootnoteCall[] } {
  const calls: FootnoteCall[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === CALL_OPEN || ch === CALL_CLOSE) {
      // Only a whole marker is a call; a stray marker character (damaged input, or the private-use character in
      // the source itself) is dropped.
      const marker = /^\uE000(\d{1,4})\uE001/u.exec(text.slice(i, i + 7));
      if (marker) calls.push({ n: Number(marker[1]), offset: out.length });
      i += marker ? marker[0].length : 1;
      continue;
    }
    out += ch;
    i++;
  }
  // A call removed before a space can leave "word  next": tidy without moving offsets past their word.
  return { text: out, calls };
}

function chooseLanguage(lines: readonly string[], given: LangCode | undefined, fileName: string | undefined, format: SourceFormat): { lang: LangCode; source: 'given' | 'detected' } {
  if (given) return { lang: given, source: 'given' };
  // EP formulas are the strongest evidence: score each language by its citation openers and opening line.
  const scores = Object.values(PROFILES).map((profile) => {
    const p = patternsOf(profile);
    let score = 0;
    for (const line of lines) {
      if (isCitationStart(line, p)) score += 2;
      else if (isOpeningLine(line, p)) score += 3;
    }
    return { lang: profile.code, score };
  });
  const top = Math.max(0, ...scores.map((s) => s.score));
  const detected = detectLanguage(lines.join('\n').slice(0, 20000));
  if (top >= 4) {
    // Languages sharing a formula ("Europski parlament", "uzimajući u obzir") are settled by the word-level detector.
    const ties = scores.filter((s) => s.score === top);
    if (ties.length > 1 && detected && ties.some((t) => t.lang === detected.lang)) return { lang: detected.lang, source: 'detected' };
    return { lang: ties[0].lang, source: 'detected' };
  }
  if (detected) return { lang: detected.lang, source: 'detected' };
  throw new ParseError(format, 'the language could not be detected; name it (e.g. --lang ro)', {
    code: 'parse',
    location: fileName ? { file: fileName } : undefined,
    params: { variant: 'language' },
  });
}

/** Where a text that lost its beginning starts: the first unit's kind, label and ordinal, and the line it is on. */
interface MidStart {
  readonly kind: 'recital' | 'paragraph';
  readonly label: string;
  readonly ordinal: number;
  /** Index into the kept lines of the first unit's label line; the lines before it are the end of a cut unit. */
  readonly at: number;
}

const LABEL_RECITAL = /^([\p{Lu}]{1,3})\.(?:\s+(.*))?$/u;
const LABEL_PARAGRAPH = /^(\d{1,4})\.(?:\s+(.*))?$/;
/** At most this much text may stand before the first label of a text that starts mid-sequence (the cut unit's tail). */
const MAX_LEADING_LINES = 15;
const MAX_LEADING_CHARS = 2000;

/**
 * Recognises a paste that starts in the middle of a document (a translator copies from recital F or paragraph 7
 * onwards; a PDF lost its first page): no title, no opening line, no citation, and at the start a run of units
 * whose labels follow each other — recitals in the language's lettering (`scheme`) led by its recital formula, or
 * numbered paragraphs of paragraph shape (a sentence of several words). Evidence required, so that a text with no
 * EP structure stays refused: three consecutive labels, two recitals that both open with the formula, or the last
 * recital followed by paragraphs 1, 2, … (`isLastRecitalThenParagraphs`). Lines
 * before the first label (at most a few: the tail of a unit cut off) are allowed. Returns null when the evidence
 * is not clear.
 */
function detectMidStart(kept: readonly SourceLine[], p: Patterns, scheme: LetteringScheme, format: SourceFormat): MidStart | null {
  // Label lines at unit boundaries (after a blank line or a line ending in punctuation; PDF lines wrap inside
  // sentences, so there only a blank line or a sentence end counts), with the text of the block each one opens.
  const labels: { index: number; kind: 'recital' | 'paragraph'; label: string; ordinal: number; formula: boolean; words: number }[] = [];
  let prev = '';
  let leading = 0;
  let leadingChars = 0;
  for (let i = 0; i < kept.length && labels.length < 4; i++) {
    const text = kept[i].text;
    if (!text) {
      prev = '';
      continue;
    }
    const boundary = prev === '' || (format === 'pdf' ? /[;:.]$/ : /[;:.,]$/).test(prev);
    prev = text;
    const r = boundary ? LABEL_RECITAL.exec(text) : null;
    const n = boundary ? LABEL_PARAGRAPH.exec(text) : null;
    if (r || n) {
      const kind = r ? 'recital' : 'paragraph';
      const label = r ? normaliseLabel(scheme, r[1]) : n![1];
      const ordinal = r ? recitalOrdinal(scheme, label) : Number(n![1]);
      const body = (r ? r[2] : n![2]) ?? '';
      if (ordinal !== null && ordinal >= 1) {
        // The block's words: its label line and the lines after it up to the next blank line or label.
        let words = body.split(/\s+/).filter(Boolean).length;
        for (let j = i + 1; j < kept.length && kept[j].text && !LABEL_RECITAL.test(kept[j].text) && !LABEL_PARAGRAPH.test(kept[j].text); j++) {
          words += kept[j].text.split(/\s+/).length;
        }
        const formula = p.recital.some((f) => startsWithWord(fold(body), f));
        labels.push({ index: i, kind, label, ordinal, formula, words });
        continue;
      }
    }
    if (labels.length > 0) continue;
    // Before the first label: the tail of a cut unit, never the title block or the preamble.
    if (isOpeningLine(text, p) || isTitleStart(text, p) || isCitationStart(text, p, true) || TITLE_BLOCK_PROCEDURE.test(text)) return null;
    leading++;
    leadingChars += text.length;
    if (leading > MAX_LEADING_LINES || leadingChars > MAX_LEADING_CHARS) return null;
  }
  const first = labels[0];
  if (!first) return null;
  let run = 1;
  while (run < labels.length && labels[run].kind === first.kind && labels[run].ordinal === first.ordinal + run) run++;
  const chain = labels.slice(0, run);
  if (first.kind === 'recital') {
    const formulas = chain.filter((l) => l.formula).length;
    const hasFormula = p.recital.length > 0;
    // A recital run is clear when its labels follow each other and open with the formula; a language without a
    // recital formula needs three labels of unit length.
    const ok = hasFormula ? (run >= 3 && formulas >= 2) || (run >= 2 && formulas === run) : run >= 3 && chain.every((l) => l.words >= 6);
    if (!ok && !isLastRecitalThenParagraphs(labels, hasFormula)) return null;
  } else if (run < 3 || !chain.every((l) => l.words >= 6)) {
    return null;
  }
  return { kind: first.kind, label: first.label, ordinal: first.ordinal, at: first.index };
}

/**
 * Whether the labels found are a paste that starts at the document's last recital: one recital, then numbered
 * paragraphs from 1 onwards (an EP resolution's paragraphs follow its last recital and start at 1). One recital
 * alone is no run, so the evidence is the paragraphs that follow it: the recital opens with the language's
 * formula (a language without one, SV, needs a recital of unit length and three paragraphs), and at least two
 * paragraphs 1, 2, … of paragraph shape follow it directly, with no other label among them. A lone "A." in prose,
 * a lettered line with no paragraphs after it, or one followed by paragraphs not starting at 1 is not enough.
 */
function isLastRecitalThenParagraphs(labels: readonly { kind: 'recital' | 'paragraph'; ordinal: number; formula: boolean; words: number }[], hasFormula: boolean): boolean {
  const [recital, ...rest] = labels;
  if (recital?.kind !== 'recital' || rest.length === 0) return false;
  if (!rest.every((l, k) => l.kind === 'paragraph' && l.ordinal === k + 1 && l.words >= 6)) return false;
  return hasFormula ? recital.formula && rest.length >= 2 : recital.words >= 6 && rest.length >= 3;
}

/**
 * Recognises an EP resolution's structure in lines of text. See the module comment.
 * @throws ParseError `no-structure` when nothing EP-like is found and `allowUnstructured` is not set,
 *   `empty-input` when no text remains.
 */
export function buildDocument(input: StructureInput): ParsedDocument {
  const location = input.fileName ? { file: input.fileName } : undefined;
  const warnings: ParseWarning[] = [];
  const lines = input.lines.map((l) => ({ text: normaliseLine(l.text), line: l.line }));
  const nonEmpty = lines.filter((l) => l.text.replace(new RegExp(`${CALL_OPEN}\\d+${CALL_CLOSE}`, 'g'), '').trim() !== '');
  if (nonEmpty.length === 0) {
    throw new ParseError(input.format, 'the document contains no text', { code: 'empty-input', location, params: { variant: 'no-text' } });
  }
  const { lang, source: langSource } = chooseLanguage(nonEmpty.map((l) => l.text), input.lang, input.fileName, input.format);
  const profile = PROFILES[lang];
  const p = profile ? patternsOf(profile) : null;
  const langUpper = lang.toUpperCase();
  const continuations = continuationsOf(profile);

  // References anywhere (header, furniture, footnotes).
  const references = new Set<string>(input.references ?? []);
  const allText = separateGluedReferences(lines.map((l) => l.text).join('\n'));
  for (const re of REFERENCE_PATTERNS) for (const m of allText.matchAll(re)) references.add(m[0]);
  const procedureMatch = PROCEDURE.exec(allText);

  // Pass 1: drop page furniture, pull out footnote bodies.
  const footnotes: Footnote[] = [...(input.footnotes ?? [])];
  const explicitFootnotes = footnotes.length > 0;
  // Bodies the format found can be followed by typed ones it could not tell from text ("<sup>2</sup> OJ …" when
  // the calls in the text are plain digits): those continue the numbering.
  let nextBody = Math.max(0, ...footnotes.map((f) => f.n)) + 1;
  const kept: SourceLine[] = [];
  let furnitureCount = 0;
  let prevBlank = true;
  let prevWasBody = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text) {
      kept.push(l);
      prevBlank = true;
      prevWasBody = false;
      continue;
    }
    if (isFurniture(l.text, p, langUpper)) {
      furnitureCount++;
      continue;
    }
    const cand = footnoteBodyCandidate(l.text);
    if (cand && cand.n === nextBody) {
      const calledBefore = new RegExp(`\\S[(\\[]${cand.n}[)\\]]|${CALL_OPEN}${cand.n}${CALL_CLOSE}|\\p{L}${cand.n}(?=[\\s,.;:]|$)|(?:19|20)\\d{2}${cand.n}(?=[\\s,.;:]|$)`, 'u');
      const before = kept.map((k) => k.text).join('\n');
      const ok =
        cand.style === 'bare'
          ? (prevBlank || prevWasBody) && looksLikeReferenceText(cand.text)
          : looksLikeReferenceText(cand.text) || calledBefore.test(before) || prevWasBody;
      if (ok) {
        footnotes.push({ n: cand.n, text: cand.text });
        nextBody++;
        prevWasBody = true;
        continue;
      }
    }
    prevWasBody = false;
    prevBlank = false;
    kept.push(l);
  }
  if (furnitureCount > 0) {
    warnings.push({ code: 'furniture-removed', message: `${furnitureCount} line(s) of page furniture removed`, params: { lines: furnitureCount } });
  }

  // Pass 2: units.
  const blocks: Block[] = [];
  let titleLines: SourceLine[] = [];
  let phase: 'front' | 'title' | 'preamble' | 'body' = 'front';
  let current: Block | null = null;
  let lastRecital = 0;
  let lastPara = 0;
  let sawCitation = false;
  let opening: SourceLine | null = null;
  const dropped: SourceLine[] = [];
  const scheme = profile?.lettering ?? 'latin';
  const hasTitleStart = p !== null && kept.some((l) => isTitleStart(l.text, p));
  // Web pages repeat title words in their furniture ("Joint motion for a resolution - RC-B9-0065/2022", EUR-Lex's
  // header above the OJ text): the title is the last line with the title words before the opening line.
  const openingAt = p ? kept.findIndex((l) => l.text !== '' && isOpeningLine(l.text, p)) : -1;
  let titleAt = -1;
  if (p && openingAt > 0) for (let i = openingAt - 1; i >= 0 && titleAt < 0; i--) if (isTitleStart(kept[i].text, p)) titleAt = i;
  const titleLine = titleAt >= 0 ? kept[titleAt] : null;
  let pendingDash = false;
  let prevText = '';
  let prevEmpty = true;
  // A text that lost its beginning (no title, no opening line, no citation before the first label) starts in the
  // body with the labels it has: recital F keeps ordinal 6, paragraph 7 ordinal 7.
  // A text that keeps its title block and opening line can lose the units after them in the same way (a paste of
  // the first page and then of a later one): there the run is looked for after the opening line.
  const afterOpening = p && openingAt >= 0 ? detectMidStart(kept.slice(openingAt + 1), p, scheme, input.format) : null;
  const midStart: MidStart | null =
    p && openingAt < 0 && titleAt < 0
      ? detectMidStart(kept, p, scheme, input.format)
      : afterOpening && afterOpening.ordinal > 1
        ? { ...afterOpening, at: afterOpening.at + openingAt + 1 }
        : null;
  const skipFrom = midStart && openingAt >= 0 ? openingAt + 1 : 0;
  const cutTail: SourceLine[] = [];
  if (midStart) {
    if (openingAt < 0) phase = 'body';
    if (midStart.kind === 'recital') lastRecital = midStart.ordinal - 1;
    else lastPara = midStart.ordinal - 1;
    const unit = `${midStart.kind} ${midStart.label}`;
    const before =
      midStart.ordinal === 1
        ? ''
        : midStart.kind === 'recital'
          ? `; recital${midStart.ordinal > 2 ? `s ${recitalLabel(scheme, 1)}–` : ' '}${recitalLabel(scheme, midStart.ordinal - 1)} and the citations are missing`
          : `; paragraph${midStart.ordinal > 2 ? 's 1–' : ' '}${midStart.ordinal - 1} and everything before ${midStart.ordinal > 2 ? 'them' : 'it'} are missing`;
    warnings.push({
      code: 'missing-beginning',
      message: openingAt < 0 ? `the text seems to start at ${unit}: no title or opening line was found${before}` : `after the opening line the text seems to start at ${unit}${before}`,
      line: kept[midStart.at].line,
      params: {
        variant: midStart.kind,
        label: midStart.label,
        // The labels of the units missing before it ('A–E', '4', or '' when it is the first of its kind).
        missing: [...new Set([1, midStart.ordinal - 1])]
          .filter((o) => o >= 1 && o < midStart.ordinal)
          .map((o) => (midStart.kind === 'recital' ? recitalLabel(scheme, o) : String(o)))
          .join('–'),
        opening: openingAt < 0 ? 'none' : 'found',
      },
    });
  }

  const startBlock = (kind: UnitKind, label: string | null, first: SourceLine) => {
    current = { kind, label, lines: [first], gaps: [] };
    blocks.push(current);
  };

  for (const [index, l] of kept.entries()) {
    const text = l.text;
    if (midStart && index >= skipFrom && index < midStart.at) {
      // The end of a unit cut off before the first label: it has no partner to be told from, so it is left out.
      if (text) cutTail.push(l);
      continue;
    }
    if (!text) {
      prevEmpty = true;
      if (phase === 'title' && titleLines.length > 0) phase = 'preamble';
      const open = current as Block | null;
      if (open && open.gaps[open.gaps.length - 1] !== open.lines.length) open.gaps.push(open.lines.length);
      continue;
    }
    // A citation dash on a line of its own (OJ copies: "-" then "uwzględniając …") belongs to the next line.
    if (/^[–—\-•·]$/.test(text) && phase !== 'front' && phase !== 'title') {
      pendingDash = true;
      continue;
    }
    const dashed = pendingDash;
    pendingDash = false;
    const boundaryBefore = prevEmpty || /[;:.,]$/.test(prevText) || prevText === '';
    // A dashless formula opens a citation after a blank line, or after punctuation except in PDF text, whose lines
    // wrap inside sentences ("…, vista la" at a line start is not a new citation there).
    const citationBoundary = dashed || prevEmpty || prevText === '' || (input.format !== 'pdf' && /[;:.,]$/.test(prevText));
    prevEmpty = false;
    prevText = text;

    if (phase === 'front' || phase === 'title') {
      if (p && isOpeningLine(text, p)) {
        opening = l;
        phase = 'body';
        continue;
      }
      if (phase === 'front' && titleLine && l !== titleLine) {
        // The procedure line is part of the title block wherever it stands (it feeds `procedure`): not left out.
        if (!TITLE_BLOCK_PROCEDURE.test(text)) dropped.push(l);
        continue;
      }
      if (PROCEDURE_LINE.test(text)) {
        phase = 'preamble';
        continue;
      }
      if (phase === 'front') {
        if (titleLine ? l === titleLine : !hasTitleStart || isTitleStart(text, p)) {
          phase = 'title';
          titleLines = [l];
        } else if (!TITLE_BLOCK_PROCEDURE.test(text)) {
          dropped.push(l);
        }
        continue;
      }
      titleLines.push(l);
      continue;
    }
    if (phase === 'preamble') {
      if (p && isOpeningLine(text, p)) {
        opening = l;
        phase = 'body';
        continue;
      }
      if (p && isCitationStart(text, p, citationBoundary)) {
        phase = 'body';
      } else {
        // A procedure line after a blank line (a paragraph of its own in DOCX/HTML) still belongs to the title block.
        if (!TITLE_BLOCK_PROCEDURE.test(text)) dropped.push(l);
        continue;
      }
    }

    // Body: does this line open a new unit?
    if (p && isCitationStart(text, p, citationBoundary) && lastRecital === 0 && lastPara === 0) {
      startBlock('citation', null, { ...l, text: text.replace(DASH, '') });
      sawCitation = true;
      continue;
    }
    const recital = /^([\p{Lu}]{1,3})\.(?:\s+(.*))?$/u.exec(text);
    if (recital && lastPara === 0 && boundaryBefore) {
      const label = normaliseLabel(scheme, recital[1]);
      const ordinal = recitalOrdinal(scheme, label);
      const rest = fold(recital[2] ?? '');
      const formulaOk = !p || p.recital.length === 0 || p.recital.some((r) => startsWithWord(rest, r)) || rest === '';
      if (ordinal !== null && ordinal >= lastRecital && ordinal <= lastRecital + 3 && (formulaOk || ordinal === lastRecital + 1)) {
        if (ordinal !== lastRecital + 1) {
          warnings.push({
            code: 'label-sequence',
            message: `recital ${label} follows recital ordinal ${lastRecital}`,
            line: l.line,
            params: { variant: 'recital', label, previous: lastRecital > 0 ? recitalLabel(scheme, lastRecital) : '–' },
          });
        }
        startBlock('recital', label, { ...l, text: recital[2] ?? '' });
        lastRecital = ordinal;
        continue;
      }
    }
    const para = /^(\d{1,4})\.(?:\s+(.*))?$/.exec(text);
    if (para && boundaryBefore) {
      const n = Number(para[1]);
      const plausible = (n > lastPara && n <= lastPara + 3) || n === lastPara || (n === 1 && lastPara > 1);
      if (plausible && (lastPara > 0 || lastRecital > 0 || sawCitation || n === 1)) {
        if (n !== lastPara + 1) {
          warnings.push({
            code: 'label-sequence',
            message: `paragraph ${n} follows paragraph ${lastPara}`,
            line: l.line,
            params: { variant: 'paragraph', label: String(n), previous: lastPara > 0 ? String(lastPara) : '–' },
          });
        }
        startBlock('paragraph', String(n), { ...l, text: para[2] ?? '' });
        lastPara = n;
        continue;
      }
    }
    if (current) {
      (current as Block).lines.push(l);
    } else {
      // Text after the opening line and before the first unit.
      startBlock('paragraph', null, l);
    }
  }

  if (dropped.length > 0) {
    const quoted = `${dropped
      .slice(0, 3)
      .map((d) => `"${d.text.length > 60 ? `${d.text.slice(0, 59)}…` : d.text}"`)
      .join(', ')}${dropped.length > 3 ? ', …' : ''}`;
    warnings.push({
      code: 'front-matter',
      message: `${dropped.length} line(s) before the opening line were not part of the title and were left out: ${quoted}`,
      line: dropped[0].line,
      params: { lines: dropped.length, text: quoted },
    });
  }

  if (cutTail.length > 0) {
    warnings.push({
      code: 'missing-beginning',
      message: `${cutTail.length} line(s) before ${midStart!.kind} ${midStart!.label} seem to be the end of a unit cut off and were left out: "${cutTail[0].text.length > 60 ? `${cutTail[0].text.slice(0, 59)}…` : cutTail[0].text}"`,
      line: cutTail[0].line,
      params: {
        variant: `cut-off-${midStart!.kind}`,
        lines: cutTail.length,
        kind: midStart!.kind,
        label: midStart!.label,
        text: cutTail[0].text.length > 60 ? `${cutTail[0].text.slice(0, 59)}…` : cutTail[0].text,
      },
    });
  }

  const structured = blocks.some((b) => b.kind === 'citation' || b.kind === 'recital' || (b.kind === 'paragraph' && b.label !== null));
  if (!structured) {
    if (!input.allowUnstructured) {
      throw new ParseError(
        input.format,
        'no EP structure was recognised (no citations, lettered recitals or numbered paragraphs); it can still be read as plain text blocks',
        { code: 'no-structure', location, params: {} },
      );
    }
    return unstructuredDocument(input, lines, lang, langSource, footnotes, warnings, [...references], procedureMatch?.[1] ?? null);
  }

  // Closing paragraph: the last numbered paragraph, when it starts with the closing formula.
  const lastBlock = [...blocks].reverse().find((b) => b.kind === 'paragraph');
  if (lastBlock && p) {
    const f = fold(joinLines(lastBlock.lines.map((x) => x.text), continuations).replace(new RegExp(`${CALL_OPEN}\\d+${CALL_CLOSE}`, 'g'), ''));
    if (p.closing.some((c) => f.startsWith(c) || f.includes(` ${c}`) && f.indexOf(c) < 40)) lastBlock.kind = 'closing';
  }
  // Back matter: web pages follow the closing paragraph with their footer ("Last updated: …", "Legal notice -
  // Privacy policy", EUR-Lex's "Top"). The closing paragraph ends with its first block that ends a sentence.
  const closingBlock = blocks[blocks.length - 1];
  if (closingBlock?.kind === 'closing') {
    const strip = (ls: readonly SourceLine[]) => joinLines(ls.map((x) => x.text), continuations).replace(new RegExp(`${CALL_OPEN}\\d+${CALL_CLOSE}`, 'g'), '');
    const end = [...closingBlock.gaps, closingBlock.lines.length].find((g) => g > 0 && /[.!]["”»)]?$/.test(strip(closingBlock.lines.slice(0, g))));
    if (end !== undefined && end < closingBlock.lines.length) {
      const after = closingBlock.lines.splice(end);
      warnings.push({
        code: 'furniture-removed',
        message: `${after.length} line(s) of page furniture after the closing paragraph removed`,
        line: after[0].line,
        params: { variant: 'after-closing', lines: after.length },
      });
    }
  }

  // References only the front matter gives (CELEX, the OJ publication); the OJ layout writes calls " (1)".
  const openingLine = opening ? (opening as SourceLine).line : (blocks[0]?.lines[0]?.line ?? Number.MAX_SAFE_INTEGER);
  const frontMatter = lines.filter((l) => l.line < openingLine && l.text).map((l) => l.text);
  for (const r of frontMatterReferences(frontMatter, lang)) references.add(r);

  // Join lines, mark glued calls in document order, then turn markers into offsets.
  const titleParts = extractCalls(joinLines(titleLines.map((x) => x.text), continuations).replace(PROCEDURE, '').replace(/\((?:[^()]*?\s[–—-])?\s*\)$/, ''));
  const title = titleParts.text.trim();
  const texts = blocks.map((b) => joinLines(b.lines.map((x) => x.text), continuations));
  // Calls the format marked (superscripts, links, Word footnote references). When every footnote body has one,
  // nothing is written in plain text. Otherwise the missing calls are looked for as plain text — bare digits too
  // ("Kazahstan1", "20192"): always in TXT and PDF text, and in DOCX/HTML exactly when bodies lack marked calls
  // (digits typed or pasted without formatting); no digit of a body's number stays glued to a word.
  const markedCalls = (): Set<number> => {
    const seen = new Set<number>();
    for (const t of [titleParts.calls.map((c) => callMarker(c.n)).join(''), ...texts]) for (const m of t.matchAll(new RegExp(MARKER, 'gu'))) seen.add(Number(m[1]));
    return seen;
  };
  const bodiesUncalled = footnotes.length > 0 && footnotes.some((f) => !markedCalls().has(f.n));
  if (!explicitFootnotes || bodiesUncalled) {
    const bare = input.format === 'txt' || input.format === 'pdf' || bodiesUncalled;
    // Calls marked in the title come first in document order: plain calls in the units follow them.
    const firstCall = Math.max(0, ...titleParts.calls.map((c) => c.n)) + 1;
    markGluedCalls(texts, firstCall, footnotes.length, bare, hasOjLayout(frontMatter));
    const found = markedCalls();
    const called = footnotes.filter((f) => found.has(f.n)).length;
    if (!explicitFootnotes && footnotes.length > 0 && called < footnotes.length) {
      warnings.push({ code: 'footnote-calls', message: `found ${called} of ${footnotes.length} footnote calls in the text`, params: { found: called, total: footnotes.length } });
    }
  }

  const units: Unit[] = [];
  if (title) {
    const lead = titleParts.text.length - titleParts.text.trimStart().length;
    const calls = titleParts.calls.map((c) => ({ n: c.n, offset: Math.min(title.length, Math.max(0, c.offset - lead)) }));
    units.push({ id: 'title', kind: 'title', label: null, ordinal: 1, text: title, calls });
  }
  if (opening) {
    const { text, calls } = extractCalls(opening.text);
    units.push({ id: 'opening', kind: 'opening', label: null, ordinal: 1, text, calls });
  }
  const counters: Record<UnitKind, number> = { title: 0, opening: 0, citation: 0, recital: 0, paragraph: 0, closing: 0 };
  // The units a text that starts mid-sequence lost still count: its first recital F is recital:6.
  if (midStart) counters[midStart.kind] = midStart.ordinal - 1;
  blocks.forEach((b, i) => {
    const kind = b.kind;
    counters[kind] += 1;
    const { text, calls } = extractCalls(texts[i]);
    units.push({ id: unitId(kind, counters[kind]), kind, label: b.label, ordinal: counters[kind], text: text.trim(), calls });
  });

  const seenCalls = new Set(units.flatMap((u) => u.calls.map((c) => c.n)));
  for (const f of footnotes) {
    if (!seenCalls.has(f.n)) warnings.push({ code: 'footnote-uncalled', message: `footnote ${f.n} is never called in the text`, params: { n: f.n } });
  }

  return {
    lang,
    langSource,
    // A text that lost its beginning has no title: its first recital is not one.
    title: title || (midStart ? '' : (units[0]?.text ?? '')),
    procedure: procedureMatch?.[1] ?? null,
    references: [...references].sort(),
    format: input.format,
    official: input.official ?? false,
    unstructured: false,
    units,
    footnotes: footnotes.map((f) => ({ n: f.n, text: normaliseLine(f.text) })),
    warnings,
  };
}

function unstructuredDocument(
  input: StructureInput,
  lines: readonly SourceLine[],
  lang: LangCode,
  langSource: 'given' | 'detected',
  footnotes: Footnote[],
  warnings: ParseWarning[],
  references: string[],
  procedure: string | null,
): ParsedDocument {
  const groups: string[][] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (!l.text) {
      if (cur.length) groups.push(cur);
      cur = [];
    } else cur.push(l.text);
  }
  if (cur.length) groups.push(cur);
  const units: Unit[] = groups.map((g, i) => {
    const { text, calls } = extractCalls(joinLines(g, continuationsOf(PROFILES[lang])));
    return { id: unitId('paragraph', i + 1), kind: 'paragraph', label: null, ordinal: i + 1, text, calls };
  });
  warnings.push({ code: 'unstructured', message: 'no EP structure recognised: each block of text is one unit', params: {} });
  return {
    lang,
    langSource,
    title: (units[0]?.text ?? '').slice(0, 200),
    procedure,
    references: references.sort(),
    format: input.format,
    official: input.official ?? false,
    unstructured: true,
    units,
    footnotes,
    warnings,
  };
}
