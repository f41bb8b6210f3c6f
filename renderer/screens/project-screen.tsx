// The project screen: toolbar, the aligned grid, the side panels and the dialogs, plus the keyboard shortcuts
// listed in the help dialog.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangCode } from '../../core/model/language.js';
import type { DocumentSummary, FindingView, ProjectGrid, SpanInput } from '../contract.js';
import { call } from '../api.js';
import { AlignedGrid } from '../components/aligned-grid.js';
import { AnnotationDialog } from '../components/annotation-dialog.js';
import type { PendingSpan } from '../components/annotation-dialog.js';
import { selectionInSegment } from '../components/cell-text.js';
import { ColumnsDialog } from '../components/columns-dialog.js';
import { DictionariesInUse, DictionaryDialog } from '../components/dictionary-dialog.js';
import { ExportDialog } from '../components/export-dialog.js';
import { FetchDialog } from '../components/fetch-dialog.js';
import { HelpDialog } from '../components/help-dialog.js';
import { ImportDialog } from '../components/import-dialog.js';
import type { IncomingFile } from '../components/import-dialog.js';
import { AlignmentPanel } from '../components/panels/alignment-panel.js';
import { AnnotationsPanel } from '../components/panels/annotations-panel.js';
import { ComparePanel } from '../components/panels/compare-panel.js';
import { FindingsPanel } from '../components/panels/findings-panel.js';
import { NamesPanel } from '../components/panels/names-panel.js';
import { TeamNotice } from '../components/team-notice.js';
import { useProject } from '../hooks/use-project.js';
import { useTeamFeed } from '../hooks/use-team-feed.js';
import type { Level } from '../hooks/use-project.js';
import { UI_LANGUAGES, isUiLanguage } from '../i18n/index.js';
import type { UiLanguage } from '../i18n/index.js';
import type { Highlight } from '../model/highlights.js';
import { valueHighlights } from '../model/highlights.js';
import { findingMessage } from '../model/messages.js';
import { displayRows, findRow, orderColumns } from '../model/rows.js';

const TABS = ['findings', 'annotations', 'names', 'compare', 'alignment'] as const;
type Tab = (typeof TABS)[number];
type DialogName = 'help' | 'export' | 'import' | 'fetch' | 'annotate' | 'columns' | 'dictionaries' | null;

const SIDE_WIDTH_KEY = 'concordia.sideWidth';
const SIDE_MIN_PX = 260;
/** The grid keeps at least this much room when the side panels are widened. */
const GRID_MIN_PX = 420;
const SIDE_STEP_PX = 24;

function sideMax(): number {
  return Math.max(SIDE_MIN_PX, window.innerWidth - GRID_MIN_PX);
}

function clampSide(px: number): number {
  return Math.round(Math.min(sideMax(), Math.max(SIDE_MIN_PX, px)));
}

