// Bilingual dictionaries of the project, for the sentence level (as hunalign's dictionary, or LF Aligner's): the
// list with each dictionary's language pair and size, removing one, and adding a word list or a dictd pair (its
// .index and .dict.dz chosen together). The languages come from the file name when it gives them ("ro-en.txt",
// "freedict-deu-fra.index"), shown in two selects the user can change; when it gives none the user must choose
// them before Add is enabled, so a pair is never guessed. Above the list, the project's setting for Concordia's core
// vocabulary, which the sentence level uses for every language pair alongside these dictionaries.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dictionaryLanguages } from '../../core/align/sentence-dictionary.js';
import { LANGUAGES } from '../../core/model/language.js';
import type { LangCode } from '../../core/model/language.js';
import type { DictionarySummary, ProjectGrid } from '../contract.js';
import { MAX_DICTIONARY_FILE_BYTES } from '../contract.js';
import { bytesToBase64, call } from '../api.js';
import { Dialog } from './dialog.js';
import { ErrorAlert, codedError } from './warning-text.js';
import type { CodedMessage } from './warning-text.js';

/** A chosen file, read or still to be read. */
export interface ChosenFile {
  readonly fileName: string;
  readonly file?: File;
  readonly dataBase64?: string;
}

/**
 * The name a dictionary is known by (the word list's, or the dictd index's) and the languages that name gives,
 * or null. What the server reads is decided there; this only fills in the language selects.
 */
export function dictionaryNameOf(fileNames: readonly string[]): { readonly name: string; readonly langs: { readonly from: LangCode; readonly to: LangCode } | null } | null {
  if (fileNames.length === 0) return null;
  const name = fileNames.find((n) => /\.index$/i.test(n)) ?? fileNames[0];
  return { name, langs: dictionaryLanguages(name) };
}

const DICTD_PART = /^(.*)\.(index|dict|dict\.dz)$/i;

/**
 * A chosen file too large to send, as the error main would give (code too-large, size and limit in MB), so it is
 * refused before its bytes are read and uploaded; null when every file fits.
 */
export function oversizeError(files: readonly { readonly fileName: string; readonly size: number }[]): { code: string; message: string; params: Record<string, string | number> } | null {
  const big = files.find((f) => f.size > MAX_DICTIONARY_FILE_BYTES);
  if (!big) return null;
  const size = (big.size / 1048576).toFixed(1);
  const limit = MAX_DICTIONARY_FILE_BYTES / 1048576;
  return { code: 'too-large', message: `${big.fileName}: the file is ${size} MB; a dictionary file may be ${limit} MB`, params: { size, limit } };
}

/**
 * The files after a choice: a dictd half chosen after its other half (same stem, one .index and one .dict[.dz])
 * joins it, so the two can be picked one at a time; any other choice replaces what was chosen.
 */
export function combineChosen<F extends { readonly fileName: string }>(previous: readonly F[], next: readonly F[]): readonly F[] {
  const all = [...previous, ...next];
  if (previous.length !== 1 || next.length !== 1) return next;
  const parts = all.map((f) => DICTD_PART.exec(f.fileName.replace(/^.*[\\/]/, '')));
  if (parts.some((m) => m === null)) return next;
  const [a, b] = parts as RegExpExecArray[];
  const isIndex = (m: RegExpExecArray) => m[2].toLowerCase() === 'index';
  return a[1] === b[1] && isIndex(a) !== isIndex(b) ? all : next;
}

const pairText = (d: Pick<DictionarySummary, 'from' | 'to'>) => `${d.from.toUpperCase()} → ${d.to.toUpperCase()}`;

export interface DictionaryDialogViewProps {
  readonly dictionaries: readonly DictionarySummary[] | null;
  /** The project's core vocabulary setting; null (or absent) until it has been read. */
  readonly vocabulary?: boolean | null;
  readonly onVocabulary?: (enabled: boolean) => void;
  readonly chosen: readonly string[];
  readonly from: LangCode | '';
  readonly to: LangCode | '';
  readonly busy: boolean;
  readonly error: CodedMessage | null;
  readonly onChoose: (files: readonly ChosenFile[]) => void;
  readonly onLangs: (from: LangCode | '', to: LangCode | '') => void;
  readonly onAdd: () => void;
  readonly onRemove: (d: DictionarySummary) => void;
  readonly onClose: () => void;
}

