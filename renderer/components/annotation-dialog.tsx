// Create an annotation from the selected spans (one or several versions): category, status, comment.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangCode } from '../../core/model/language.js';
import type { SpanInput } from '../contract.js';
import { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES } from '../contract.js';
import { Dialog } from './dialog.js';

export interface PendingSpan extends SpanInput {
  readonly text: string;
  readonly lang: LangCode;
}

export function AnnotationDialog(props: {
  spans: readonly PendingSpan[];
  onRemoveSpan: (i: number) => void;
  onClose: () => void;
  onSave: (input: { category: string; status: string; comment: string; spans: readonly SpanInput[] }) => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<string>('name');
  const [status, setStatus] = useState<string>('open');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await props.onSave({ category, status, comment, spans: props.spans });
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('annotate.title')}
      onClose={props.onClose}
      testId="annotation-dialog"
      footer={
        <>
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || props.spans.length === 0} onClick={() => void save()}>
            {t('annotate.save')}
          </button>
        </>
      }
    >
      {props.spans.length === 0 ? <p className="hint">{t('annotate.noSpans')}</p> : null}
      <ul className="span-list" aria-label={t('annotate.spans')}>
        {props.spans.map((s, i) => (
          <li key={`${s.docId}-${s.unitId}-${s.start}`}>
            <span className="lang-tag">{s.lang.toUpperCase()}</span> <q lang={s.lang}>{s.text}</q> <span className="muted">{s.rowKey}</span>{' '}
            <button type="button" className="link" onClick={() => props.onRemoveSpan(i)}>
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('annotate.linkHint')}</p>
      <div className="form-row">
        <label>
          {t('annotate.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value)} name="category">
            {ANNOTATION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('annotate.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)} name="status">
            {ANNOTATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`annotationStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="block">
        {t('annotate.comment')}
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={4} name="comment" />
      </label>
    </Dialog>
  );
}
