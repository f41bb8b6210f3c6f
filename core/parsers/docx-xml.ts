/**
 * Rewrites of WordprocessingML (ECMA-376 Part 1, §17) applied before mammoth reads a DOCX, for what mammoth
 * drops or renders in a way the block walker cannot use:
 *
 * - Raised runs. LibreOffice writes a superscript with a non-default raise or size as
 *   `<w:position w:val="10"/><w:sz w:val="16"/>` (§17.3.2.24: position in half-points, positive = raised) instead
 *   of `<w:vertAlign w:val="superscript"/>` (§17.3.2.42); translators raise digits by hand the same way. mammoth
 *   ignores `w:position`, so "Kazahstan¹" came out as "Kazahstan1". A raised run becomes a superscript run.
 * - Superscript or raise given by a character style (`w:rStyle`, §17.7.4.17, with `w:basedOn` chains): mammoth
 *   reads direct run properties only. The style's effect is written onto the run.
 * - Simple fields (`w:fldSimple`, §17.16.19): mammoth drops them with the result they show (a DOCPROPERTY
 *   country name, a date, a NOTEREF number), so the words went missing. The field's result runs are kept.
 * - Footnotes and endnotes of several paragraphs: the block walker keeps the first block of a footnote body, so
 *   the paragraphs of one note are joined with line breaks (`w:br`), which the walker reads as spaces.
 *
 * Pure string rewriting over a tag scanner that tracks element nesting (no DOM: core/ has none, and these parts
 * can be large). Never throws on odd markup: what it does not recognise it leaves as it is.
 */

/**
 * A start, end or empty-element tag. Attribute values cannot hold "<" (XML 1.0 §3.1, AttValue), so no match
 * runs past the next "<": the scan stays linear on damaged input.
 */
const TAG = /<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(\/?)>/g;

const ATTR_PATTERNS = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | null {
  let re = ATTR_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR_PATTERNS.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * A `w:position` value: half-points in transitional documents ("6"), a measure with a unit in strict ones
 * ("3pt", ST_SignedHpsMeasure); only its sign matters here.
 */
function positionOf(attrs: string): number {
  return parseFloat(attr(attrs, 'w:val') ?? '0') || 0;
}

/** The run-level effect of a character style: raised (superscript or positive position) or not. */
interface StyleEffect {
  readonly vertAlign: string | null;
  readonly position: number | null;
  readonly basedOn: string | null;
}

/**
 * Character styles (`w:type="character"`) from styles.xml with their own vertAlign/position and basedOn.
 * Paragraph styles are left out: a raised paragraph style is not how calls are written.
 */
export function readCharacterStyles(stylesXml: string): Map<string, StyleEffect> {
  const styles = new Map<string, StyleEffect>();
  const stack: string[] = [];
  let id: string | null = null;
  let vertAlign: string | null = null;
  let position: number | null = null;
  let basedOn: string | null = null;
  for (const m of stylesXml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose] = m;
    if (close) {
      if (name === 'w:style' && id !== null) styles.set(id, { vertAlign, position, basedOn });
      if (name === 'w:style') id = null;
      stack.pop();
      continue;
    }
    const parent = stack[stack.length - 1];
    if (name === 'w:style') {
      id = attr(attrs, 'w:type') === 'character' ? attr(attrs, 'w:styleId') : null;
      vertAlign = null;
      position = null;
      basedOn = null;
    } else if (id !== null && parent === 'w:style' && name === 'w:basedOn') {
      basedOn = attr(attrs, 'w:val');
    } else if (id !== null && parent === 'w:rPr' && stack[stack.length - 2] === 'w:style') {
      if (name === 'w:vertAlign') vertAlign = attr(attrs, 'w:val');
      if (name === 'w:position') position = positionOf(attrs);
    }
    if (!selfClose) stack.push(name);
  }
  return styles;
}

/** Whether a character style (following basedOn, at most 10 deep) raises its text. */
function styleRaises(styles: ReadonlyMap<string, StyleEffect>, id: string | null): boolean {
  for (let depth = 0; id && depth < 10; depth++) {
    const s = styles.get(id);
    if (!s) return false;
    if (s.vertAlign !== null) return s.vertAlign === 'superscript';
    if (s.position !== null) return s.position > 0;
    id = s.basedOn;
  }
  return false;
}

const SUPERSCRIPT = '<w:vertAlign w:val="superscript"/>';

/**
 * Marks raised runs as superscript in a document, footnotes or endnotes part: a run whose own properties give
 * `w:position` > 0 and no `w:vertAlign`, or whose character style raises it and whose own properties neither
 * align nor position it. Properties inside `w:rPrChange` (the formatting before a tracked change) are not the
 * run's. Returns the rewritten XML.
 */
