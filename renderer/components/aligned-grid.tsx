// The aligned view: one column per chosen version, one row per aligned row (or sentence bead), virtualised in
// both the row count and the DOM so thousands of rows × 24 columns scroll. ARIA grid with a roving tabindex.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, ProjectGrid } from '../contract.js';
import type { DisplayRow } from '../model/rows.js';
import type { ActiveChange, HighlightsFor } from './grid-row.js';
import { GridRow } from './grid-row.js';

export interface GridProps {
  readonly grid: ProjectGrid;
  readonly docs: ReadonlyMap<string, DocumentSummary>;
  readonly columns: readonly number[];
  readonly rows: readonly DisplayRow[];
  readonly active: { readonly row: number; readonly col: number };
  /**
   * `focus`: move the keyboard focus to the new active cell (keyboard navigation). Keep it stable (useCallback):
   * every visible row receives it, and a new function re-renders them all.
   */
  readonly onActiveChange: ActiveChange;
  /** Keep it stable, and return the same array for the same text, for the same reason. */
  readonly highlightsFor: HighlightsFor;
  readonly findingCountByRow: ReadonlyMap<string, number>;
  /** Bumped when the active cell should take the keyboard focus (after a jump from a panel or a key). */
  readonly focusToken: number;
}

// Six versions fit side by side on a 1366 px laptop screen with the side panels open (104 + 6 × 148 ≤ 1000 px);
// more versions scroll horizontally, the row header staying in place.
const ROW_HEADER_PX = 104;
const MIN_COLUMN_PX = 148;
/** Rows a PageUp/PageDown moves when the viewport cannot tell (no row measured yet). */
const FALLBACK_PAGE_ROWS = 10;

export function AlignedGrid(props: GridProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const { grid, columns, rows, active } = props;
  // The sticky column header sits above the rows inside the scroll box: the virtualizer needs its height as the
  // list's offset (scrollMargin) and as padding so a row scrolled to the top is not hidden under it.
  const [headHeight, setHeadHeight] = useState(40);
  useLayoutEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const update = () => setHeadHeight(Math.round(head.getBoundingClientRect().height));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(head);
    return () => observer.disconnect();
  }, []);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }), [i18n.language]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    getItemKey: (i) => `${rows[i].row.key}#${rows[i].beadNumber ?? 0}`,
  });

  useEffect(() => {
    if (active.row >= 0 && active.row < rows.length) virtualizer.scrollToIndex(active.row, { align: 'auto' });
    // Scroll only when the active row changes, not on every re-render (the virtualizer is stable per mount).
  }, [active.row, rows.length]);

  // The cell to focus once it is rendered: a jump far down the grid renders the target row only after the scroll
  // it causes, so the focus waits for the render that brings the cell in (checked after every render).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (props.focusToken === 0) return;
    pendingFocus.current = `${active.row}:${active.col}`;
  }, [props.focusToken, active.row, active.col]);
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const handle = requestAnimationFrame(() => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${want}"]`);
      if (!el || pendingFocus.current !== want) return;
      pendingFocus.current = null;
      el.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(handle);
  });

  const template = `${ROW_HEADER_PX}px repeat(${columns.length}, minmax(${MIN_COLUMN_PX}px, 1fr))`;
  const minWidth = ROW_HEADER_PX + columns.length * MIN_COLUMN_PX;

  /** Rows in one screenful, from the rows the virtualizer has laid out in the viewport. */
  const pageRows = (): number => {
    const el = scrollRef.current;
    const items = virtualizer.getVirtualItems();
    if (!el || items.length === 0) return FALLBACK_PAGE_ROWS;
    const top = el.scrollTop + headHeight;
    const bottom = el.scrollTop + el.clientHeight;
    const inView = items.filter((it) => it.end > top && it.start < bottom).length;
    return Math.max(1, inView - 1);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target instanceof HTMLElement && e.target.closest('.seg-text') && window.getSelection()?.isCollapsed === false && e.shiftKey) return;
    let { row, col } = active;
    switch (e.key) {
      case 'ArrowDown':
        row = Math.min(rows.length - 1, row + 1);
        break;
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case 'ArrowRight':
        col = Math.min(columns.length, col + 1);
        break;
      case 'ArrowLeft':
        col = Math.max(0, col - 1);
        break;
      case 'PageDown':
        row = Math.min(rows.length - 1, row + pageRows());
        break;
      case 'PageUp':
        row = Math.max(0, row - pageRows());
        break;
      case 'Home':
        if (e.ctrlKey) row = 0;
        col = 0;
        break;
      case 'End':
        if (e.ctrlKey) row = rows.length - 1;
        col = columns.length;
        break;
      default:
        return;
    }
    e.preventDefault();
    props.onActiveChange(row, col, true);
  };

  return (
    <div
      className="grid-scroll"
      ref={scrollRef}
      role="grid"
      aria-label={t('grid.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      onKeyDown={onKeyDown}
      data-testid="aligned-grid"
      style={{ '--row-head-width': `${ROW_HEADER_PX}px`, '--grid-head-height': `${headHeight}px` } as React.CSSProperties}
    >
      <div className="grid-head" ref={headRef} role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, minWidth }}>
        <div role="columnheader" className="grid-corner" aria-colindex={1}>
          {t('grid.row')}
        </div>
        {columns.map((d, c) => {
          const ref = grid.grid.documents[d];
          const summary = props.docs.get(grid.docIds[d]);
          return (
            <div key={d} role="columnheader" aria-colindex={c + 2} className="col-head" data-testid="column-header" data-lang={ref.lang}>
              <span className="col-lang">{ref.lang.toUpperCase()}</span>
              <span className="col-name" title={summary?.title ?? ref.name}>
                {summary?.name ?? ref.name}
              </span>
              {d === grid.grid.pivot ? <span className="badge badge-pivot">{t('grid.pivot')}</span> : null}
              {ref.official ? (
                <span className="badge badge-official" title={t('grid.officialHint')}>
                  {t('grid.official')}
                </span>
              ) : (
                <span className="badge badge-unofficial" title={t('grid.unofficialHint')}>
                  {t('grid.unofficial')}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <div className="grid-body" style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const dr = rows[item.index];
          return (
            <GridRow
              key={item.key}
              dr={dr}
              index={item.index}
              offset={item.start - headHeight}
              template={template}
              grid={grid}
              columns={columns}
              activeCol={item.index === active.row ? active.col : -1}
              findings={props.findingCountByRow.get(dr.row.key) ?? 0}
              highlightsFor={props.highlightsFor}
              onActiveChange={props.onActiveChange}
              measureElement={virtualizer.measureElement}
              percent={percent}
              t={t}
            />
          );
        })}
      </div>
    </div>
  );
}
