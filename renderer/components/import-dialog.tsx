// Import language versions: pick or drop files, see the detected language and confirm or change it, then import
// with progress.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../core/model/language.js';
import type { ParseWarning } from '../../core/model/document.js';
import type { LangCode } from '../../core/model/language.js';
import type { DocumentSummary, ImportPreview } from '../contract.js';
import { bytesToBase64, call } from '../api.js';
import { Dialog } from './dialog.js';
import { ErrorText, WarningText, codedError } from './warning-text.js';
import type { CodedMessage } from './warning-text.js';

/** A file to import: from a drop or the file picker (`file`), or already read by Electron main (`dataBase64`). */
export interface IncomingFile {
  readonly fileName: string;
  readonly file?: File;
  readonly dataBase64?: string;
}

interface Row {
  readonly fileName: string;
  readonly dataBase64: string;
  preview: ImportPreview | null;
  /** Why the file cannot be imported: code, English message and params, shown in the UI language. */
  error: CodedMessage | null;
  /** A language, or '*' for every language of a TMX. */
  lang: LangCode | '' | '*';
  /** The languages of a TMX, from its first preview. */
  tmxLanguages: readonly LangCode[] | null;
  official: boolean;
  allowUnstructured: boolean;
  replaceId: string;
  done: boolean;
}

async function readIncoming(f: IncomingFile): Promise<string> {
  if (f.dataBase64 !== undefined) return f.dataBase64;
  if (!f.file) return '';
  return bytesToBase64(new Uint8Array(await f.file.arrayBuffer()));
}

