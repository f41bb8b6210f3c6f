// "Get official versions": a reference and languages in, a background fetch job out (official:start-fetch), polled
// every 300 ms for progress while the dialog is open, then the outcome per language. Closing the dialog while a
// job runs cancels it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../core/model/language.js';
import type { LangCode } from '../../core/model/language.js';
import type { FetchJobEvent, FetchJobOutcome, FetchJobStatus, FetchOutcomeStatus, FetchPhase } from '../contract.js';
import { call } from '../api.js';
import { Dialog } from './dialog.js';
import { ErrorAlert, codedError, outcomeText } from './warning-text.js';
import type { CodedMessage } from './warning-text.js';

export const POLL_MS = 300;

const PHASE_KEYS: Record<FetchPhase, string> = {
  resolving: 'fetch.phase.resolving',
  requesting: 'fetch.phase.requesting',
  retrying: 'fetch.phase.retrying',
  waiting: 'fetch.phase.waiting',
  redirected: 'fetch.phase.redirected',
  downloading: 'fetch.phase.downloading',
  importing: 'fetch.phase.importing',
  done: 'fetch.phase.done',
  failed: 'fetch.phase.failed',
  cancelled: 'fetch.phase.cancelled',
};

const OUTCOME_KEYS: Record<FetchOutcomeStatus, string> = {
  imported: 'fetch.outcome.imported',
  saved: 'fetch.outcome.saved',
  unparsed: 'fetch.outcome.unparsed',
  cached: 'fetch.outcome.cached',
  failed: 'fetch.outcome.failed',
  cancelled: 'fetch.outcome.cancelled',
};

/** The latest event per language, in the order the languages were asked for; the resolving step first. */
function latestPerLanguage(events: readonly FetchJobEvent[]): FetchJobEvent[] {
  const latest = new Map<string, FetchJobEvent>();
  for (const e of events) latest.set(e.lang ?? '', e);
  return [...latest.values()];
}

/**
 * The latest step of each language while a run goes on: its phase and bytes, and as a tooltip the step in the UI
 * language (the address, the wait, the error being retried).
 */
