// The perturbation generator shared by tests/core/align/perturbation.test.ts and scripts/bench/align.ts.
// It edits the text of a language version whose units sit one per blank-line-separated block (the corpus's
// unofficial versions), so the parser sees real input, and it says what the aligner should report.
import { PROFILES, recitalLabel } from '../../core/index.js';
import type { LangCode, RowFlagKind } from '../../core/index.js';
import { splitSentenceSpans } from '../../core/align/sentences.js';

type BlockKind = 'citation' | 'recital' | 'paragraph' | 'other';

interface Block {
  kind: BlockKind;
  /** Unit id in the unperturbed text (shared with the pivot); null for inserted blocks and non-units. */
  origin: string | null;
  /** Printed label (recital letter or paragraph number) without the dot. */
  label: string;
  body: string;
  /** Whether this is the closing paragraph (its id is `closing`). */
  closing: boolean;
  raw: string;
}

/** Edits inside a version: a unit added, removed, split, merged or relabelled. */
export const EDITS = [
  'drop-citation',
  'drop-recital',
  'drop-paragraph',
  'insert-citation',
  'insert-recital',
  'insert-paragraph',
  'split-paragraph',
  'merge-paragraphs',
  'renumber-recitals',
  'skip-number',
  'restart-numbering',
] as const;

/**
 * Versions that end early (an incomplete paste, a page cut off) or also start late. `at` names the unit where the
 * text ends: `cut-after-paragraph` keeps paragraph `at` whole; `cut-in-paragraph`, `cut-in-recital` and
 * `cut-in-citation` keep about half of that unit; `cut-few-words` keeps its first few words; `drop-last-paragraphs`
 * removes the last `at` numbered paragraphs and the closing one but keeps the footnotes; `missing-beginning` also
 * loses the first `at` citations and ends inside paragraph `to` — or, with `start: 'recitals'` / `'paragraphs'`,
 * loses everything before recital / paragraph `at` + 1 (title, opening line, citations, earlier units: a paste
 * that starts mid-sequence) and ends inside paragraph `to`. A cut text loses its footnotes (they come last).
 */
export const TRUNCATIONS = [
  'cut-after-paragraph',
  'cut-in-paragraph',
  'cut-in-recital',
  'cut-in-citation',
  'cut-few-words',
  'drop-last-paragraphs',
  'missing-beginning',
] as const;

export const PERTURBATIONS = [...EDITS, ...TRUNCATIONS] as const;
export type EditKind = (typeof EDITS)[number];
export type TruncationKind = (typeof TRUNCATIONS)[number];
export type PerturbationKind = (typeof PERTURBATIONS)[number];

export interface Perturbation {
  readonly kind: PerturbationKind;
  /** 1-based ordinal of the unit the change starts at (for inserts: the unit after which the new one goes). */
  readonly at: number;
  /** `missing-beginning` only: the paragraph inside which the text ends (default `at` + 12). */
  readonly to?: number;
  /**
   * `missing-beginning` only: what the text loses at its start — `at` citations (default, title and opening line
   * kept), or everything before recital `at` + 1 or paragraph `at` + 1.
   */
  readonly start?: 'citations' | 'recitals' | 'paragraphs';
}

/** What the aligner should report for one pivot row (or one extra row) about the perturbed version. */
export interface ExpectedRow {
  /** Pivot row key, or null for a row only the perturbed version has. */
  readonly key: string | null;
  /** Unit ids of the perturbed version in that row, after re-parsing. */
  readonly ids: readonly string[];
  readonly flags: readonly RowFlagKind[];
}

export interface PerturbedText {
  readonly text: string;
  readonly expected: readonly ExpectedRow[];
}

