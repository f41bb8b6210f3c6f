// One row of the aligned grid and its cells, memoised: moving the active cell changes the props of the two rows
// involved (the one it leaves and the one it enters) and, inside them, of the two cells involved; every other
// visible row and cell keeps its props and is not rendered again. A key press on a 24-version grid therefore
// renders a couple of rows, not a screenful of rows × 24 cells. Everything passed in must be stable between key
// presses: the parent memoises `columns`, `percent` and the callbacks, `highlightsFor` returns the same array for
// the same text until the highlights change, and the virtualizer's `measureElement` is one function per instance.
import type { TFunction } from 'i18next';
import { Fragment, memo, useMemo } from 'react';
import type { AlignedRow, SentenceBead } from '../../core/model/alignment.js';
import type { ProjectGrid } from '../contract.js';
import type { Highlight } from '../model/highlights.js';
import { clipHighlights } from '../model/highlights.js';
import type { DisplayRow } from '../model/rows.js';
import { beadParts } from '../model/rows.js';
import { CellText } from './cell-text.js';

/** Highlights for one unit's text in one document; the same array back for the same input while nothing changed. */
export type HighlightsFor = (doc: number, unitId: string, text: string) => readonly Highlight[];
/** Makes (row, col) the active cell; `focus` moves the keyboard focus there too. */
export type ActiveChange = (row: number, col: number, focus?: boolean) => void;

export interface GridRowProps {
  readonly dr: DisplayRow;
  /** Position in the display rows (0-based). */
  readonly index: number;
  /** Vertical offset of the row inside the grid body, in px. */
  readonly offset: number;
  readonly template: string;
  readonly grid: ProjectGrid;
  readonly columns: readonly number[];
  /** The active column (0 = row header) when this row is the active row; -1 otherwise. */
  readonly activeCol: number;
  /** Open findings in this row. */
  readonly findings: number;
  readonly highlightsFor: HighlightsFor;
  readonly onActiveChange: ActiveChange;
  readonly measureElement: (el: Element | null) => void;
  readonly percent: Intl.NumberFormat;
  readonly t: TFunction;
}

export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { dr, index, grid, columns, activeCol, t, onActiveChange } = props;
  const { row } = dr;
  const pivotSeg = row.cells[grid.grid.pivot]?.[0];
  const first = pivotSeg ?? row.cells.find((c) => c.length > 0)?.[0];
  const label = first?.label ?? (row.kind === 'citation' && first ? String(first.ordinal) : null);
  const flagged = row.flags.length > 0;
  const isActiveRow = activeCol >= 0;
  const nothing = t('grid.nothing');
  return (
    <div
      ref={props.measureElement}
      data-index={index}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isActiveRow}
      className={`grid-row${isActiveRow ? ' active' : ''}${flagged ? ' flagged' : ''}`}
      data-row-key={row.key}
      data-bead={dr.beadNumber}
      data-testid="grid-row"
      style={{ transform: `translateY(${props.offset}px)`, gridTemplateColumns: props.template }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        className="row-head"
        tabIndex={activeCol === 0 ? 0 : -1}
        data-cell={`${index}:0`}
        onFocus={() => (activeCol === 0 ? undefined : onActiveChange(index, 0))}
      >
        <span className="row-kind">{t(`kind.${row.kind}`)}</span>
        <span className="row-label">{label ?? ''}</span>
        {dr.beadNumber ? <span className="row-bead">{t('grid.sentence', { n: dr.beadNumber })}</span> : null}
        <span className={`confidence${row.confidence < 0.5 ? ' low' : ''}`} title={t('grid.confidence')}>
          {props.percent.format(dr.bead?.confidence ?? row.confidence)}
        </span>
        {row.flags.length > 0 ? (
          <span className="flags">
            {[...new Set(row.flags.map((f) => f.flag))].map((f) => (
              <span key={f} className={`flag flag-${f}`} title={row.flags.filter((x) => x.flag === f).map((x) => x.detail).join('\n')}>
                {t(`flag.${f}`)}
              </span>
            ))}
          </span>
        ) : null}
        {row.manual ? (
          <span className="flag flag-manual" title={t('grid.manualTitle')}>
            {t('grid.manual')}
          </span>
        ) : null}
        {props.findings > 0 ? <span className="finding-count">{t('grid.findings', { count: props.findings })}</span> : null}
      </div>
      {columns.map((d, c) => (
        <GridCell
          key={d}
          row={row}
          bead={dr.bead}
          index={index}
          col={c + 1}
          doc={d}
          lang={grid.grid.documents[d].lang}
          docId={grid.docIds[d]}
          active={activeCol === c + 1}
          nothing={nothing}
          highlightsFor={props.highlightsFor}
          onActiveChange={onActiveChange}
        />
      ))}
    </div>
  );
});

interface GridCellProps {
  readonly row: AlignedRow;
  readonly bead: SentenceBead | undefined;
  readonly index: number;
  /** Column position in the grid (1-based; 0 is the row header). */
  readonly col: number;
  /** Document index in the grid. */
  readonly doc: number;
  readonly lang: string;
  readonly docId: string;
  readonly active: boolean;
  /** The "nothing in this version" text, already translated. */
  readonly nothing: string;
  readonly highlightsFor: HighlightsFor;
  readonly onActiveChange: ActiveChange;
}

const GridCell = memo(function GridCell(props: GridCellProps) {
  const { row, bead, index, col, doc, lang, docId, active } = props;
  const segs = row.cells[doc] ?? [];
  // At sentence level: this version's sentences in the bead, each as a range of its unit's text, with the unit's
  // highlights cut to that range, so a sentence shows what its unit shows there and a selection maps back to it.
  const parts = useMemo(() => (bead ? beadParts(row, bead, doc) : []), [row, bead, doc]);
  const partHighlights = useMemo(
    () => parts.map((p) => (p.unitId === null ? [] : clipHighlights(props.highlightsFor(doc, p.unitId, p.unitText), p.start, p.end))),
    [parts, doc, props.highlightsFor],
  );
  return (
    <div
      role="gridcell"
      aria-colindex={col + 1}
      lang={lang}
      className={`cell${segs.length === 0 ? ' empty' : ''}${active ? ' active' : ''}`}
      tabIndex={active ? 0 : -1}
      data-cell={`${index}:${col}`}
      data-lang={lang}
      onFocus={() => (active ? undefined : props.onActiveChange(index, col))}
    >
      {segs.length === 0 ? (
        <span className="cell-missing">{props.nothing}</span>
      ) : bead ? (
        <span className="seg">
          {parts.map((p, k) => (
            <Fragment key={`${k}:${p.unitId ?? ''}:${p.start}`}>
              {k > 0 ? ' ' : null}
              <CellText
                text={p.unitText.slice(p.start, p.end)}
                highlights={partHighlights[k]}
                docId={docId}
                rowKey={row.key}
                unitId={p.unitId}
                offset={p.start}
              />
            </Fragment>
          ))}
        </span>
      ) : (
        segs.map((s) => (
          <span className="seg" key={s.id}>
            {s.label ? <span className="seg-label">{`${s.label}.`}</span> : null}
            <CellText text={s.text} highlights={props.highlightsFor(doc, s.id, s.text)} docId={docId} rowKey={row.key} unitId={s.id} />
          </span>
        ))
      )}
    </div>
  );
});
