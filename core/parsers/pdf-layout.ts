import type { Footnote } from '../model/document.js';
import { CALL_OPEN, callMarker } from './normalise.js';
import type { SourceLine } from './structure.js';

/**
 * Page layout of a PDF text layer: runs → lines in reading order, page furniture (running headers and footers,
 * page numbers) removed by position and repetition, footnote bodies at page bottoms collected whole (wrapped
 * lines and several paragraphs joined). Pure and deterministic; never throws.
 */

/** A positioned run of text on a page, in PDF user space (y grows upwards; y is the baseline). */
export interface PdfTextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** One page's runs and, when known, its box (bottom and top y of the view box), which places the header and footer bands. */
export interface PdfPage {
  readonly runs: readonly PdfTextRun[];
  readonly box?: { readonly bottom: number; readonly top: number };
}

interface Placed extends PdfTextRun {
  /** Footnote number when this run is a superscript call. */
  call: number | null;
  /** Footnote number when this run is a raised label opening a footnote body. */
  label: number | null;
}

interface Line {
  readonly y: number;
  readonly x: number;
  readonly size: number;
  readonly text: string;
}

/** What the page layout gives the structure recogniser. */
export interface PdfLayout {
  readonly lines: SourceLine[];
  /**
   * Footnote bodies found at page bottoms, when they are numbered 1…n in order, every one of them is called
   * by a superscript in the text and no superscript calls n + 1; null otherwise (the bodies are then left in `lines`, one line each, for the
   * recogniser to find).
   */
  readonly footnotes: Footnote[] | null;
  /** Lines removed as running headers, footers or page numbers. */
  readonly furniture: number;
}

const SUPERSCRIPT_RATIO = 0.8;
/** Footnote text is set smaller than the body: below this share of the body size. */
const NOTE_RATIO = 0.9;
/** Share of the page height at the top and at the bottom where running headers and footers sit. */
const BAND = 0.1;
/** "3", "- 3 -", "3/9", "Page 3 of 9", "Pagina 3 din 9", "Seite 3 von 9", "p. 3", "[3]". */
const PAGE_NUMBER = /^[-–—([]?\s*(?:\p{L}{1,12}\.?\s+)?\d{1,4}(?:\s*(?:\/|\p{L}{1,5})\s*\d{1,4})?\s*[-–—)\]]?$/u;
const BARE_PAGE_NUMBER = /^[-–—([]?\s*\d{1,4}(?:\s*\/\s*\d{1,4})?\s*[-–—)\]]?$/;
const NOTE_START = /^\(?(\d{1,3})\)?\s+(\S.*)$/;

function weightedMedianSize(runs: readonly PdfTextRun[]): number {
  const sized = runs.filter((r) => r.str.trim() !== '').map((r) => ({ size: Math.round(r.size * 10) / 10, weight: r.str.length }));
  sized.sort((a, b) => a.size - b.size);
  const total = sized.reduce((s, r) => s + r.weight, 0);
  let acc = 0;
  for (const r of sized) {
    acc += r.weight;
    if (acc * 2 >= total) return r.size;
  }
  return 0;
}

const isSmallNumber = (r: PdfTextRun, body: number) => r.size < body * SUPERSCRIPT_RATIO && /^\s*\d{1,3}\s*$/.test(r.str);

/**
 * One page's runs as lines, top to bottom. Runs are grouped into lines by baseline and sorted by x; a gap wider
 * than a fifth of the font size becomes a space. A short run of digits set smaller than the body and raised
 * above the baseline, right after a word, is a footnote call (`callMarker(n)`); the same right before a word,
 * with nothing before it, is a footnote body's label ("³ Text" → "3 Text").
 */