// Text we wrote for inserted units: plausible EP wording with numbers no corpus unit has.
const FILLER: Partial<Record<LangCode, { citation: string; body: string }>> = {
  en: { citation: 'having regard to the report of 3 July 1987 on fisheries in Lake Balkhash, No 4471,', body: 'notes that 7 713 hectares of orchards near Lake Balkhash were flooded in 1987 and asks for a study by 2031;' },
  fr: { citation: 'vu le rapport du 3 juillet 1987 sur la pêche dans le lac Balkhach, n° 4471,', body: 'constate que 7 713 hectares de vergers près du lac Balkhach ont été inondés en 1987 et demande une étude d’ici 2031;' },
  de: { citation: 'unter Hinweis auf den Bericht vom 3. Juli 1987 über die Fischerei im Balchaschsee, Nr. 4471,', body: 'stellt fest, dass 1987 am Balchaschsee 7 713 Hektar Obstgärten überflutet wurden, und fordert bis 2031 eine Studie;' },
  el: { citation: 'έχοντας υπόψη την έκθεση της 3ης Ιουλίου 1987 για την αλιεία στη λίμνη Μπαλκάς, αριθ. 4471,', body: 'σημειώνει ότι το 1987 πλημμύρισαν 7 713 εκτάρια οπωρώνων κοντά στη λίμνη Μπαλκάς και ζητεί μελέτη έως το 2031·' },
  bg: { citation: 'като взе предвид доклада от 3 юли 1987 г. относно риболова в езерото Балхаш, № 4471,', body: 'отбелязва, че през 1987 г. край езерото Балхаш са наводнени 7 713 хектара овощни градини, и призовава за проучване до 2031 г.;' },
  ro: { citation: 'având în vedere raportul din 3 iulie 1987 privind pescuitul în lacul Balhaș, nr. 4471,', body: 'constată că în 1987 au fost inundate 7 713 hectare de livezi lângă lacul Balhaș și solicită un studiu până în 2031;' },
};

function fillerOf(lang: LangCode) {
  return FILLER[lang] ?? { citation: `${PROFILES[lang]?.citationOpeners[0] ?? 'having regard to'} 3.7.1987 Balkhash 4471,`, body: 'Balkhash 7 713 1987 2031 Balkhash;' };
}

const RECITAL_RE = /^(\p{Lu}{1,3})\.\s+([\s\S]*)$/u;
const PARA_RE = /^(\d{1,3})\.\s+([\s\S]*)$/;

/** Splits a one-unit-per-block version into blocks, naming each unit block with its unit id. */
function toBlocks(text: string, lang: LangCode): Block[] {
  const raws = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const closingStems = (PROFILES[lang]?.closingStems ?? []).map((s) => s.toLowerCase());
  const counts = { citation: 0, recital: 0, paragraph: 0 };
  const blocks: Block[] = raws.map((raw): Block => {
    const t = raw.trim();
    if (/^[–—-]\s/.test(t)) {
      counts.citation++;
      return { kind: 'citation', origin: `citation:${counts.citation}`, label: '', body: t.replace(/^[–—-]\s+/, ''), closing: false, raw };
    }
    let m = RECITAL_RE.exec(t);
    if (m && counts.paragraph === 0) {
      counts.recital++;
      return { kind: 'recital', origin: `recital:${counts.recital}`, label: m[1], body: m[2], closing: false, raw };
    }
    m = PARA_RE.exec(t);
    if (m) {
      counts.paragraph++;
      const closing = closingStems.some((s) => m![2].toLowerCase().startsWith(s));
      return { kind: 'paragraph', origin: closing ? 'closing' : `para:${counts.paragraph}`, label: m[1], body: m[2], closing, raw };
    }
    return { kind: 'other', origin: null, label: '', body: t, closing: false, raw };
  });
  return blocks;
}

function render(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'citation':
          return `– ${b.body}`;
        case 'recital':
        case 'paragraph':
          return `${b.label}. ${b.body}`;
        case 'other':
          return b.raw;
      }
    })
    .join('\n\n');
}

/**
 * Unit ids the parser will give the blocks, in order (by position within each kind, after the `lost` units of a
 * kind a text that starts mid-sequence does not have: it keeps their ordinals).
 */
function newIds(blocks: readonly Block[], lost: { recital?: number; paragraph?: number } = {}): (string | null)[] {
  const counts = { citation: 0, recital: lost.recital ?? 0, paragraph: lost.paragraph ?? 0 };
  return blocks.map((b) => {
    switch (b.kind) {
      case 'citation':
        return `citation:${++counts.citation}`;
      case 'recital':
        return `recital:${++counts.recital}`;
      case 'paragraph':
        counts.paragraph++;
        return b.closing ? 'closing' : `para:${counts.paragraph}`;
      case 'other':
        return null;
    }
  });
}