export function markRaisedRuns(xml: string, styles: ReadonlyMap<string, StyleEffect>): string {
  const stack: string[] = [];
  let out = '';
  let last = 0;
  /** State of the `w:rPr` of a run being read. */
  let rPr: { vertAlign: string | null; position: number | null; style: string | null } | null = null;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose] = m;
    const at = m.index;
    if (close) {
      stack.pop();
      if (name === 'w:rPr' && rPr !== null && stack[stack.length - 1] === 'w:r') {
        const raised =
          rPr.vertAlign === null && ((rPr.position !== null && rPr.position > 0) || (rPr.position === null && styleRaises(styles, rPr.style)));
        if (raised) {
          out += xml.slice(last, at) + SUPERSCRIPT;
          last = at;
        }
        rPr = null;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    if (name === 'w:rPr' && parent === 'w:r') {
      rPr = selfClose ? null : { vertAlign: null, position: null, style: null };
    } else if (rPr !== null && parent === 'w:rPr' && stack[stack.length - 2] === 'w:r') {
      if (name === 'w:vertAlign') rPr.vertAlign = attr(attrs, 'w:val');
      else if (name === 'w:position') rPr.position = positionOf(attrs);
      else if (name === 'w:rStyle') rPr.style = attr(attrs, 'w:val');
    }
    if (!selfClose) stack.push(name);
  }
  return out + xml.slice(last);
}

/**
 * Joins the paragraphs of each `w:footnote` / `w:endnote` into its first paragraph, with a `w:br` run between
 * them: the second paragraph's runs move up, its own paragraph properties are dropped. Separator notes (one
 * paragraph) are unchanged.
 */
export function joinNoteParagraphs(xml: string): string {
  const stack: string[] = [];
  let out = '';
  let last = 0;
  /** The element that closed last directly inside the current note ("w:p", "w:tbl", …). */
  let lastNoteChild: string | null = null;
  /** Right after a merge: the merged paragraph's `w:pPr`, if it comes next, is dropped. */
  let justMerged = false;
  /** Set while skipping the `w:pPr` of a paragraph being merged into the previous one. */
  let skipFrom: number | null = null;
  for (const m of xml.matchAll(TAG)) {
    const [whole, close, name, , selfClose] = m;
    const at = m.index;
    const end = at + whole.length;
    const parent = stack[stack.length - 1];
    const merged = justMerged;
    justMerged = false;
    if (close) {
      stack.pop();
      const inNote = stack[stack.length - 1] === 'w:footnote' || stack[stack.length - 1] === 'w:endnote';
      if (inNote) lastNoteChild = name;
      if (name === 'w:pPr' && skipFrom !== null && stack[stack.length - 1] === 'w:p') {
        out += xml.slice(last, skipFrom);
        last = end;
        skipFrom = null;
      }
      continue;
    }
    if (name === 'w:footnote' || name === 'w:endnote') lastNoteChild = null;
    const noteParagraph = name === 'w:p' && (parent === 'w:footnote' || parent === 'w:endnote');
    if (noteParagraph && !selfClose && lastNoteChild === 'w:p') {
      // The previous sibling is a paragraph: remove its "</w:p>" and this "<w:p …>", put a line break between.
      const prevClose = xml.lastIndexOf('</w:p>', at);
      // Empty paragraphs (`<w:p/>`) between the two go too.
      if (prevClose >= last && xml.slice(prevClose + '</w:p>'.length, at).replace(/<w:p\s*\/>/g, '').trim() === '') {
        out += `${xml.slice(last, prevClose)}<w:r><w:br/></w:r>`;
        last = end;
        stack.push(name);
        justMerged = true;
        continue;
      }
    }
    // An empty paragraph (`<w:p/>`) is transparent: it neither starts nor ends a run of paragraphs.
    if (noteParagraph && selfClose) continue;
    // The merged paragraph's own properties (its first child) went with the paragraph mark removed.
    if (merged && name === 'w:pPr' && parent === 'w:p') {
      if (selfClose) last = end;
      else skipFrom = last;
    }
    if (!selfClose) stack.push(name);
  }
  return out + xml.slice(last);
}

const FLD_SIMPLE_EMPTY = /<w:fldSimple\b(?:[^<>"']|"[^"<]*"|'[^'<]*')*?\/>/g;
const FLD_SIMPLE_TAG = /<\/?w:fldSimple\b(?:[^<>"']|"[^"<]*"|'[^'<]*')*?>/g;

/**
 * Replaces each simple field by the runs of its current result (what Word displays); a field without a result
 * goes. The instruction is not text. Complex fields (`w:fldChar` … `w:instrText` … result) mammoth reads itself.
 */
export function unwrapSimpleFields(xml: string): string {
  if (!xml.includes('w:fldSimple')) return xml;
  return xml.replace(FLD_SIMPLE_EMPTY, '').replace(FLD_SIMPLE_TAG, '');
}