function storedSideWidth(): number | null {
  try {
    const v = Number(window.localStorage.getItem(SIDE_WIDTH_KEY));
    return Number.isFinite(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function ProjectScreen(props: { onLanguageChange: (lang: UiLanguage) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [level, setLevel] = useState<Level>('unit');
  const project = useProject(level);
  const { data } = project;
  // Over a team database: others' changes are reloaded as they happen (nothing polls elsewhere).
  const teamFeed = useTeamFeed(project);
  const [tab, setTab] = useState<Tab>('findings');
  const [dialog, setDialog] = useState<DialogName>(null);
  const [active, setActive] = useState({ row: 0, col: 1 });
  const [focusToken, setFocusToken] = useState(0);
  const [order, setOrder] = useState<number[]>([]);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const [pivotFirst, setPivotFirst] = useState(true);
  const [pending, setPending] = useState<PendingSpan[]>([]);
  const [incoming, setIncoming] = useState<IncomingFile[]>([]);
  const [status, setStatus] = useState<string>('');
  const [currentFinding, setCurrentFinding] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [panelsShown, setPanelsShown] = useState(true);
  // Width of the side panels in px once the user has resized them; null = the stylesheet's default.
  const [sideWidth, setSideWidth] = useState<number | null>(storedSideWidth);
  const [resizing, setResizing] = useState(false);
  const sideRef = useRef<HTMLElement>(null);
  const lastSelection = useRef<PendingSpan | null>(null);

  const grid = data.grid;
  const docCount = grid?.grid.documents.length ?? 0;
  useEffect(() => {
    setOrder((o) => (o.length === docCount ? o : Array.from({ length: docCount }, (_, i) => i)));
  }, [docCount]);

  const docs = useMemo(() => new Map<string, DocumentSummary>((data.info?.documents ?? []).map((d) => [d.id, d])), [data.info]);
  const docIndex = useMemo(() => new Map<string, number>((grid?.docIds ?? []).map((id, i) => [id, i])), [grid]);
  const visible = useMemo(() => new Set(order.filter((d) => !hidden.has(d))), [order, hidden]);
  const columns = useMemo(() => (grid ? orderColumns(order, visible, grid.grid.pivot, pivotFirst) : []), [grid, order, visible, pivotFirst]);
  const rows = useMemo(() => (grid ? displayRows(grid.grid.rows, level) : []), [grid, level]);

  const findingCountByRow = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of data.findings) if (f.review === 'open') m.set(f.row, (m.get(f.row) ?? 0) + 1);
    return m;
  }, [data.findings]);

  // Highlights by "doc|unit": names, findings, annotations; numbers and dates are computed per text.
  const marks = useMemo(() => {
    const m = new Map<string, Highlight[]>();
    const add = (doc: number, unit: string, h: Highlight) => {
      const k = `${doc}|${unit}`;
      const list = m.get(k);
      if (list) list.push(h);
      else m.set(k, [h]);
    };
    for (const e of data.names) for (const f of e.forms) for (const o of f.occurrences) add(o.doc, o.unit, { start: o.start, end: o.end, kind: 'name', title: e.key });
    for (const f of data.findings) {
      if (f.review === 'dismissed') continue;
      const title = findingMessage(f.message, i18n.language);
      for (const s of f.spans) add(s.doc, s.unit, { start: s.start, end: s.end, kind: f.id === currentFinding ? 'current' : 'finding', title });
    }
    for (const a of data.annotations) {
      for (const s of a.spans) {
        const d = docIndex.get(s.docId);
        if (d !== undefined && s.state !== 'orphaned') add(d, s.unitId, { start: s.start, end: s.end, kind: 'annotation', title: `${t(`category.${a.category}`)}: ${a.comment}` });
      }
    }
    return m;
  }, [data.names, data.findings, data.annotations, docIndex, currentFinding, t, i18n.language]);

  // Numbers and dates depend only on a cell's text: found once per text, not each time a cell comes into view.
  const valueCache = useMemo(() => new Map<string, readonly Highlight[]>(), [grid]);
  // A cell's full list (values + marks) is kept too, so the same text gets the same array back until the marks
  // change: the memoised cells compare it by identity and are not rendered again on a key press.
  const highlightCache = useMemo(() => new Map<string, readonly Highlight[]>(), [valueCache, marks]);
  const highlightsFor = useCallback(
    (doc: number, unitId: string, text: string): readonly Highlight[] => {
      const key = `${doc}|${unitId}|${text}`;
      const known = highlightCache.get(key);
      if (known) return known;
      let values = valueCache.get(key);
      if (!values) {
        const lang = grid?.grid.documents[doc]?.lang as LangCode | undefined;
        values = lang ? valueHighlights(text, lang) : [];
        valueCache.set(key, values);
      }
      const own = marks.get(`${doc}|${unitId}`);
      const all = own ? [...values, ...own] : values;
      highlightCache.set(key, all);
      return all;
    },
    [grid, marks, valueCache, highlightCache],
  );

  // The active cell, also as a ref: the callbacks below read it when called instead of depending on it, so they
  // (and the panels and rows that receive them) stay the same while the active cell moves.
  const activeRef = useRef(active);
  activeRef.current = active;
  const onActiveChange = useCallback((row: number, col: number, focus?: boolean) => {
    setActive((a) => (a.row === row && a.col === col ? a : { row, col }));
    if (focus) setFocusToken((n) => n + 1);
  }, []);

  const jumpToRow = useCallback(
    (rowKey: string, doc?: number) => {
      const i = rows.findIndex((r) => r.row.key === rowKey);
      if (i < 0) return;
      const col = doc !== undefined && columns.includes(doc) ? columns.indexOf(doc) + 1 : Math.max(1, activeRef.current.col);
      setActive({ row: i, col });
      setFocusToken((n) => n + 1);
    },
    [rows, columns],
  );

  const openFindings = useMemo(() => data.findings.filter((f) => f.review === 'open'), [data.findings]);
  const rowOrder = useMemo(() => new Map(rows.map((r, i) => [r.row.key, i])), [rows]);

  const stepFinding = useCallback(
    (dir: 1 | -1) => {
      if (openFindings.length === 0) return;
      const sorted = [...openFindings].sort((a, b) => (rowOrder.get(a.row) ?? 0) - (rowOrder.get(b.row) ?? 0));
      const idx = sorted.findIndex((f) => f.id === currentFinding);
      let next;
      if (idx >= 0) next = sorted[(idx + dir + sorted.length) % sorted.length];
      else {
        const from = activeRef.current.row;
        next = dir === 1 ? (sorted.find((f) => (rowOrder.get(f.row) ?? 0) > from) ?? sorted[0]) : ([...sorted].reverse().find((f) => (rowOrder.get(f.row) ?? 0) < from) ?? sorted[sorted.length - 1]);
      }
      setCurrentFinding(next.id);
      jumpToRow(next.row, next.spans[0]?.doc);
    },
    [openFindings, rowOrder, currentFinding, jumpToRow],
  );

  const stepFlagged = useCallback(
    (dir: 1 | -1) => {
      const i = findRow(rows, activeRef.current.row, dir, (r) => r.row.flags.length > 0);
      if (i >= 0) {
        setActive((a) => ({ row: i, col: a.col }));
        setFocusToken((n) => n + 1);
      } else setStatus(t('status.noFlagged'));
    },
    [rows, t],
  );

  const historyStep = useCallback(
    async (dir: 'undo' | 'redo') => {
      try {
        const state = await call(dir, {});
        project.setHistory(state);
        if (state.changed === 'alignment') await project.reloadAll();
        else if (state.changed === 'annotation') await project.reloadNotes();
        setStatus(state.changed ? t(dir === 'undo' ? 'status.undone' : 'status.redone') : t('status.nothingTo'));
      } catch (e) {
        project.showError(e);
      }
    },
    [project, t],
  );

  // Remember the last selection inside a cell: buttons take focus, and the panels need it after that.
  useEffect(() => {
    const onChange = () => {
      const s = selectionInSegment(window.getSelection());
      if (s) lastSelection.current = { ...s, docId: s.docId as PendingSpan['docId'], lang: (grid?.grid.documents[docIndex.get(s.docId) ?? 0]?.lang ?? 'en') as LangCode };
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [grid, docIndex]);

  const addSelection = useCallback((): boolean => {
    const s = lastSelection.current;
    if (!s) {
      setStatus(t('status.selectFirst'));
      return false;
    }
    setPending((p) => (p.some((x) => x.docId === s.docId && x.unitId === s.unitId && x.start === s.start && x.end === s.end) ? p : [...p, s]));
    lastSelection.current = null;
    window.getSelection()?.removeAllRanges();
    setStatus(t('status.spanAdded', { text: s.text }));
    return true;
  }, [t]);

  const startAnnotation = useCallback(() => {
    if (lastSelection.current) addSelection();
    setDialog('annotate');
  }, [addSelection]);

  // Global shortcuts (not while typing in a field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !isTyping(e.target)) {
        e.preventDefault();
        void historyStep(e.shiftKey ? 'redo' : 'undo');
        return;
      }
      if (mod && e.key.toLowerCase() === 'y' && !isTyping(e.target)) {
        e.preventDefault();
        void historyStep('redo');
        return;
      }
      if (dialog || isTyping(e.target) || mod || e.altKey) {
        if (e.altKey && /^[1-5]$/.test(e.key)) {
          e.preventDefault();
          setTab(TABS[Number(e.key) - 1]);
        }
        return;
      }
      switch (e.key) {
        case 'n':
          stepFinding(1);
          break;
        case 'N':
        case 'p':
          stepFinding(-1);
          break;
        case 'f':
          stepFlagged(1);
          break;
        case 'F':
          stepFlagged(-1);
          break;
        case 'a':
          startAnnotation();
          break;
        case 's':
          addSelection();
          break;
        case '?':
        case 'F1':
          setDialog('help');
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, historyStep, stepFinding, stepFlagged, startAnnotation, addSelection]);

  // Electron menu commands and files picked in the native dialog.
  useEffect(() => {
    const ev = window.events;
    if (!ev) return;
    const offs = [
      ev.menuCommand((p) => {
        if (p.command === 'language') {
          if (isUiLanguage(p.lang)) void props.onLanguageChange(p.lang);
        } else if (p.command === 'undo' || p.command === 'redo') {
          if (isTyping(document.activeElement)) document.execCommand(p.command);
          else void historyStep(p.command);
        } else if (p.command === 'export') setDialog('export');
        else if (p.command === 'help') setDialog('help');
        else if (p.command === 'import') setDialog('import');
        else if (p.command === 'fetch') setDialog('fetch');
      }),
      ev.projectOpened(() => void project.reloadAll()),
      ev.filesPicked((files) => {
        setIncoming(files.map((f) => ({ fileName: f.fileName, dataBase64: f.dataBase64 })));
        setDialog('import');
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [historyStep, project, props]);

  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    setIncoming(await Promise.all(files.map(async (f) => ({ fileName: f.name, file: f }))));
    setDialog('import');
  };

  const saveSpans = async (input: { category: string; status: string; comment: string; spans: readonly SpanInput[] }) => {
    await call('createAnnotation', {
      category: input.category as never,
      status: input.status as never,
      comment: input.comment,
      spans: input.spans.map((s) => ({ docId: s.docId, rowKey: s.rowKey, unitId: s.unitId, start: s.start, end: s.end })),
    });
    setPending([]);
    setDialog(null);
    setStatus(t('status.annotationSaved'));
    setTab('annotations');
    await project.reloadNotes();
  };

  const onFetched = useCallback(
    (count: number) => {
      setStatus(t('status.imported', { count }));
      void project.reloadAll();
    },
    [project, t],
  );

  const resizeSide = useCallback((px: number) => {
    const next = clampSide(px);
    setSideWidth(next);
    try {
      window.localStorage.setItem(SIDE_WIDTH_KEY, String(next));
    } catch {
      // Storage may be unavailable (private mode); the width then lasts for this session only.
    }
  }, []);
  const currentSideWidth = (): number => sideRef.current?.getBoundingClientRect().width ?? sideWidth ?? SIDE_MIN_PX;

  // The side panels are memoised and get only stable callbacks, so a key press in the grid does not render them
  // again (the findings list alone can hold 500 entries); the alignment panel follows the active row.
  const { reloadNotes, reloadNames, setGrid, setHistory } = project;
  const onNotesChanged = useCallback(() => void reloadNotes(), [reloadNotes]);
  const onNamesChanged = useCallback(() => void reloadNames(), [reloadNames]);
  const onFindingJump = useCallback(
    (f: FindingView) => {
      setCurrentFinding(f.id);
      jumpToRow(f.row, f.spans[0]?.doc);
    },
    [jumpToRow],
  );
  const onRemovePending = useCallback((i: number) => setPending((p) => p.filter((_, j) => j !== i)), []);
  const onAnnotationJump = useCallback((rowKey: string, docId: string) => jumpToRow(rowKey, docIndex.get(docId)), [jumpToRow, docIndex]);
  const onRowJump = useCallback((rowKey: string) => jumpToRow(rowKey), [jumpToRow]);
  const onAlignmentGrid = useCallback(
    (g: ProjectGrid) => {
      setGrid(g);
      void call('historyState', {}).then(setHistory);
    },
    [setGrid, setHistory],
  );
  const onUndo = useCallback(() => void historyStep('undo'), [historyStep]);
  const onRedo = useCallback(() => void historyStep('redo'), [historyStep]);

  const activeRow = rows[active.row]?.row ?? null;
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}${panelsShown ? '' : ' panels-hidden'}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <h1 className="app-title">Concordia</h1>
        <span className="project-name" title={data.info?.path}>
          {data.info?.path.split(/[\\/]/).pop()}
        </span>
        <div className="toolbar-group" role="radiogroup" aria-label={t('toolbar.level')}>
          {(['unit', 'sentence'] as const).map((l) => (
            <button key={l} type="button" role="radio" aria-checked={level === l} className={level === l ? 'toggle on' : 'toggle'} onClick={() => setLevel(l)}>
              {t(`toolbar.level.${l}`)}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => setDialog('columns')}>
          {t('toolbar.columns')}
        </button>
        <button type="button" onClick={() => setDialog('import')}>
          {t('toolbar.import')}
        </button>
        <button type="button" onClick={() => setDialog('fetch')}>
          {t('toolbar.fetch')}
        </button>
        <button type="button" onClick={() => setDialog('export')}>
          {t('toolbar.export')}
        </button>
        {/* Dictionaries live in a project file; the team server refuses them, so team mode has no entry. */}
        {teamFeed.team ? null : (
          <button type="button" onClick={() => setDialog('dictionaries')} title={t('toolbar.dictionariesHint')}>
            {t('toolbar.dictionaries')}
          </button>
        )}
        <button type="button" onClick={addSelection} title={t('toolbar.addSpanHint')}>
          {t('toolbar.addSpan')}
          {pending.length ? ` (${number.format(pending.length)})` : ''}
        </button>
        <button type="button" onClick={startAnnotation}>
          {t('toolbar.annotate')}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => void historyStep('undo')}
          disabled={!data.history.canUndo}
          aria-label={t('toolbar.undo')}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
          aria-keyshortcuts="Control+Z"
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => void historyStep('redo')}
          disabled={!data.history.canRedo}
          aria-label={t('toolbar.redo')}
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
          aria-keyshortcuts="Control+Shift+Z"
        >
          <span aria-hidden="true">↷</span>
        </button>
        <span className="spacer" />
        <label className="lang-switch" title={t('toolbar.uiLanguage')}>
          <span className="visually-hidden">{t('toolbar.uiLanguage')}</span>
          <select value={i18n.language} onChange={(e) => void props.onLanguageChange(e.target.value as UiLanguage)} data-testid="ui-language">
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`uiLanguage.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={panelsShown} onClick={() => setPanelsShown((v) => !v)}>
          {t('toolbar.panels')}
        </button>
        <button type="button" onClick={() => setDialog('help')} aria-keyshortcuts="?">
          {t('toolbar.help')}
        </button>
      </header>

      {data.error ? (
        <div className="error-bar" role="alert">
          {data.error}
          <button type="button" onClick={project.clearError}>
            {t('common.close')}
          </button>
        </div>
      ) : null}

      <main className="workspace">
        <section className="grid-pane" aria-label={t('grid.label')}>
          {grid && columns.length > 0 ? (
            <AlignedGrid
              grid={grid}
              docs={docs}
              columns={columns}
              rows={rows}
              active={active}
              onActiveChange={onActiveChange}
              highlightsFor={highlightsFor}
              findingCountByRow={findingCountByRow}
              focusToken={focusToken}
            />
          ) : (
            <p className="empty-state">{data.loading ? t('status.loading') : t('status.noDocuments')}</p>
          )}
        </section>
        <div
          className={`splitter${resizing ? ' dragging' : ''}`}
          role="separator"
          aria-orientation="vertical"
          aria-label={t('panels.resize')}
          aria-controls="side-pane"
          aria-valuemin={SIDE_MIN_PX}
          aria-valuemax={sideMax()}
          aria-valuenow={Math.round(sideWidth ?? currentSideWidth())}
          title={t('panels.resizeHint')}
          tabIndex={0}
          data-testid="side-splitter"
          onPointerDown={(e) => {
            if (e.button !== 0) return;
            e.currentTarget.setPointerCapture(e.pointerId);
            setResizing(true);
          }}
          onPointerMove={(e) => {
            if (resizing) resizeSide(window.innerWidth - e.clientX);
          }}
          onPointerUp={(e) => {
            e.currentTarget.releasePointerCapture(e.pointerId);
            setResizing(false);
          }}
          onKeyDown={(e) => {
            const w = currentSideWidth();
            if (e.key === 'ArrowLeft') resizeSide(w + SIDE_STEP_PX);
            else if (e.key === 'ArrowRight') resizeSide(w - SIDE_STEP_PX);
            else if (e.key === 'Home') resizeSide(SIDE_MIN_PX);
            else if (e.key === 'End') resizeSide(sideMax());
            else return;
            e.preventDefault();
          }}
          onDoubleClick={() => {
            setSideWidth(null);
            try {
              window.localStorage.removeItem(SIDE_WIDTH_KEY);
            } catch {
              // nothing stored to forget
            }
          }}
        />
        <aside className="side-pane" id="side-pane" ref={sideRef} style={sideWidth ? ({ '--side-width': `${clampSide(sideWidth)}px` } as React.CSSProperties) : undefined}>
          <div role="tablist" aria-label={t('panels.label')} className="tabs">
            {TABS.map((id, i) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                className={tab === id ? 'tab on' : 'tab'}
                onClick={() => setTab(id)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
                    setTab(next);
                    document.getElementById(`tab-${next}`)?.focus();
                  }
                }}
              >
                {t(`panels.${id}`)}
                {id === 'findings' || id === 'annotations' ? ' ' : null}
                {id === 'findings' || id === 'annotations' ? (
                  <span className="tab-count">{number.format(id === 'findings' ? openFindings.length : data.annotations.length)}</span>
                ) : null}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel" tabIndex={0}>
            {grid ? (
              tab === 'findings' ? (
                <FindingsPanel
                  findings={data.findings}
                  grid={grid}
                  current={currentFinding}
                  onJump={onFindingJump}
                  onChanged={onNotesChanged}
                  onError={project.showError}
                />
              ) : tab === 'annotations' ? (
                <AnnotationsPanel
                  annotations={data.annotations}
                  docs={docs}
                  pending={pending}
                  onRemovePending={onRemovePending}
                  onJump={onAnnotationJump}
                  onChanged={onNotesChanged}
                  onError={project.showError}
                />
              ) : tab === 'names' ? (
                <NamesPanel names={data.names} grid={grid} onJump={jumpToRow} onChanged={onNamesChanged} onError={project.showError} />
              ) : tab === 'compare' ? (
                <ComparePanel grid={grid} docs={docs} onJump={onRowJump} />
              ) : (
                <AlignmentPanel
                  grid={grid}
                  row={activeRow}
                  history={data.history}
                  onGrid={onAlignmentGrid}
                  onUndo={onUndo}
                  onRedo={onRedo}
                  onError={project.showError}
                />
              )
            ) : null}
          </div>
        </aside>
      </main>

      <footer className="status-bar">
        <span role="status" aria-live="polite">
          {status}
        </span>
        <span className="spacer" />
        <TeamNotice feed={teamFeed} />
        <DictionariesInUse grid={grid} />
        {grid ? (
          <span>
            {t('status.summary', {
              versions: number.format(grid.grid.documents.length),
              rows: number.format(grid.grid.rows.length),
              findings: number.format(openFindings.length),
            })}
          </span>
        ) : null}
      </footer>

      {dialog === 'help' ? <HelpDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' && grid ? (
        <ExportDialog langs={grid.grid.documents.map((d) => d.lang)} onClose={() => setDialog(null)} onDone={(name) => setStatus(t('status.exported', { name }))} />
      ) : null}
      {dialog === 'import' ? (
        <ImportDialog
          initial={incoming}
          documents={data.info?.documents ?? []}
          onClose={() => {
            setIncoming([]);
            setDialog(null);
          }}
          onImported={(count) => {
            setStatus(t('status.imported', { count }));
            void project.reloadAll();
          }}
        />
      ) : null}
      {dialog === 'fetch' ? (
        <FetchDialog
          projectLangs={(data.info?.documents ?? []).map((d) => d.lang)}
          onClose={() => setDialog(null)}
          onImported={onFetched}
        />
      ) : null}
      {dialog === 'dictionaries' ? (
        <DictionaryDialog
          onClose={() => setDialog(null)}
          onChanged={(message) => {
            setStatus(message);
            void project.reloadAll();
          }}
        />
      ) : null}
      {dialog === 'annotate' ? (
        <AnnotationDialog
          spans={pending}
          onRemoveSpan={(i) => setPending((p) => p.filter((_, j) => j !== i))}
          onClose={() => setDialog(null)}
          onSave={saveSpans}
          onError={project.showError}
        />
      ) : null}
      {dialog === 'columns' && grid ? (
        <ColumnsDialog
          grid={grid}
          docs={docs}
          order={order}
          hidden={hidden}
          pivotFirst={pivotFirst}
          onChange={(o, h, pf) => {
            setOrder(o);
            setHidden(h);
            setPivotFirst(pf);
          }}
          onPivot={async (docId) => {
            try {
              await call('setPivot', { id: docId });
              await project.reloadAll();
            } catch (e) {
              project.showError(e);
            }
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