export function FetchProgressList(props: { events: readonly FetchJobEvent[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section aria-label={t('fetch.progress')}>
      <h3>{t('fetch.progress')}</h3>
      <ul className="fetch-progress" data-testid="fetch-progress">
        {latestPerLanguage(props.events).map((e) => (
          <li key={e.lang ?? '-'} data-lang={e.lang ?? ''} title={outcomeText(i18n, e)}>
            <strong>{e.lang ? e.lang.toUpperCase() : t('fetch.reference')}</strong> — {t(PHASE_KEYS[e.phase])}
            {e.received !== undefined
              ? ` · ${
                  e.total
                    ? t('fetch.bytesOf', { received: number.format(e.received), total: number.format(e.total) })
                    : t('fetch.bytes', { received: number.format(e.received) })
                }`
              : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The per-language outcome of a finished run: the language, its status and, for a failure or a download that could
 * not be read, the reason in the UI language (its params and causes; the service's English line as fallback).
 */
export function FetchOutcomeList(props: { report: readonly FetchJobOutcome[]; document: string | null }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section aria-label={t('fetch.outcome')}>
      <h3>
        {t('fetch.outcome')}
        {props.document ? ` — ${props.document}` : null}
      </h3>
      <ul className="fetch-outcome" data-testid="fetch-outcome">
        {props.report.map((o) => (
          <li key={o.lang} data-lang={o.lang} data-status={o.status} className={o.status === 'failed' ? 'error-text' : undefined}>
            <strong>{o.lang.toUpperCase()}</strong> — {o.status === 'failed' && o.reason === 'not-found' ? t('fetch.outcome.notFound') : t(OUTCOME_KEYS[o.status])}
            {o.status === 'imported' || o.status === 'saved' ? ` · ${t('fetch.bytes', { received: number.format(o.bytes) })}` : null}
            {o.status === 'failed' || o.status === 'unparsed' ? `: ${outcomeText(i18n, o)}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FetchDialog(props: { projectLangs: readonly LangCode[]; onClose: () => void; onImported: (count: number) => void }) {
  const { t, i18n } = useTranslation();
  const inProject = useMemo(() => new Set(props.projectLangs), [props.projectLangs]);
  const [ref, setRef] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<LangCode>>(() => new Set(LANGUAGES.filter((l) => !inProject.has(l))));
  const [refresh, setRefresh] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<FetchJobStatus | null>(null);
  // In the UI language through its code and params (English message as fallback), like the import dialog's.
  const [error, setError] = useState<CodedMessage | null>(null);
  const [starting, setStarting] = useState(false);
  const running = starting || (jobId !== null && (status === null || status.state === 'running'));
  const runningRef = useRef<string | null>(null);
  runningRef.current = running ? jobId : null;
  // The latest callback, without restarting the polling when the parent re-renders.
  const onImportedRef = useRef(props.onImported);
  onImportedRef.current = props.onImported;


  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language' });
    } catch {
      return null;
    }
  }, [i18n.language]);
  const langName = (l: LangCode) => names?.of(l) ?? l.toUpperCase();

  // Poll while the job runs; report the imports once it has finished.
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await call('fetchStatus', { jobId });
        if (stopped) return;
        setStatus(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
        else {
          const imported = (next.report ?? []).filter((o) => o.status === 'imported').length;
          if (imported > 0) onImportedRef.current(imported);
          if (next.state === 'failed' && next.error) setError(next.error);
        }
      } catch (e) {
        if (!stopped) setError(codedError(e));
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  // Closing the dialog (or the window) mid-run cancels the job.
  useEffect(
    () => () => {
      const id = runningRef.current;
      if (id) void call('cancelFetch', { jobId: id }).catch(() => undefined);
    },
    [],
  );

  const start = async () => {
    setError(null);
    setStatus(null);
    setJobId(null);
    setStarting(true);
    try {
      const langs = LANGUAGES.filter((l) => chosen.has(l));
      const { jobId: id } = await call('startFetch', { ref: ref.trim(), langs, refresh });
      setJobId(id);
    } catch (e) {
      setError(codedError(e));
    } finally {
      setStarting(false);
    }
  };

  const cancel = useCallback(async () => {
    if (!jobId) return;
    try {
      setStatus(await call('cancelFetch', { jobId }));
    } catch (e) {
      setError(codedError(e));
    }
  }, [jobId]);

  const toggle = (l: LangCode, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(l);
    else next.delete(l);
    setChosen(next);
  };

  const progress = status ? latestPerLanguage(status.events) : [];
  const report = status?.report ?? null;
  const liveText = running
    ? t('fetch.live.running', { count: progress.filter((e) => e.lang !== null).length })
    : status?.state === 'done'
      ? t('fetch.live.done', { imported: (report ?? []).filter((o) => o.status === 'imported').length, failed: (report ?? []).filter((o) => o.status === 'failed').length })
      : status?.state === 'cancelled'
        ? t('fetch.live.cancelled')
        : status?.state === 'failed'
          ? t('fetch.live.failed')
          : '';
  const hintId = 'fetch-ref-hint';

  return (
    <Dialog
      title={t('fetch.title')}
      onClose={props.onClose}
      testId="fetch-dialog"
      wide
      footer={
        <>
          {running ? (
            <button type="button" onClick={() => void cancel()} disabled={!jobId}>
              {t('fetch.cancel')}
            </button>
          ) : (
            <button type="button" onClick={props.onClose}>
              {t('common.close')}
            </button>
          )}
          <button type="button" className="primary" disabled={running || ref.trim() === '' || chosen.size === 0} onClick={() => void start()}>
            {running ? t('fetch.working') : t('fetch.start')}
          </button>
        </>
      }
    >
      <label className="field">
        {t('fetch.reference')}
        <input
          type="text"
          value={ref}
          data-autofocus
          maxLength={200}
          aria-describedby={hintId}
          disabled={running}
          onChange={(e) => setRef(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !running && ref.trim() !== '' && chosen.size > 0) void start();
          }}
        />
      </label>
      <p id={hintId} className="muted">
        {t('fetch.referenceHint', { forms: 'P9_TA(2022)0012, TA-9-2022-0012, RC-B9-0065/2022, B9-0065/2022, 52022IP0012, 2022/2505(RSP)' })}
      </p>
      <fieldset disabled={running}>
        <legend>{t('fetch.languages')}</legend>
        <div className="toolbar-group">
          <button type="button" onClick={() => setChosen(new Set(LANGUAGES))}>
            {t('fetch.all')}
          </button>
          <button type="button" onClick={() => setChosen(new Set())}>
            {t('fetch.none')}
          </button>
        </div>
        <div className="fetch-langs" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))', gap: '0.25rem 0.75rem', margin: '0.5rem 0' }}>
          {LANGUAGES.map((l) => (
            <label key={l} className="choice inline" title={langName(l)} data-lang={l}>
              <input type="checkbox" checked={chosen.has(l)} onChange={(e) => toggle(l, e.target.checked)} />
              {l.toUpperCase()}
              {inProject.has(l) ? <span className="muted"> ({t('fetch.inProject')})</span> : null}
            </label>
          ))}
        </div>
        <label className="choice">
          <input type="checkbox" checked={refresh} onChange={(e) => setRefresh(e.target.checked)} />
          {t('fetch.refresh')}
        </label>
      </fieldset>

      <div role="status" aria-live="polite" className="muted" data-testid="fetch-live">
        {liveText}
      </div>
      {running ? <progress aria-label={t('fetch.working')} /> : null}

      {progress.length > 0 && !report ? <FetchProgressList events={status?.events ?? []} /> : null}

      {report ? <FetchOutcomeList report={report} document={status?.document ?? null} /> : null}

      {error ? <ErrorAlert error={error} testId="fetch-error" /> : null}
    </Dialog>
  );
}
