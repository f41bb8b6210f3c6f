import type { Finding } from '../model/findings.js';
import { lexiconFor } from '../names/lexicon.js';
import { makeFinding, spanOf } from './finding.js';
import { langLabel } from './compare-values.js';
import type { Check } from './types.js';

/** Quoted passages: „…“ “…” ‘…’ «…» "…" (every EU language uses one of these pairs). */
const QUOTE_RE = /„[^“”"]{1,400}[“”"]|“[^”]{1,400}”|‘[^’]{1,400}’(?!\p{L})|«[^»]{1,400}»|"[^"]{1,400}"/gu;

/**
 * Quotation marks around a short name ("„Кахарман“", "„Член 14“") are a language's way of writing names of
 * organisations and publications, not a quotation: some versions use them and others do not.
 */
function isNamingQuote(quoted: string, capitalisesNouns: boolean): boolean {
  const words = quoted.slice(1, -1).trim().split(/\s+/u);
  if (!/^[\p{Lu}\p{N}]/u.test(words[0] ?? '') || words.length > 8) return false;
  if (!capitalisesNouns) return true;
  // German capitalises every noun: "„Terrorismus“" or "„Unterstützung bei einer friedlichen Beilegung der Krise“"
  // are real quotations; a name has mostly capitalised words ("„Fonds für das Volk Kasachstans“").
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && capitalised / words.length >= 0.6;
}

/**
 * Quotations present in one version and missing in another: the number of quoted passages per cell differs.
 * The spans show the quotations one version lacks, in order. Names in quotation marks count only one way: a
 * version that drops the quotation marks the pivot puts around a name is reported; a version that adds them
 * (Bulgarian „Кахарман“ where the original has none) follows its own habit and is not.
 */
export const checkQuotations: Check = (row, ctx) => {
  const pivot = ctx.grid.pivot;
  if (row.cells[pivot].length === 0) return [];
  const quotes = (doc: number) => {
    const capitalisesNouns = lexiconFor(ctx.lang(doc)).capitalisesNouns === true;
    const all = row.cells[doc].flatMap((seg) =>
      [...seg.text.matchAll(QUOTE_RE)].map((m) => ({ seg, start: m.index, end: m.index + m[0].length, naming: isNamingQuote(m[0], capitalisesNouns) })),
    );
    return { passages: all.filter((q) => !q.naming), names: all.filter((q) => q.naming) };
  };
  const base = quotes(pivot);
  const out: Finding[] = [];
  const report = (more: readonly { seg: { id: string; text: string }; start: number; end: number }[], from: number, moreDoc: number, lessDoc: number) => {
    // Without a reliable pairing, report the last quotations of the longer list (a dropped one shifts the rest).
    for (const q of more.slice(from)) {
      const span = spanOf(moreDoc, ctx.lang(moreDoc), q.seg.id, q.seg.text, q.start, q.end);
      out.push(
        makeFinding('quotation', 'warning', row.key, [span], { key: 'quotation.missing', params: { a: span.text, langA: langLabel(ctx, moreDoc), langB: langLabel(ctx, lessDoc) } }, [
          { doc: lessDoc, lang: ctx.lang(lessDoc) },
        ]),
      );
    }
  };
  for (let doc = 0; doc < row.cells.length; doc++) {
    if (doc === pivot || row.cells[doc].length === 0) continue;
    const other = quotes(doc);
    if (other.passages.length > base.passages.length) report(other.passages, base.passages.length, doc, pivot);
    else if (other.passages.length < base.passages.length) report(base.passages, other.passages.length, pivot, doc);
    // A name quoted in the pivot may be a passage elsewhere (German capitalisation): compare all quotes then.
    const otherAll = other.passages.length + other.names.length;
    const baseAll = base.passages.length + base.names.length;
    if (base.names.length > 0 && otherAll < baseAll && other.passages.length >= base.passages.length) {
      report(base.names, Math.max(0, base.names.length - (baseAll - otherAll)), pivot, doc);
    }
  }
  return out;
};