function pageLines(runs: readonly PdfTextRun[], body: number): Line[] {
  // Whitespace-only runs carry no text: spaces come from the gaps between runs (below).
  const placed: Placed[] = runs.filter((r) => r.str.trim() !== '').map((r) => ({ ...r, call: null, label: null }));
  const normal = placed.filter((r) => !isSmallNumber(r, body));
  const small = placed.filter((r) => isSmallNumber(r, body));
  const hosts = new Map<Placed, Placed>();
  for (const r of small) {
    // A small number: a superscript call when it touches the end of a larger run whose baseline is just below.
    const host = normal.find(
      (h) =>
        h.size >= body * SUPERSCRIPT_RATIO &&
        r.y - h.y > 0.1 * h.size &&
        r.y - h.y < 0.7 * h.size &&
        Math.abs(r.x - (h.x + h.width)) < 0.35 * h.size &&
        /\S$/.test(h.str),
    );
    if (host) {
      r.call = Number(r.str.trim());
      hosts.set(r, host);
      continue;
    }
    // A raised number shortly before the start of a run whose baseline is just below: a footnote body's label
    // (set apart by a space or a tab stop of up to one and a half of the text's size).
    const follower = normal.find((f) => {
      const gap = f.x - (r.x + r.width);
      return r.y - f.y > 0.1 * f.size && r.y - f.y < 0.7 * f.size && gap > -0.2 * f.size && gap < 1.5 * f.size;
    });
    if (follower) {
      r.label = Number(r.str.trim());
      hosts.set(r, follower);
      continue;
    }
    normal.push(r);
  }
  // Lines: baselines within a third of the font size of each other.
  const sorted = [...normal].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: Placed[] }[] = [];
  for (const r of sorted) {
    // Runs come top to bottom, so the line a run belongs to is nearly always the last one started.
    const near = (l: { y: number; size: number }) => Math.abs(l.y - r.y) <= Math.max(l.size, r.size) / 3;
    const tail = lines[lines.length - 1];
    const line = tail && near(tail) ? tail : lines.find(near);
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.size);
    } else {
      lines.push({ y: r.y, size: r.size, runs: [r] });
    }
  }
  for (const [small, host] of hosts) lines.find((l) => l.runs.includes(host))?.runs.push(small);
  lines.sort((a, b) => b.y - a.y);
  return lines.map((line) => {
    line.runs.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const r of line.runs) {
      if (r.call !== null) {
        text = text.replace(/\s+$/, '') + callMarker(r.call);
      } else if (r.label !== null) {
        text += `${text === '' ? '' : ' '}${r.label} `;
      } else {
        const gap = r.x - end;
        if (text !== '' && gap > 0.2 * r.size && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
        text += r.str;
      }
      end = Math.max(end, r.x + r.width);
    }
    const size = line.runs.reduce((m, r) => (r.call === null && r.label === null ? Math.max(m, r.size) : m), 0) || line.size;
    return { y: line.y, x: line.runs[0]?.x ?? 0, size, text: text.replace(/\s+/g, ' ').trim() };
  });
}

/** A line's text with numbers made alike, so that "Page 2 of 9" and "Page 3 of 9" compare equal. */
const furnitureKey = (text: string) => text.replace(/\d+/g, '#').toLowerCase();

/**
 * Which lines are page furniture: lines in the top or bottom band of the page that either repeat — same text
 * up to numbers, same height (±2 pt) — on another page, or are a page number on their own; and lines in the
 * top band set smaller than the body above the page's first body-size line (a running header that the first
 * page, or a two-page document, has only once).
 */
function furnitureOf(pages: readonly Line[][], frames: readonly { top: number; bottom: number }[], body: number): Set<Line> {
  const out = new Set<Line>();
  const inBand = (l: Line, f: { top: number; bottom: number }) => {
    const band = (f.top - f.bottom) * BAND;
    return l.y >= f.top - band || l.y <= f.bottom + band;
  };
  const candidates = pages.map((lines, p) => lines.filter((l) => l.text !== '' && inBand(l, frames[p])));
  const keys = candidates.map((lines) => lines.map((l) => ({ y: l.y, key: furnitureKey(l.text) })));
  candidates.forEach((lines, p) => {
    const firstBody = pages[p].find((l) => l.size >= body * NOTE_RATIO);
    for (const l of lines) {
      const band = (frames[p].top - frames[p].bottom) * BAND;
      if (l.y >= frames[p].top - band && l.size < body * NOTE_RATIO && (!firstBody || l.y > firstBody.y)) {
        out.add(l);
        continue;
      }
      // A lone number, or "Page 3" set small: a page number. "Article 5" set like the body is a heading.
      if (PAGE_NUMBER.test(l.text) && (l.size < body * NOTE_RATIO || BARE_PAGE_NUMBER.test(l.text))) {
        out.add(l);
        continue;
      }
      // Running headers repeat on most pages (odd and even pages may alternate two): on a third of them at least.
      const key = furnitureKey(l.text);
      let pagesWith = 1;
      keys.forEach((other, q) => {
        if (q !== p && other.some((o) => Math.abs(o.y - l.y) <= 2 && o.key === key)) pagesWith++;
      });
      if (pagesWith >= Math.max(2, Math.floor(pages.length / 3))) out.add(l);
    }
  });
  return out;
}

/** Joins a footnote's lines: a line-end hyphen between letters is kept and glued, as structure.ts joinLines. */
function joinNote(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (!out) out = part;
    else if (/\p{L}-$/u.test(out) && /^\p{L}/u.test(part)) out += part;
    else out += ` ${part}`;
  }
  return out;
}

/**
 * Turns pages of runs into lines for the recogniser (see PdfLayout). A vertical gap of more than 1.6 line
 * heights, and a page break, become a blank line. Footnote bodies are the small-type lines at the bottom of a
 * page (after furniture is removed): a line opening with the next footnote number starts a body, and the
 * small lines that follow it within 1.6 line heights continue it.
 */
