// Names: each entity's spellings per language, character differences against the reference spelling marked
// with `diff`, and the accepted spelling per language.
import { diffChars } from 'diff';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../conflict-notice.js';
import { scriptOf } from '../../../core/model/language.js';
import type { NameForm } from '../../../core/model/findings.js';
import type { NameEntityView, ProjectGrid } from '../../contract.js';
import { acceptSpelling, spellingVersion, TeamConflictError } from '../../team/team-client.js';
import { DiffText } from './diff-text.js';

/** The spelling a form is compared with: the accepted one for its language, else the most used in its script. */
function referenceFor(entity: NameEntityView, form: NameForm): string | null {
  const accepted = entity.accepted[form.lang];
  if (accepted) return accepted;
  const same = entity.forms.filter((f) => scriptOf(f.lang) === scriptOf(form.lang));
  const best = [...same].sort((a, b) => b.count - a.count)[0];
  return best && best.text !== form.text ? best.text : null;
}

const CONFIDENCE_LABEL: Readonly<Record<NonNullable<NameForm['confidence']>, string>> = { certain: 'names.certain', likely: 'names.likely', possible: 'names.possible' };

/** How sure a convention verdict is, and what it was derived from (the Bulgarian/Greek spelling, or the form alone). */
function Confidence(props: { form: NameForm }) {
  const { t } = useTranslation();
  const { confidence, sources } = props.form;
  if (!confidence) return null;
  const basis = sources?.length ? t('names.basisSources', { sources: sources.map((s) => `${s.lang.toUpperCase()} ${s.text}`).join(', ') }) : t('names.basisForm');
  return (
    <span className={`confidence confidence-${confidence}`} data-testid="name-confidence">
      {' '}
      ({t(CONFIDENCE_LABEL[confidence])}: {basis})
    </span>
  );
}

export const NamesPanel = memo(function NamesPanel(props: { names: readonly NameEntityView[]; grid: ProjectGrid; onJump: (row: string, doc: number) => void; onChanged: () => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [onlyVariants, setOnlyVariants] = useState(false);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return props.names.filter(
      (e) =>
        (!q || e.key.toLowerCase().includes(q) || e.forms.some((f) => f.text.toLowerCase().includes(q))) &&
        (!onlyVariants || new Set(e.forms.filter((f) => f.lang === e.forms[0]?.lang).map((f) => f.text)).size > 1 || e.forms.some((f) => f.conventional === false)),
    );
  }, [props.names, query, onlyVariants]);

  // Over a team database the change carries the version shown; if someone changed that spelling first, the
  // server's message is shown here and the names are reloaded, so the next click acts on what is current.
  const [conflict, setConflict] = useState<string | null>(null);
  const accept = async (entity: NameEntityView, lang: NameForm['lang'], text: string | null) => {
    try {
      await acceptSpelling(entity.id, lang, text, spellingVersion(entity, lang));
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
    <div className="panel" data-testid="names-panel">
      <div className="filters">
        <label>
          {t('names.search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="choice inline">
          <input type="checkbox" checked={onlyVariants} onChange={(e) => setOnlyVariants(e.target.checked)} />
          {t('names.onlyVariants')}
        </label>
      </div>
      {conflict ? <ConflictNotice message={conflict} testId="spelling-conflict" onClose={() => setConflict(null)} /> : null}
      {props.names.length === 0 ? <p className="hint">{t('names.none')}</p> : null}
      <ul className="name-list">
        {shown.map((e) => (
          <li key={e.id} className="name-entity" data-testid="name-entity">
            <h4>
              {e.forms[0]?.text ?? e.key} <span className="badge">{t(`entityType.${e.type}`)}</span>
            </h4>
            <table className="name-forms">
              <thead>
                <tr>
                  <th scope="col">{t('names.language')}</th>
                  <th scope="col">{t('names.spelling')}</th>
                  <th scope="col">{t('names.count')}</th>
                  <th scope="col">{t('names.accepted')}</th>
                </tr>
              </thead>
              <tbody>
                {e.forms.map((f) => {
                  const ref = referenceFor(e, f);
                  const accepted = e.accepted[f.lang];
                  return (
                    <tr key={`${f.doc}-${f.text}`} className={f.conventional === false ? 'unconventional' : undefined}>
                      <td>{f.lang.toUpperCase()}</td>
                      <td>
                        <button type="button" className="link" onClick={() => f.occurrences[0] && props.onJump(f.occurrences[0].row, f.doc)}>
                          {ref ? <DiffText parts={diffChars(ref, f.text)} lang={f.lang} /> : <span lang={f.lang}>{f.text}</span>}
                        </button>
                        <div className={`convention convention-${f.conventional === null ? 'none' : f.conventional ? 'follows' : 'breaks'}`}>
                          {f.conventional === null ? (
                            <span title={t('names.noRuleTitle')}>{t('names.convention')}: {t('names.noRule')}</span>
                          ) : f.conventional ? (
                            <>
                              {t('names.convention')}: {t('names.follows')}
                              <Confidence form={f} />
                            </>
                          ) : (
                            <>
                              {t('names.convention')}: {t('names.breaks')}
                              <Confidence form={f} />
                              {f.expected ? <div className="muted">{t('names.expected', { text: f.expected })}</div> : null}
                            </>
                          )}
                        </div>
                      </td>
                      <td>{f.count}</td>
                      <td>
                        {accepted === f.text ? (
                          <button type="button" className="toggle on" onClick={() => void accept(e, f.lang, null)} aria-pressed="true">
                            {t('names.isAccepted')}
                          </button>
                        ) : (
                          <button type="button" onClick={() => void accept(e, f.lang, f.text)} aria-pressed="false">
                            {t('names.accept')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
    </div>
  );
});
