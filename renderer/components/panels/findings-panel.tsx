// Findings: filter by type, language and review status; jump to the row; accept as an annotation or dismiss
// (in team mode against the review version shown, so another user's review is never silently replaced).
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../conflict-notice.js';
import { FINDING_TYPES } from '../../../core/model/findings.js';
import type { FindingView, ProjectGrid } from '../../contract.js';
import { annotateFinding, reviewFinding, TeamConflictError } from '../../team/team-client.js';
import { findingMessage } from '../../model/messages.js';

const REVIEWS = ['open', 'dismissed', 'annotated'] as const;

export const FindingsPanel = memo(function FindingsPanel(props: {
  findings: readonly FindingView[];
  grid: ProjectGrid;
  current: string | null;
  onJump: (f: FindingView) => void;
  onChanged: () => void;
  onError: (e: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const [type, setType] = useState<string>('');
  const [lang, setLang] = useState<string>('');
  const [review, setReview] = useState<string>('open');
  // Team mode: someone reviewed the finding after this user loaded it; the server's message, shown until closed.
  const [conflict, setConflict] = useState<string | null>(null);
  const langs = useMemo(() => [...new Set(props.grid.grid.documents.map((d) => d.lang))], [props.grid]);
  const filtered = useMemo(
    () =>
      props.findings.filter(
        (f) =>
          (type === '' || (type === 'names' ? f.type.startsWith('name-') : f.type === type)) &&
          (lang === '' || f.langs.includes(lang as never)) &&
          (review === '' || f.review === review),
      ),
    [props.findings, type, lang, review],
  );
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setConflict(null);
      props.onChanged();
    } catch (e) {
      if (e instanceof TeamConflictError) {
        setConflict(e.message);
        props.onChanged();
      } else props.onError(e);
    }
  };
  return (
    <div className="panel" data-testid="findings-panel">
      <div className="filters">
        <label>
          {t('findings.type')}
          <select value={type} onChange={(e) => setType(e.target.value)} data-testid="findings-type">
            <option value="">{t('common.all')}</option>
            <option value="names">{t('findings.allNames')}</option>
            {FINDING_TYPES.map((ft) => (
              <option key={ft} value={ft}>
                {t(`findingType.${ft}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('findings.language')}
          <select value={lang} onChange={(e) => setLang(e.target.value)} data-testid="findings-lang">
            <option value="">{t('common.all')}</option>
            {langs.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('findings.status')}
          <select value={review} onChange={(e) => setReview(e.target.value)} data-testid="findings-status">
            <option value="">{t('common.all')}</option>
            {REVIEWS.map((r) => (
              <option key={r} value={r}>
                {t(`review.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {conflict ? <ConflictNotice message={conflict} testId="finding-conflict" onClose={() => setConflict(null)} /> : null}
      <p className="muted" aria-live="polite">
        {t('findings.count', { count: filtered.length })}
      </p>
      <ul className="finding-list">
        {filtered.slice(0, 500).map((f) => (
          <li key={f.id} className={`finding sev-${f.severity}${f.id === props.current ? ' current' : ''}`} data-testid="finding" data-type={f.type}>
            <button type="button" className="finding-main" onClick={() => props.onJump(f)}>
              <span className="finding-type">{t(`findingType.${f.type}`)}</span>
              <span className="finding-row">{f.row}</span>
              <span className="finding-langs">{f.langs.map((l) => l.toUpperCase()).join(' · ')}</span>
              <span className="finding-message">{findingMessage(f.message, i18n.language)}</span>
            </button>
            <div className="finding-actions">
              {f.review === 'open' ? (
                <>
                  <button type="button" onClick={() => void act(() => annotateFinding(f))}>
                    {t('findings.accept')}
                  </button>
                  <button type="button" onClick={() => void act(() => reviewFinding(f, ''))}>
                    {t('findings.dismiss')}
                  </button>
                </>
              ) : f.review === 'dismissed' ? (
                <button type="button" onClick={() => void act(() => reviewFinding(f, null))}>
                  {t('findings.restore')}
                </button>
              ) : (
                <span className="muted">{t('review.annotated')}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
      {filtered.length > 500 ? <p className="muted">{t('findings.more', { count: filtered.length - 500 })}</p> : null}
    </div>
  );
});