function nth(blocks: readonly Block[], kind: BlockKind, ordinal: number): number {
  let k = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind === kind && ++k === ordinal) return i;
  }
  throw new Error(`perturb: no ${kind} ${ordinal}`);
}

/**
 * The start of `body` up to the first word boundary after `chars` characters (or its first `words` words), with
 * trailing punctuation removed: what is left of a unit when the text stops in the middle of it.
 */
function fragment(body: string, cut: { chars: number } | { words: number }): string {
  let end: number;
  if ('words' in cut) {
    const spaces = [...body.matchAll(/\s+/g)];
    end = spaces[cut.words - 1]?.index ?? body.length;
  } else {
    const next = body.slice(cut.chars).search(/\s/);
    end = next < 0 ? body.length : cut.chars + next;
  }
  const out = body.slice(0, end).replace(/[^\p{L}\p{N}]+$/u, '');
  if (out.length === 0 || out.length >= body.replace(/[^\p{L}\p{N}]+$/u, '').length) throw new Error('perturb: the cut leaves nothing or everything');
  return out;
}

/** Footnote numbers in a block of footnote lines such as "(1) OJ C 23, …". */
function footnoteNumbers(b: Block): number[] {
  return b.kind === 'other' ? [...b.raw.matchAll(/^\s*\((\d+)\)/gm)].map((m) => Number(m[1])) : [];
}

/**
 * Applies one perturbation to a version's text and returns the new text plus, for every unit row of the
 * pivot (which shares the unperturbed version's unit ids), the unit ids the aligner should put in the row and
 * the flags it should raise. Footnote rows are listed only when the change loses them (they are otherwise
 * unchanged). Deterministic.
 */
