// One version's text in a cell, with highlights. The text element carries the document, row and unit so a
// selection inside it can be turned into an annotation span (offsets into the unit's clean text). In a sentence
// cell the text is a range of the unit's text: `offset` says where it starts, and a selection adds it back.
import { memo } from 'react';
import type { Highlight } from '../model/highlights.js';
import { splitByHighlights } from '../model/highlights.js';

export const CellText = memo(function CellText(props: {
  text: string;
  highlights: readonly Highlight[];
  docId: string;
  rowKey: string;
  unitId: string | null;
  /** Where `text` starts in the unit's clean text (a sentence cell shows part of a unit); 0 by default. */
  offset?: number;
}) {
  const pieces = splitByHighlights(props.text, props.highlights);
  return (
    <span className="seg-text" data-doc-id={props.docId} data-row-key={props.rowKey} data-unit-id={props.unitId ?? undefined} data-offset={props.offset ? props.offset : undefined}>
      {pieces.map((p) =>
        p.kinds.length === 0 ? (
          p.text
        ) : (
          <mark key={p.start} className={p.kinds.map((k) => `hl-${k}`).join(' ')} title={p.titles.join('\n') || undefined}>
            {p.text}
          </mark>
        ),
      )}
    </span>
  );
});

/**
 * Offsets of the current selection inside one `.seg-text` element, as offsets into the unit's clean text (the
 * element's `data-offset` added), or null when it is elsewhere, empty, or in a text not tied to a unit.
 */
export function selectionInSegment(selection: Selection | null): {
  docId: string;
  rowKey: string;
  unitId: string;
  start: number;
  end: number;
  text: string;
} | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const host = (node: Node | null): HTMLElement | null => {
    const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
    return el?.closest<HTMLElement>('.seg-text') ?? null;
  };
  const seg = host(range.startContainer);
  if (!seg || seg !== host(range.endContainer)) return null;
  const { docId, rowKey, unitId } = seg.dataset;
  if (!docId || !rowKey || !unitId) return null;
  const base = Number(seg.dataset.offset ?? 0);
  if (!Number.isInteger(base) || base < 0) return null;
  const before = document.createRange();
  before.selectNodeContents(seg);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  // Trim spaces a double-click or a drag picks up at the edges.
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  const s = base + start + lead;
  const e = base + start + text.length - trail;
  if (e <= s) return null;
  return { docId, rowKey, unitId, start: s, end: e, text: text.trim() };
}
