// Compare two versions (typically two revisions in the same language): a word-level diff per aligned row.
import { diffWords } from 'diff';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, ProjectGrid } from '../../contract.js';
import { DiffText } from './diff-text.js';

function firstSameLanguagePair(grid: ProjectGrid): [number, number] {
  const docs = grid.grid.documents;
  for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) if (docs[i].lang === docs[j].lang) return [i, j];
  return [grid.grid.pivot, docs.length > 1 ? (grid.grid.pivot === 0 ? 1 : 0) : grid.grid.pivot];
}

export const ComparePanel = memo(function ComparePanel(props: { grid: ProjectGrid; docs: ReadonlyMap<string, DocumentSummary>; onJump: (row: string) => void }) {
  const { t } = useTranslation();
  const initial = useMemo(() => firstSameLanguagePair(props.grid), [props.grid]);
  const [a, setA] = useState(initial[0]);
  const [b, setB] = useState(initial[1]);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const docs = props.grid.grid.documents;
  const sameLang = docs[a]?.lang === docs[b]?.lang;
  const rows = useMemo(() => {
    return props.grid.grid.rows
      .map((row) => {
        const left = (row.cells[a] ?? []).map((s) => s.text).join(' ');
        const right = (row.cells[b] ?? []).map((s) => s.text).join(' ');
        return { key: row.key, label: row.cells[a]?.[0]?.label ?? row.cells[b]?.[0]?.label ?? '', parts: diffWords(left, right), changed: left !== right };
      })
      .filter((r) => !onlyChanged || r.changed);
  }, [props.grid, a, b, onlyChanged]);
  const option = (i: number) => `${docs[i].lang.toUpperCase()} — ${props.docs.get(props.grid.docIds[i])?.name ?? docs[i].name}`;
  const versionPicker = (label: string, value: number, set: (i: number) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {docs.map((_, i) => (
          <option key={i} value={i}>
            {option(i)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="panel" data-testid="compare-panel">
      <div className="filters">
        {versionPicker(t('compare.left'), a, setA)}
        {versionPicker(t('compare.right'), b, setB)}
        <label className="choice inline">
          <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
          {t('compare.onlyChanged')}
        </label>
      </div>
      {!sameLang ? <p className="hint">{t('compare.differentLanguages')}</p> : null}
      <p className="muted">{t('compare.count', { count: rows.length })}</p>
      <ol className="compare-list">
        {rows.slice(0, 300).map((r) => (
          <li key={r.key}>
            <button type="button" className="link row-link" onClick={() => props.onJump(r.key)}>
              {r.key} {r.label}
            </button>
            <p>
              <DiffText parts={r.parts} lang={docs[b]?.lang} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
});
