// Annotations: the spans waiting to be linked, every annotation with its spans (orphaned ones marked), edit
// category/status/comment, remove a span, delete. Over a team database every change is sent with the version the
// user started from; when someone else saved first the server refuses it (409), the panel shows its message and
// the current text, keeps the user's draft, and the list is reloaded (team/team-client.ts).
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../conflict-notice.js';
import type { Annotation, DocumentSummary } from '../../contract.js';
import { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES } from '../../contract.js';
import { annotationVersion, changeAnnotation, removeAnnotation, TeamConflictError } from '../../team/team-client.js';
import type { PendingSpan } from '../annotation-dialog.js';

export const AnnotationsPanel = memo(function AnnotationsPanel(props: {
  annotations: readonly Annotation[];
  docs: ReadonlyMap<string, DocumentSummary>;
  pending: readonly PendingSpan[];
  onRemovePending: (i: number) => void;
  onJump: (rowKey: string, docId: string) => void;
  onChanged: () => void;
  onError: (e: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState({ category: '', status: '', comment: '' });
  // The version the open editor started from (team mode): a live refresh must not move it, or a save would
  // silently overwrite what someone else saved meanwhile.
  const [base, setBase] = useState<number | undefined>(undefined);
  const [conflict, setConflict] = useState<{ message: string; current: string | null } | null>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setConflict(null);
      props.onChanged();
    } catch (e) {
      if (e instanceof TeamConflictError) {
        const current = e.current as { version?: unknown; comment?: unknown } | null;
        setConflict({ message: e.message, current: current && typeof current.comment === 'string' ? current.comment : null });
        // The editor (if open) now builds on the current row: saving again replaces it knowingly.
        if (current && typeof current.version === 'number') setBase(current.version);
        props.onChanged();
      } else props.onError(e);
    }
  };
  const orphaned = props.annotations.filter((a) => a.spans.some((s) => s.state === 'orphaned')).length;
  return (
    <div className="panel" data-testid="annotations-panel">
      <section aria-label={t('annotations.pending')}>
        <h3>{t('annotations.pending')}</h3>
        {props.pending.length === 0 ? (
          <p className="hint">{t('annotations.pendingHint')}</p>
        ) : (
          <ul className="span-list">
            {props.pending.map((s, i) => (
              <li key={`${s.docId}-${s.unitId}-${s.start}`}>
                <span className="lang-tag">{s.lang.toUpperCase()}</span> <q lang={s.lang}>{s.text}</q>{' '}
                <button type="button" className="link" onClick={() => props.onRemovePending(i)}>
                  {t('common.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <h3>
        {t('annotations.list', { count: props.annotations.length })}
        {orphaned ? <span className="badge badge-orphan"> {t('annotations.orphanedCount', { count: orphaned })}</span> : null}
      </h3>
      {conflict ? (
        <ConflictNotice message={conflict.message} testId="annotation-conflict" onClose={() => setConflict(null)}>
          <p>{conflict.current === null ? t('team.conflictGone') : t('team.conflictCurrent', { text: conflict.current })}</p>
          {editing ? <p className="muted">{t('team.conflictDraftKept')}</p> : null}
        </ConflictNotice>
      ) : null}
      <ul className="annotation-list">
        {props.annotations.map((a) => (
          <li key={a.id} className="annotation" data-testid="annotation">
            <div className="annotation-head">
              <span className="badge">{t(`category.${a.category}`)}</span> <span className="badge">{t(`annotationStatus.${a.status}`)}</span>{' '}
              <span className="muted">{date.format(new Date(a.updatedAt))}</span>
            </div>
            {editing === a.id ? (
              <div className="annotation-edit">
                <select aria-label={t('annotate.category')} value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
                  {ANNOTATION_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`category.${c}`)}
                    </option>
                  ))}
                </select>
                <select aria-label={t('annotate.status')} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
                  {ANNOTATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`annotationStatus.${s}`)}
                    </option>
                  ))}
                </select>
                <textarea aria-label={t('annotate.comment')} value={draft.comment} rows={3} onChange={(e) => setDraft({ ...draft, comment: e.target.value })} />
                <button
                  type="button"
                  className="primary"
                  onClick={() =>
                    void act(async () => {
                      await changeAnnotation(a.id, base, { category: draft.category, status: draft.status, comment: draft.comment });
                      setEditing(null);
                    })
                  }
                >
                  {t('common.save')}
                </button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </button>
                {base !== undefined && annotationVersion(a) !== undefined && annotationVersion(a) !== base ? (
                  <p className="muted" data-testid="annotation-changed-meanwhile">
                    {t('team.changedMeanwhile', { text: a.comment })}
                  </p>
                ) : null}
              </div>
            ) : a.comment ? (
              <p className="annotation-comment">{a.comment}</p>
            ) : null}
            <ul className="span-list">
              {a.spans.map((s) => (
                <li key={s.id} className={s.state === 'orphaned' ? 'orphaned' : undefined} data-testid="annotation-span" data-lang={s.lang}>
                  <span className="lang-tag">{s.lang.toUpperCase()}</span>{' '}
                  <button type="button" className="link" onClick={() => props.onJump(s.rowKey, s.docId)} disabled={s.state === 'orphaned'}>
                    <q lang={s.lang}>{s.quote}</q>
                  </button>{' '}
                  <span className="muted">
                    {s.rowKey}
                    {s.state !== 'attached' ? ` · ${t(`spanState.${s.state}`)}` : ''}
                  </span>{' '}
                  <button type="button" className="link" aria-label={t('annotations.removeSpan')} onClick={() => void act(() => changeAnnotation(a.id, annotationVersion(a), { removeSpanIds: [s.id] }))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <div className="annotation-actions">
              <button
                type="button"
                onClick={() => {
                  setEditing(a.id);
                  setBase(annotationVersion(a));
                  setConflict(null);
                  setDraft({ category: a.category, status: a.status, comment: a.comment });
                }}
              >
                {t('common.edit')}
              </button>
              {props.pending.length > 0 ? (
                <button
                  type="button"
                  onClick={() =>
                    void act(async () => {
                      await changeAnnotation(a.id, annotationVersion(a), {
                        addSpans: props.pending.map((p) => ({ docId: p.docId, rowKey: p.rowKey, unitId: p.unitId, start: p.start, end: p.end })),
                      });
                      for (let i = props.pending.length - 1; i >= 0; i--) props.onRemovePending(i);
                    })
                  }
                >
                  {t('annotations.linkPending')}
                </button>
              ) : null}
              <button type="button" onClick={() => void act(() => removeAnnotation(a.id, annotationVersion(a)))}>
                {t('common.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
});