/** The dialog as it looks for a given state (the tests render it without a server). */
export function DictionaryDialogView(props: DictionaryDialogViewProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const inputRef = useRef<HTMLInputElement>(null);
  const named = dictionaryNameOf(props.chosen);
  const vocabularyHintId = useId();
  const canAdd = props.chosen.length > 0 && props.from !== '' && props.to !== '' && !props.busy;
  const langSelect = (label: string, value: LangCode | '', onChange: (v: LangCode | '') => void, testId: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as LangCode | '')} disabled={props.busy} data-testid={testId} required>
        <option value="">—</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {l.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Dialog
      title={t('dictionaries.title')}
      onClose={props.onClose}
      wide
      testId="dictionary-dialog"
      footer={
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      }
    >
      {/* Disabled, not hidden, until the setting is read: the dialog keeps its layout and never shows a guess. Not
          disabled while a call runs: a focused control that turns disabled loses the keyboard focus. */}
      <div data-testid="vocabulary-setting">
        <label className="choice">
          <input
            type="checkbox"
            checked={props.vocabulary === true}
            disabled={props.vocabulary == null || !props.onVocabulary}
            aria-describedby={vocabularyHintId}
            data-testid="vocabulary-toggle"
            onChange={(e) => props.onVocabulary?.(e.target.checked)}
          />
          {t('dictionaries.vocabulary')}
        </label>
        <p className="hint" id={vocabularyHintId}>
          {t('dictionaries.vocabularyHint')}
        </p>
      </div>
      <p className="hint">{t('dictionaries.hint')}</p>
      {props.dictionaries === null ? null : props.dictionaries.length === 0 ? (
        <p className="muted" data-testid="dictionary-none">
          {t('dictionaries.none')}
        </p>
      ) : (
        <table className="import-table" data-testid="dictionary-list">
          <thead>
            <tr>
              <th scope="col">{t('dictionaries.name')}</th>
              <th scope="col">{t('dictionaries.languages')}</th>
              <th scope="col">{t('dictionaries.entries')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.dictionaries.map((d) => (
              <tr key={d.id} data-testid="dictionary-row" data-name={d.name}>
                <td>
                  {d.name}
                  <div className="muted">{d.format === 'dictd' ? t('dictionaries.dictd') : t('dictionaries.wordList')}</div>
                </td>
                <td>{pairText(d)}</td>
                <td>
                  {t('dictionaries.pairs', { count: d.pairs, pairs: number.format(d.pairs) })}
                  {d.phrases > 0 ? <div className="muted">{t('dictionaries.phrases', { count: d.phrases, phrases: number.format(d.phrases) })}</div> : null}
                </td>
                <td>
                  <button type="button" onClick={() => props.onRemove(d)} disabled={props.busy} aria-label={t('dictionaries.remove', { name: d.name })}>
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <fieldset>
        <legend>{t('dictionaries.add')}</legend>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".txt,.tsv,.dic,.csv,.index,.dict,.dz"
          aria-label={t('dictionaries.choose')}
          data-autofocus
          disabled={props.busy}
          onChange={(e) => {
            props.onChoose([...(e.target.files ?? [])].map((f) => ({ fileName: f.name, file: f })));
            e.target.value = '';
          }}
        />
        {props.chosen.length > 0 ? <p data-testid="dictionary-chosen">{t('dictionaries.chosen', { files: props.chosen.join(', ') })}</p> : null}
        {named ? (
          <p className="hint" data-testid="dictionary-langs-hint">
            {named.langs ? t('dictionaries.langsFromName', { name: named.name, pair: pairText(named.langs) }) : t('dictionaries.langsNeeded', { name: named.name })}
          </p>
        ) : null}
        <div>
          {langSelect(t('dictionaries.from'), props.from, (v) => props.onLangs(v, props.to), 'dictionary-from')}
          {langSelect(t('dictionaries.to'), props.to, (v) => props.onLangs(props.from, v), 'dictionary-to')}
        </div>
        <button type="button" className="primary" disabled={!canAdd} onClick={props.onAdd}>
          {props.busy ? t('dictionaries.working') : t('dictionaries.run')}
        </button>
      </fieldset>
      {props.busy ? <progress aria-label={t('dictionaries.working')} /> : null}
      {props.error ? <ErrorAlert error={props.error} testId="dictionary-error" /> : null}
    </Dialog>
  );
}

async function readChosen(f: ChosenFile): Promise<{ fileName: string; dataBase64: string }> {
  if (f.dataBase64 !== undefined) return { fileName: f.fileName, dataBase64: f.dataBase64 };
  return { fileName: f.fileName, dataBase64: f.file ? bytesToBase64(new Uint8Array(await f.file.arrayBuffer())) : '' };
}

/** The dialog with its calls: listDictionaries on open, addDictionary, removeDictionary; `onChanged` after each change. */
export function DictionaryDialog(props: { onClose: () => void; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [dictionaries, setDictionaries] = useState<readonly DictionarySummary[] | null>(null);
  const [vocabulary, setVocabulary] = useState<boolean | null>(null);
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [langs, setLangs] = useState<{ from: LangCode | ''; to: LangCode | '' }>({ from: '', to: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CodedMessage | null>(null);

  const load = async () => {
    try {
      setDictionaries(await call('listDictionaries', {}));
    } catch (e) {
      setError(codedError(e));
    }
  };
  useEffect(() => {
    void load();
    call('getVocabulary', {}).then(setVocabulary, (e: unknown) => setError(codedError(e)));
  }, []);

  // Cheap to reverse (toggle again), so no undo entry; the grid is aligned anew by the reload onChanged starts.
  const toggleVocabulary = async (enabled: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call('setVocabulary', { enabled });
      setVocabulary(enabled);
      props.onChanged(t(enabled ? 'status.vocabularyOn' : 'status.vocabularyOff'));
    } catch (e) {
      setError(codedError(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = (picked: readonly ChosenFile[]) => {
    const chosen = combineChosen(files, picked);
    setFiles(chosen);
    setError(null);
    const named = dictionaryNameOf(chosen.map((f) => f.fileName));
    setLangs(named?.langs ? { ...named.langs } : { from: '', to: '' });
  };

  const add = async () => {
    if (langs.from === '' || langs.to === '') return;
    const tooLarge = oversizeError(files.map((f) => ({ fileName: f.fileName, size: f.file?.size ?? 0 })));
    if (tooLarge) {
      setError(tooLarge);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const d = await call('addDictionary', { files: await Promise.all(files.map(readChosen)), from: langs.from, to: langs.to });
      setFiles([]);
      setLangs({ from: '', to: '' });
      await load();
      props.onChanged(t('status.dictionaryAdded', { name: d.name, count: d.pairs }));
    } catch (e) {
      setError(codedError(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (d: DictionarySummary) => {
    setBusy(true);
    setError(null);
    try {
      await call('removeDictionary', { id: d.id });
      await load();
      props.onChanged(t('status.dictionaryRemoved', { name: d.name }));
    } catch (e) {
      setError(codedError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <DictionaryDialogView
      dictionaries={dictionaries}
      vocabulary={vocabulary}
      onVocabulary={(enabled) => void toggleVocabulary(enabled)}
      chosen={files.map((f) => f.fileName)}
      from={langs.from}
      to={langs.to}
      busy={busy}
      error={error}
      onChoose={choose}
      onLangs={(from, to) => setLangs({ from, to })}
      onAdd={() => void add()}
      onRemove={(d) => void remove(d)}
      onClose={props.onClose}
    />
  );
}

/**
 * The core vocabulary and the dictionaries the grid's sentences were aligned with, as one unobtrusive line for the
 * status bar; nothing when it used none (the unit level of structured texts, the vocabulary turned off and no
 * dictionary for these languages).
 */
export function DictionariesInUse(props: { grid: ProjectGrid | null }) {
  const { t } = useTranslation();
  const used = props.grid?.dictionaries ?? [];
  const names = [...(props.grid?.vocabulary === true ? [t('dictionaries.coreVocabulary')] : []), ...used.map((d) => `${d.name} (${pairText(d)})`)];
  if (names.length === 0) return null;
  return (
    <span className="muted" data-testid="dictionaries-in-use" title={t('dictionaries.inUseHint')}>
      {t('dictionaries.inUse', { names: names.join(', ') })}
    </span>
  );
}
