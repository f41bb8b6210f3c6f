// Manual alignment of the active row: link units of a version to it, unlink a version, merge with the next row,
// split a version's cell. Every change is undoable (Ctrl+Z / Ctrl+Shift+Z).
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignedRow, AlignmentCorrection } from '../../../core/model/alignment.js';
import type { HistoryState, ProjectGrid } from '../../contract.js';
import { call } from '../../api.js';

export const AlignmentPanel = memo(function AlignmentPanel(props: {
  grid: ProjectGrid;
  row: AlignedRow | null;
  history: HistoryState;
  onGrid: (g: ProjectGrid) => void;
  onUndo: () => void;
  onRedo: () => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const { grid, row } = props;
  const docs = grid.grid.documents;
  const [doc, setDoc] = useState(0);
  const [unitIds, setUnitIds] = useState('');
  const [units, setUnits] = useState<readonly { id: string; label: string | null; text: string }[]>([]);

  useEffect(() => {
    let live = true;
    void call('getDocument', { id: grid.docIds[doc] })
      .then((d) => live && setUnits(d.units.map((u) => ({ id: u.id, label: u.label, text: u.text }))))
      .catch(() => live && setUnits([]));
    return () => {
      live = false;
    };
  }, [grid.docIds, doc]);

  const apply = async (correction: AlignmentCorrection) => {
    try {
      props.onGrid(await call('applyCorrection', { correction }));
    } catch (e) {
      props.onError(e);
    }
  };

  if (!row) return <p className="hint">{t('alignment.pickRow')}</p>;
  const index = grid.grid.rows.findIndex((r) => r.key === row.key);
  const next = grid.grid.rows[index + 1];
  const cell = row.cells[doc] ?? [];

  return (
    <div className="panel" data-testid="alignment-panel">
      <h3>{t('alignment.row', { key: row.key })}</h3>
      <div className="history-buttons">
        <button type="button" onClick={props.onUndo} disabled={!props.history.canUndo}>
          {t('toolbar.undo')}
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.history.canRedo}>
          {t('toolbar.redo')}
        </button>
      </div>
      <label className="inline-field">
        {t('alignment.version')}
        <select value={doc} onChange={(e) => setDoc(Number(e.target.value))}>
          {docs.map((d, i) => (
            <option key={i} value={i}>
              {d.lang.toUpperCase()} — {d.name}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        {t('alignment.current')}: {cell.length ? cell.map((s) => s.id).join(', ') : t('grid.nothing')}
      </p>
      <div className="alignment-actions">
        <button type="button" disabled={cell.length === 0} onClick={() => void apply({ op: 'unlink', doc, rowKey: row.key })}>
          {t('alignment.unlink')}
        </button>
        <button type="button" disabled={!next} onClick={() => next && void apply({ op: 'merge', rowKeys: [row.key, next.key] })}>
          {t('alignment.mergeNext')}
        </button>
        <button type="button" disabled={cell.length < 2} onClick={() => void apply({ op: 'split', rowKey: row.key, doc, at: [cell[cell.length - 1].id] })}>
          {t('alignment.split')}
        </button>
      </div>
      <label className="block">
        {t('alignment.linkUnits')}
        <select multiple size={6} value={unitIds ? unitIds.split(',') : []} onChange={(e) => setUnitIds([...e.target.selectedOptions].map((o) => o.value).join(','))}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label ? `${u.label}. ` : ''}
              {u.text.slice(0, 80)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!unitIds} onClick={() => void apply({ op: 'link', doc, rowKey: row.key, unitIds: unitIds.split(',') })}>
        {t('alignment.link')}
      </button>
    </div>
  );
});