export function layoutPages(pages: readonly PdfPage[]): PdfLayout {
  const body = weightedMedianSize(pages.flatMap((p) => p.runs));
  const perPage = pages.map((p) => pageLines(p.runs, body));
  // Without a page box, the extent of all text stands in for it (a loop: long documents have too many runs to
  // spread into Math.max).
  let textTop = 0;
  let textBottom = Infinity;
  for (const p of pages) {
    for (const r of p.runs) {
      textTop = Math.max(textTop, r.y + r.size);
      textBottom = Math.min(textBottom, r.y);
    }
  }
  const frames = pages.map((p) => p.box ?? { top: textTop, bottom: Number.isFinite(textBottom) ? textBottom : 0 });
  const furniture = furnitureOf(perPage, frames, body);

  const out: SourceLine[] = [];
  const noteLines = new Set<SourceLine>();
  const push = (text: string): SourceLine | null => {
    if (text === '' && (out.length === 0 || out[out.length - 1].text === '')) return null;
    const line = { text, line: out.length + 1 };
    out.push(line);
    return line;
  };
  const notes: { n: number; parts: string[] }[] = [];
  let nextNote = 1;
  /** Where the last footnote body was written: its page and its entry in `out` (a body may run on). */
  let lastNote: { page: number; index: number; note: { n: number; parts: string[] } } | null = null;
  perPage.forEach((all, pageIndex) => {
    const lines = all.filter((l) => !furniture.has(l) && l.text !== '');
    const frame = frames[pageIndex];
    // The footnote area: from the first small line that opens footnote `nextNote` below the last body line.
    let lastBody = -1;
    lines.forEach((l, i) => {
      if (l.size >= body * NOTE_RATIO) lastBody = i;
    });
    const pageNotes: { n: number; parts: string[] }[] = [];
    /** Lines at the top of this page's footnote area that continue the previous page's last body. */
    const runOn: string[] = [];
    let areaEnd = lines.length;
    const start = lastBody + 1;
    const opensNote = start < lines.length && NOTE_START.exec(lines[start].text)?.[1] === String(nextNote);
    // A body cut by the page break goes on at the foot of the next page, above the next body, without a number.
    const runsOn =
      !opensNote &&
      start < lines.length &&
      lastNote !== null &&
      lastNote.page === pageIndex - 1 &&
      lines[start].size < body * NOTE_RATIO &&
      lines[start].y < frame.bottom + (frame.top - frame.bottom) / 2;
    if (opensNote || runsOn) {
      let prev: Line | null = null;
      for (let i = start; i < lines.length; i++) {
        const l = lines[i];
        if (l.size >= body * NOTE_RATIO || (prev && prev.y - l.y > 1.6 * Math.max(prev.size, l.size))) {
          areaEnd = i;
          break;
        }
        const m = NOTE_START.exec(l.text);
        if (m && Number(m[1]) === nextNote) {
          pageNotes.push({ n: nextNote++, parts: [m[2]] });
        } else if (pageNotes.length > 0) {
          pageNotes[pageNotes.length - 1].parts.push(l.text);
        } else {
          runOn.push(l.text);
        }
        prev = l;
      }
    }
    if (runOn.length > 0 && lastNote) {
      const { index, note } = lastNote;
      note.parts.push(...runOn);
      const line = { text: `${note.n} ${joinNote(note.parts)}`, line: out[index].line };
      noteLines.delete(out[index]);
      out[index] = line;
      noteLines.add(line);
      if (pageNotes.length === 0) lastNote = { ...lastNote, page: pageIndex };
    }
    const bodyEnd = opensNote || runsOn ? start : lines.length;
    let prevY: number | null = null;
    for (let i = 0; i < bodyEnd; i++) {
      const l = lines[i];
      if (prevY !== null && prevY - l.y > 1.6 * l.size) push('');
      prevY = l.y;
      push(l.text);
    }
    if (opensNote || runsOn) {
      if (pageNotes.length > 0) push('');
      for (const note of pageNotes) {
        const line = push(`${note.n} ${joinNote(note.parts)}`);
        if (line) {
          noteLines.add(line);
          lastNote = { page: pageIndex, index: out.length - 1, note };
        }
      }
      notes.push(...pageNotes);
      push('');
      for (let i = areaEnd; i < lines.length; i++) push(lines[i].text);
    }
    push('');
  });
  while (out.length > 0 && out[out.length - 1].text === '') out.pop();

  // Explicit footnotes only when every body found is called by a superscript the layout recognised.
  const bodyText = out.map((l) => l.text).join('\n');
  // …and no call goes beyond them (a body the layout did not find would otherwise be lost in the text).
  const allCalled =
    notes.length > 0 &&
    bodyText.includes(CALL_OPEN) &&
    notes.every((n) => bodyText.includes(callMarker(n.n))) &&
    !bodyText.includes(callMarker(notes.length + 1));
  if (!allCalled) return { lines: out, footnotes: null, furniture: furniture.size };
  const kept = out.filter((l) => !noteLines.has(l)).filter((l, i, arr) => l.text !== '' || (i > 0 && arr[i - 1].text !== ''));
  while (kept.length > 0 && kept[kept.length - 1].text === '') kept.pop();
  const lines = kept.map((l, i) => ({ text: l.text, line: i + 1 }));
  return { lines, footnotes: notes.map((n) => ({ n: n.n, text: joinNote(n.parts) })), furniture: furniture.size };
}
