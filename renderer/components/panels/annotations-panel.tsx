// Annotations: the spans waiting to be linked, every annotation with its spans (orphaned ones marked), edit
// category/status/comment, remove a span, delete.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, DocumentSummary } from '../../contract.js';
import { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES } from '../../contract.js';
import { call } from '../../api.js';
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
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      props.onChanged();
    } catch (e) {
      props.onError(e);
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
                      await call('updateAnnotation', { id: a.id, patch: { category: draft.category as never, status: draft.status as never, comment: draft.comment } });
                      setEditing(null);
                    })
                  }
                >
                  {t('common.save')}
                </button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </button>
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
                  <button type="button" className="link" aria-label={t('annotations.removeSpan')} onClick={() => void act(() => call('updateAnnotation', { id: a.id, patch: { removeSpanIds: [s.id] } }))}>
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
                      await call('updateAnnotation', {
                        id: a.id,
                        patch: { addSpans: props.pending.map((p) => ({ docId: p.docId, rowKey: p.rowKey, unitId: p.unitId, start: p.start, end: p.end })) },
                      });
                      for (let i = props.pending.length - 1; i >= 0; i--) props.onRemovePending(i);
                    })
                  }
                >
                  {t('annotations.linkPending')}
                </button>
              ) : null}
              <button type="button" onClick={() => void act(() => call('deleteAnnotation', { id: a.id }))}>
                {t('common.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
});
