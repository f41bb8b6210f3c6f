/**
 * A rewrite of mammoth's HTML for the footnote list translators type at the end of a document: paragraphs that
 * open with a superscript number (`<p><sup>1</sup>…`). A note of several paragraphs leaves its later paragraphs
 * without a number, and the block walker, which ends a body with its block, would read them as running text.
 * Pure string rewriting over mammoth's own output (no whitespace between blocks, `<p>` without attributes).
 */

const PARAGRAPH = /<p>(?:<sup>(\d{1,3})<\/sup>)?(?:(?!<\/?p[ >])[\s\S])*<\/p>/g;

/**
 * Joins each unnumbered paragraph that lies between typed notes n and n + 1 (all siblings, one after another,
 * numbered from 1) to note n with a line break. An unnumbered paragraph after the last note is left alone: it
 * may as well be text that follows the list. Returns the HTML unchanged when there is no such list.
 */
export function joinTypedNoteParagraphs(html: string): string {
  const paras = [...html.matchAll(PARAGRAPH)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[1] ? Number(m[1]) : null }));
  const merge = new Set<number>();
  let i = 0;
  while (i < paras.length) {
    if (paras[i].label !== 1) {
      i++;
      continue;
    }
    // A chain of adjacent sibling paragraphs from note 1.
    let expected = 2;
    let pending: number[] = [];
    let j = i + 1;
    for (; j < paras.length && paras[j].start === paras[j - 1].end; j++) {
      if (paras[j].label === expected) {
        for (const k of pending) merge.add(k);
        pending = [];
        expected++;
      } else if (paras[j].label === null) {
        pending.push(j);
      } else {
        break;
      }
    }
    i = j;
  }
  if (merge.size === 0) return html;
  let out = '';
  let last = 0;
  for (const k of [...merge].sort((a, b) => a - b)) {
    const prevEnd = paras[k - 1].end;
    // "…</p><p>more" → "…<br />more"
    out += `${html.slice(last, prevEnd - '</p>'.length)}<br />`;
    last = paras[k].start + '<p>'.length;
  }
  return out + html.slice(last);
}