export function perturb(text: string, lang: LangCode, p: Perturbation): PerturbedText {
  const blocks = toBlocks(text, lang);
  const scheme = PROFILES[lang]?.lettering ?? 'latin';
  const flags = new Map<string, RowFlagKind[]>();
  const addFlag = (origin: string, f: RowFlagKind) => flags.set(origin, [...(flags.get(origin) ?? []), f]);
  const dropped = new Set<string>();
  const relabelFrom = (kind: 'recital' | 'paragraph', fromIndex: number, label: (k: number) => string) => {
    let k = 0;
    for (let i = fromIndex; i < blocks.length; i++) {
      if (blocks[i].kind !== kind) continue;
      const next = label(k++);
      if (next !== blocks[i].label && blocks[i].origin) addFlag(blocks[i].origin!, 'relabelled');
      blocks[i].label = next;
    }
  };
  const paraNumber = (i: number) => Number(blocks[i].label);
  const recitalOrd = (i: number) => blocks.slice(0, i + 1).filter((b) => b.kind === 'recital').length;
  const merged: string[] = [];
  const lostFootnotes: number[] = [];
  const lost: { recital?: number; paragraph?: number } = {};
  let frontLost = false;
  switch (p.kind) {
    case 'drop-citation':
    case 'drop-recital':
    case 'drop-paragraph': {
      const kind = p.kind === 'drop-citation' ? 'citation' : p.kind === 'drop-recital' ? 'recital' : 'paragraph';
      const i = nth(blocks, kind, p.at);
      dropped.add(blocks[i].origin!);
      addFlag(blocks[i].origin!, 'missing');
      blocks.splice(i, 1);
      break;
    }
    case 'insert-citation':
    case 'insert-recital':
    case 'insert-paragraph': {
      const kind = p.kind === 'insert-citation' ? 'citation' : p.kind === 'insert-recital' ? 'recital' : 'paragraph';
      const i = nth(blocks, kind, p.at);
      const f = fillerOf(lang);
      const recitalOpener = PROFILES[lang]?.recitalOpeners[0];
      const body = kind === 'citation' ? f.citation : kind === 'recital' && recitalOpener ? `${recitalOpener} ${f.body}` : f.body;
      // The new unit repeats the label before it, as an unrenumbered insertion does.
      blocks.splice(i + 1, 0, { kind, origin: null, label: blocks[i].label, body, closing: false, raw: '' });
      break;
    }
    case 'split-paragraph': {
      const i = nth(blocks, 'paragraph', p.at);
      const b = blocks[i];
      const spans = splitSentenceSpans(b.body, lang);
      if (spans.length < 2) throw new Error(`perturb: paragraph ${p.at} of ${lang} has one sentence`);
      const cut = spans[Math.floor(spans.length / 2)].start;
      const second: Block = { kind: 'paragraph', origin: `${b.origin}#2`, label: '', body: b.body.slice(cut).trim(), closing: false, raw: '' };
      b.body = b.body.slice(0, cut).trim();
      blocks.splice(i + 1, 0, second);
      addFlag(b.origin!, 'split');
      const start = paraNumber(i);
      relabelFrom('paragraph', i + 1, (k) => String(start + 1 + k));
      flags.set(second.origin!, []);
      break;
    }
    case 'merge-paragraphs': {
      const i = nth(blocks, 'paragraph', p.at);
      const a = blocks[i];
      const b = blocks[i + 1];
      if (b.kind !== 'paragraph') throw new Error(`perturb: paragraph ${p.at} of ${lang} is the last`);
      a.body = `${a.body} ${b.body}`;
      a.closing = a.closing || b.closing;
      blocks.splice(i + 1, 1);
      merged.push(a.origin!, b.origin!);
      addFlag(a.origin!, 'merged');
      addFlag(b.origin!, 'merged');
      const start = paraNumber(i);
      relabelFrom('paragraph', i + 1, (k) => String(start + 1 + k));
      break;
    }
    case 'renumber-recitals': {
      const i = nth(blocks, 'recital', p.at);
      const ord = recitalOrd(i);
      relabelFrom('recital', i, (k) => recitalLabel(scheme, ord + 1 + k));
      break;
    }
    case 'skip-number': {
      const i = nth(blocks, 'paragraph', p.at);
      const start = paraNumber(i);
      relabelFrom('paragraph', i, (k) => String(start + 1 + k));
      break;
    }
    case 'restart-numbering': {
      const i = nth(blocks, 'paragraph', p.at);
      relabelFrom('paragraph', i, (k) => String(1 + k));
      break;
    }
    case 'cut-after-paragraph':
    case 'cut-in-paragraph':
    case 'cut-in-recital':
    case 'cut-in-citation':
    case 'cut-few-words':
    case 'missing-beginning': {
      const kind = p.kind === 'cut-in-recital' ? 'recital' : p.kind === 'cut-in-citation' ? 'citation' : 'paragraph';
      const i = nth(blocks, kind, p.kind === 'missing-beginning' ? (p.to ?? p.at + 12) : p.at);
      const b = blocks[i];
      if (p.kind !== 'cut-after-paragraph') {
        b.body = fragment(b.body, p.kind === 'cut-few-words' ? { words: 4 } : { chars: Math.floor(b.body.length / 2) });
        addFlag(b.origin!, 'truncated');
      }
      for (const gone of blocks.splice(i + 1)) {
        if (gone.origin) {
          dropped.add(gone.origin);
          addFlag(gone.origin, 'missing');
        }
        lostFootnotes.push(...footnoteNumbers(gone));
      }
      if (p.kind === 'missing-beginning' && p.start !== undefined && p.start !== 'citations') {
        // A paste that starts at recital / paragraph `at` + 1: the title block, the opening line and every unit
        // before it are gone; the footnotes (at the end) stay, though the calls to some of them went with the units.
        const kind = p.start === 'recitals' ? 'recital' : 'paragraph';
        const first = nth(blocks, kind, p.at + 1);
        for (const gone of blocks.splice(0, first)) {
          if (!gone.origin) continue;
          dropped.add(gone.origin);
          addFlag(gone.origin, 'missing');
        }
        lost[kind] = p.at;
        frontLost = true;
      } else if (p.kind === 'missing-beginning') {
        const first = nth(blocks, 'citation', 1);
        for (const gone of blocks.splice(first, p.at)) {
          if (gone.kind !== 'citation') throw new Error(`perturb: ${lang} has fewer than ${p.at} citations`);
          dropped.add(gone.origin!);
          addFlag(gone.origin!, 'missing');
        }
      }
      break;
    }
    case 'drop-last-paragraphs': {
      const paras = blocks.map((b, i) => (b.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0);
      if (!blocks[paras.at(-1)!].closing) throw new Error(`perturb: ${lang} has no closing paragraph`);
      const gone = paras.slice(-(p.at + 1));
      for (const i of gone) {
        dropped.add(blocks[i].origin!);
        addFlag(blocks[i].origin!, 'missing');
      }
      for (const i of gone.reverse()) blocks.splice(i, 1);
      break;
    }
    default: {
      const never: never = p.kind;
      throw new Error(`perturb: ${String(never)}`);
    }
  }

  // Expected rows: every original unit (the pivot shares these ids), then the inserted ones.
  const ids = newIds(blocks, lost);
  const idsOf = new Map<string, string[]>();
  const extras: ExpectedRow[] = [];
  blocks.forEach((b, i) => {
    const id = ids[i];
    if (id === null) return;
    if (b.origin === null) {
      extras.push({ key: null, ids: [id], flags: ['extra'] });
      return;
    }
    const origin = b.origin.replace(/#2$/, '');
    idsOf.set(origin, [...(idsOf.get(origin) ?? []), id]);
  });
  const original = newIds(toBlocks(text, lang)).filter((x): x is string => x !== null);
  const expected: ExpectedRow[] = original.map((key) => ({
    key,
    ids: dropped.has(key) || (merged.length && key === merged[1]) ? [] : (idsOf.get(key) ?? []),
    flags: flags.get(key) ?? [],
  }));
  const front: ExpectedRow[] = frontLost
    ? [{ key: 'title', ids: [], flags: ['missing'] }, { key: 'opening', ids: [], flags: ['missing'] }]
    : [{ key: 'title', ids: ['title'], flags: [] }, { key: 'opening', ids: ['opening'], flags: [] }];
  const footnotes: ExpectedRow[] = lostFootnotes.map((n) => ({ key: `footnote:${n}`, ids: [], flags: ['missing'] }));
  return { text: render(blocks), expected: [...front, ...expected, ...extras, ...footnotes] };
}

/**
 * Makes a synthetic version in `target` from a real one: EP formulas replaced by the target profile's, recital
 * letters rewritten in the target's lettering, and lower-case words enciphered so the text no longer reads as
 * the source language, while numbers, capitalised names and lengths survive. For benchmarks.
 */
export function synthesizeVersion(text: string, source: LangCode, target: LangCode): string {
  const from = PROFILES[source];
  const to = PROFILES[target];
  if (!from || !to) throw new Error(`synthesize: no profile for ${source} or ${target}`);
  const cipher = (s: string) =>
    s.replace(/\b\p{Ll}+\b/gu, (w) => (w.length <= 2 ? w : [...w].map((c) => (/[a-y]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 1) : c)).join('')));
  const blocks = toBlocks(text, source);
  let recital = 0;
  const stripStart = (body: string, starts: readonly string[]) => {
    const low = body.toLowerCase();
    const hit = starts.find((s) => low.startsWith(s.toLowerCase()));
    return hit ? body.slice(hit.length) : null;
  };
  const out = blocks.map((b, i) => {
    switch (b.kind) {
      case 'citation': {
        const rest = stripStart(b.body, from.citationOpeners) ?? ` ${b.body}`;
        return `– ${to.citationOpeners[0]}${cipher(rest)}`;
      }
      case 'recital': {
        recital++;
        const rest = stripStart(b.body, from.recitalOpeners) ?? ` ${b.body}`;
        const opener = to.recitalOpeners[0] ?? '';
        return `${recitalLabel(to.lettering, recital)}. ${opener}${opener ? '' : rest.trimStart().slice(0, 1).toUpperCase()}${cipher(opener ? rest : rest.trimStart().slice(1))}`;
      }
      case 'paragraph': {
        if (b.closing) {
          const rest = stripStart(b.body, from.closingStems) ?? ` ${b.body}`;
          return `${b.label}. ${to.closingStems[0]}${cipher(rest.replace(/^\p{L}*/u, ''))}`;
        }
        return `${b.label}. ${cipher(b.body)}`;
      }
      case 'other': {
        const t = b.raw.trim();
        if (i === 0) return `${to.titleStarts[0]} ${cipher(t.split('\n')[0].split(' ').slice(3).join(' '))}\n${t.split('\n').slice(1).join('\n')}`;
        if (from.opening.some((o) => t.startsWith(o))) return `${to.opening[0]},`;
        return b.raw;
      }
    }
  });
  return out.join('\n\n');
}
