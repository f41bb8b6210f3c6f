// Choose and order the columns, pick the pivot, and keep the pivot first.
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, ProjectGrid } from '../contract.js';
import { Dialog } from './dialog.js';

export function ColumnsDialog(props: {
  grid: ProjectGrid;
  docs: ReadonlyMap<string, DocumentSummary>;
  order: readonly number[];
  hidden: ReadonlySet<number>;
  pivotFirst: boolean;
  onChange: (order: number[], hidden: ReadonlySet<number>, pivotFirst: boolean) => void;
  onPivot: (docId: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { grid, order, hidden } = props;
  const move = (i: number, dir: -1 | 1) => {
    const j = i + dir;
    if (j < 0 || j >= order.length) return;
    const next = [...order];
    [next[i], next[j]] = [next[j], next[i]];
    props.onChange(next, hidden, props.pivotFirst);
  };
  return (
    <Dialog title={t('columns.title')} onClose={props.onClose} testId="columns-dialog">
      <label className="choice">
        <input type="checkbox" checked={props.pivotFirst} onChange={(e) => props.onChange([...order], hidden, e.target.checked)} />
        {t('columns.pivotFirst')}
      </label>
      <table className="columns-table">
        <thead>
          <tr>
            <th scope="col">{t('columns.show')}</th>
            <th scope="col">{t('columns.version')}</th>
            <th scope="col">{t('columns.pivot')}</th>
            <th scope="col">{t('columns.order')}</th>
          </tr>
        </thead>
        <tbody>
          {order.map((d, i) => {
            const ref = grid.grid.documents[d];
            const id = grid.docIds[d];
            const label = `${ref.lang.toUpperCase()} — ${props.docs.get(id)?.name ?? ref.name}`;
            return (
              <tr key={d}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('columns.showVersion', { version: label })}
                    checked={!hidden.has(d)}
                    onChange={(e) => {
                      const next = new Set(hidden);
                      if (e.target.checked) next.delete(d);
                      else next.add(d);
                      props.onChange([...order], next, props.pivotFirst);
                    }}
                  />
                </td>
                <td>
                  {label} {ref.official ? <span className="badge badge-official">{t('grid.official')}</span> : <span className="badge badge-unofficial">{t('grid.unofficial')}</span>}
                </td>
                <td>
                  <input type="radio" name="pivot" aria-label={t('columns.makePivot', { version: label })} checked={grid.grid.pivot === d} onChange={() => void props.onPivot(id)} />
                </td>
                <td>
                  <button type="button" className="icon-button" aria-label={t('columns.up', { version: label })} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" aria-label={t('columns.down', { version: label })} disabled={i === order.length - 1} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Dialog>
  );
}
