// Export the project: format and languages (for XLIFF, which holds one pair, the target language: the pivot is the
// source); the file is handed to the browser's (or Electron's) download.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangCode } from '../../core/model/language.js';
import type { ExportFormat } from '../contract.js';
import { base64ToBytes, call } from '../api.js';
import { Dialog } from './dialog.js';
import { ErrorAlert, codedError } from './warning-text.js';
import type { CodedMessage } from './warning-text.js';

const FORMATS: readonly ExportFormat[] = ['tmx', 'xliff', 'xliff12', 'tbx', 'csv', 'xlsx', 'report'];
const PAIR_FORMATS: ReadonlySet<ExportFormat> = new Set(['xliff', 'xliff12']);

export function ExportDialog(props: { langs: readonly LangCode[]; onClose: () => void; onDone: (fileName: string) => void }) {
  const { t, i18n } = useTranslation();
  const [available, setAvailable] = useState<readonly ExportFormat[]>([]);
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [chosen, setChosen] = useState<ReadonlySet<LangCode>>(new Set(props.langs));
  // The XLIFF target; the first version is usually the pivot, so the second is the natural default.
  const [target, setTarget] = useState<LangCode | undefined>(props.langs[1] ?? props.langs[0]);
  const pair = PAIR_FORMATS.has(format);
  const [busy, setBusy] = useState(false);
  // In the UI language through its code and params (English message as fallback), like the import dialog's.
  const [error, setError] = useState<CodedMessage | null>(null);

  useEffect(() => {
    void call('appInfo', {}).then((info) => setAvailable(info.exportFormats));
  }, []);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const langs = pair ? (target ? [target] : []) : props.langs.filter((l) => chosen.has(l));
      const file = await call('exportFile', { format, langs, uiLang: i18n.language });
      const url = URL.createObjectURL(new Blob([base64ToBytes(file.dataBase64)], { type: file.mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      props.onDone(file.fileName);
      props.onClose();
    } catch (e) {
      setError(codedError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={props.onClose}
      testId="export-dialog"
      footer={
        <>
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || (pair ? !target : chosen.size === 0) || !available.includes(format)} onClick={() => void run()}>
            {busy ? t('export.working') : t('export.run')}
          </button>
        </>
      }
    >
      <fieldset>
        <legend>{t('export.format')}</legend>
        {FORMATS.map((f) => (
          <label key={f} className="choice">
            <input type="radio" name="format" value={f} checked={format === f} disabled={!available.includes(f)} onChange={() => setFormat(f)} />
            {t(`export.format.${f}`)}
            {available.length > 0 && !available.includes(f) ? <span className="muted"> — {t('export.unavailable')}</span> : null}
          </label>
        ))}
      </fieldset>
      {pair ? (
        <fieldset>
          <legend>{t('export.xliffTarget')}</legend>
          <p className="hint">{t('export.xliffHint')}</p>
          <div className="lang-grid">
            {props.langs.map((l) => (
              <label key={l} className="choice inline">
                <input type="radio" name="xliff-target" value={l} checked={target === l} onChange={() => setTarget(l)} />
                {l.toUpperCase()}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <fieldset>
          <legend>{t('export.languages')}</legend>
          <div className="lang-grid">
            {props.langs.map((l) => (
              <label key={l} className="choice inline">
                <input
                  type="checkbox"
                  checked={chosen.has(l)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(l);
                    else next.delete(l);
                    setChosen(next);
                  }}
                />
                {l.toUpperCase()}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {busy ? <progress aria-label={t('export.working')} /> : null}
      {error ? <ErrorAlert error={error} testId="export-error" /> : null}
    </Dialog>
  );
}