export function ImportDialog(props: { initial: readonly IncomingFile[]; documents: readonly DocumentSummary[]; onClose: () => void; onImported: (count: number) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const preview = async (row: Row): Promise<Row> => {
    try {
      const p = await call('previewImport', {
        fileName: row.fileName,
        dataBase64: row.dataBase64,
        lang: row.lang && row.lang !== '*' ? row.lang : undefined,
        allowUnstructured: row.allowUnstructured,
      });
      const tmxLanguages = row.tmxLanguages ?? p.languages ?? null;
      return { ...row, preview: p, error: null, tmxLanguages, lang: row.lang || (tmxLanguages ? '*' : p.lang) };
    } catch (e) {
      return { ...row, preview: null, error: codedError(e) };
    }
  };

  const add = async (files: readonly IncomingFile[]) => {
    if (files.length === 0) return;
    setProgress({ done: 0, total: files.length });
    const added: Row[] = [];
    for (const f of files) {
      const base: Row = { fileName: f.fileName, dataBase64: await readIncoming(f), preview: null, error: null, lang: '', tmxLanguages: null, official: false, allowUnstructured: false, replaceId: '', done: false };
      added.push(await preview(base));
      setProgress({ done: added.length, total: files.length });
    }
    setRows((r) => [...r, ...added]);
    setProgress(null);
  };

  useEffect(() => {
    void add(props.initial);
    // Only the files the dialog opened with; later ones come through add().
  }, []);

  const update = (i: number, patch: Partial<Row>, again = false) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    if (again) {
      const next = { ...rows[i], ...patch };
      void preview(next).then((p) => setRows((rs) => rs.map((r, j) => (j === i ? p : r))));
    }
  };

  const importAll = async () => {
    const todo = rows.map((r, i) => [r, i] as const).filter(([r]) => !r.done && r.preview && r.lang);
    setProgress({ done: 0, total: todo.length });
    let count = 0;
    for (const [r, i] of todo) {
      try {
        if (r.lang === '*' && !r.replaceId) {
          // A translation memory: every language it holds becomes a version.
          await call('importTranslationMemory', { fileName: r.fileName, dataBase64: r.dataBase64, official: r.official });
        } else {
          await call('importDocument', {
            fileName: r.fileName,
            dataBase64: r.dataBase64,
            lang: r.lang && r.lang !== '*' ? r.lang : undefined,
            official: r.official,
            allowUnstructured: r.allowUnstructured,
            replaceId: r.replaceId || undefined,
          });
        }
        count++;
        setRows((rs) => rs.map((x, j) => (j === i ? { ...x, done: true } : x)));
      } catch (e) {
        setRows((rs) => rs.map((x, j) => (j === i ? { ...x, error: codedError(e) } : x)));
      }
      setProgress({ done: count, total: todo.length });
    }
    setProgress(null);
    if (count > 0) props.onImported(count);
  };

  return (
    <Dialog
      title={t('import.title')}
      onClose={props.onClose}
      wide
      testId="import-dialog"
      footer={
        <>
          <button type="button" onClick={props.onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="primary" disabled={progress !== null || !rows.some((r) => !r.done && r.preview && r.lang)} onClick={() => void importAll()}>
            {t('import.run')}
          </button>
        </>
      }
    >
      <p className="hint">{t('import.hint')}</p>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".txt,.docx,.html,.htm,.pdf,.tmx,.xlf,.xliff,.sdlxliff"
        aria-label={t('import.choose')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])].map((f) => ({ fileName: f.name, file: f }));
          void add(files);
          e.target.value = '';
        }}
      />
      {progress ? (
        <p>
          <progress max={progress.total} value={progress.done} aria-label={t('import.progress')} /> {t('import.progressText', { done: progress.done, total: progress.total })}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('import.file')}</th>
              <th scope="col">{t('import.detected')}</th>
              <th scope="col">{t('import.language')}</th>
              <th scope="col">{t('import.official')}</th>
              <th scope="col">{t('import.replace')}</th>
              <th scope="col">{t('import.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.fileName}-${i}`}>
                <td>
                  {r.fileName}
                  {r.preview ? <div className="muted">{r.preview.title}</div> : null}
                </td>
                <td>
                  {r.tmxLanguages
                    ? `${(r.preview?.format ?? 'tmx').toUpperCase()}, ${t('import.tmxLanguages', { langs: r.tmxLanguages.map((l) => l.toUpperCase()).join(', ') })}`
                    : r.preview
                      ? `${r.preview.lang.toUpperCase()} (${t(r.preview.langSource === 'detected' ? 'import.auto' : 'import.given')}), ${r.preview.format.toUpperCase()}, ${t('import.units', { count: r.preview.unitCount })}`
                      : '—'}
                </td>
                <td>
                  <select aria-label={t('import.language')} value={r.lang} onChange={(e) => update(i, { lang: e.target.value as LangCode | '*' }, true)} disabled={r.done}>
                    <option value="">—</option>
                    {r.tmxLanguages ? <option value="*">{t('import.allLanguages')}</option> : null}
                    {LANGUAGES.map((l) => (
                      <option key={l} value={l}>
                        {l.toUpperCase()}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="checkbox" aria-label={t('import.official')} checked={r.official} disabled={r.done} onChange={(e) => update(i, { official: e.target.checked })} />
                </td>
                <td>
                  <select aria-label={t('import.replace')} value={r.replaceId} disabled={r.done} onChange={(e) => update(i, { replaceId: e.target.value })}>
                    <option value="">{t('import.asNew')}</option>
                    {props.documents.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.lang.toUpperCase()} — {d.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <ImportState
                    done={r.done}
                    error={r.error}
                    warnings={r.preview?.warnings ?? []}
                    onAllowUnstructured={r.allowUnstructured ? null : () => update(i, { allowUnstructured: true }, true)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Dialog>
  );
}

/**
 * A file's state in the import table: imported, the error that stops it (in the UI language, with the offer to
 * read it as plain text while that is not yet chosen), its warnings, or ready. The warnings are a disclosure list
 * (`<details>`): the summary is a native control, reachable by keyboard and announced by screen readers, where a
 * `title` tooltip is neither.
 */
export function ImportState(props: { done: boolean; error: CodedMessage | null; warnings: readonly ParseWarning[]; onAllowUnstructured: (() => void) | null }) {
  const { t } = useTranslation();
  if (props.done) return <>{t('import.done')}</>;
  if (props.error) {
    return (
      <span className="error-text">
        <ErrorText error={props.error} />{' '}
        {props.onAllowUnstructured ? (
          <button type="button" className="link" onClick={props.onAllowUnstructured}>
            {t('import.allowUnstructured')}
          </button>
        ) : null}
      </span>
    );
  }
  if (props.warnings.length === 0) return <>{t('import.ready')}</>;
  return (
    <details className="import-warnings">
      <summary>{t('import.warnings', { count: props.warnings.length })}</summary>
      <ul>
        {props.warnings.map((w, k) => (
          <li key={`${w.code}-${k}`}>
            <WarningText warning={w} />
          </li>
        ))}
      </ul>
    </details>
  );
}
