// Parser warnings and import errors in the UI language. Core writes each in English (`message`, which the CLI,
// logs and exports keep) and adds its `code` and `params`; here the locale's `warnings.<code>` or `errors.<code>`
// text is filled with those params. `params.variant`, when present, names the wording for that case: a warning
// tries `warnings.<code>_<variant>` and then `warnings.<code>`; an error tries only `errors.<code>_<variant>`
// (an error's codes are broad — `parse` covers a damaged DOCX and a TMX without xml:lang — so its general text
// would say less than the English message). Whatever the locale files do not know yet shows the English
// message, never a blank or a raw key; so does an error that carries no params (thrown without them, or one of
// the transport's own codes).
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ParseWarning } from '../../core/model/document.js';

/** A coded message from core: a ParseWarning, or a failed call's code, English message and params. */
export interface CodedMessage {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type MessageKind = 'warnings' | 'errors';

/** The keys a coded message is looked up under, most specific first. */
export function messageKeys(kind: MessageKind, m: Pick<CodedMessage, 'code' | 'params'>): string[] {
  const variant = m.params?.variant;
  const specific = typeof variant === 'string' && variant ? [`${kind}.${m.code}_${variant}`] : [];
  if (kind === 'errors' && specific.length > 0) return specific;
  return [...specific, `${kind}.${m.code}`];
}

/** One coded message as text in `i18n`'s current language; the English `message` when no key applies. */
export function messageText(i18n: Pick<I18n, 'exists' | 't'>, kind: MessageKind, m: CodedMessage): string {
  if (kind === 'errors' && m.params === undefined) return m.message;
  const key = messageKeys(kind, m).find((k) => i18n.exists(k));
  if (key === undefined) return m.message;
  // Params go under `replace` so a param never collides with an i18next option (`count`, `context`, `lng`, …).
  return i18n.t(key, { replace: { ...(m.params ?? {}) } });
}

/** The keys a warning is looked up under, most specific first. */
export function warningKeys(w: Pick<ParseWarning, 'code' | 'params'>): string[] {
  return messageKeys('warnings', w);
}

/** One warning as text in `i18n`'s current language; the English `message` when no locale has its key. */
export function warningText(i18n: Pick<I18n, 'exists' | 't'>, w: ParseWarning): string {
  return messageText(i18n, 'warnings', w);
}

/** The keys an error is looked up under (one: its variant's wording, or the code's when it has no variant). */
export function errorKeys(e: Pick<CodedMessage, 'code' | 'params'>): string[] {
  return messageKeys('errors', e);
}

/** One error as text in `i18n`'s current language; the English `message` when it has no params or no key. */
export function errorText(i18n: Pick<I18n, 'exists' | 't'>, e: CodedMessage): string {
  return messageText(i18n, 'errors', e);
}

/**
 * What a caught value says as a coded message: an ApiError (or a CoreError in-process) gives its code, message and
 * params; anything else its message under an empty code, which no key matches.
 */
export function codedError(e: unknown): CodedMessage {
  if (!(e instanceof Error)) return { code: '', message: String(e) };
  const { code, params } = e as Error & { code?: unknown; params?: unknown };
  const plain = typeof params === 'object' && params !== null ? (params as Readonly<Record<string, string | number>>) : undefined;
  return { code: typeof code === 'string' ? code : '', message: e.message, ...(plain ? { params: plain } : {}) };
}

/** A fetch outcome's line as the fetch service reports it: English message, params (with `variant`), causes. */
export interface CodedOutcome {
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Errors the line names: each is worded as an error, after the site's name when it has one. */
  readonly causes?: readonly (CodedMessage & { readonly site?: string })[];
}

/**
 * A fetch outcome's line in `i18n`'s current language: `fetch.detail.<variant>` with its params, then its causes
 * (`fetch.site.<site>` and each error's own wording). The English `message` when the variant has no key, so a
 * wording the locales do not know yet still reads as a whole sentence.
 */
export function outcomeText(i18n: Pick<I18n, 'exists' | 't'>, o: CodedOutcome): string {
  const variant = o.params?.variant;
  const key = typeof variant === 'string' && variant ? `fetch.detail.${variant}` : null;
  if (key === null || !i18n.exists(key)) return o.message;
  const head = i18n.t(key, { replace: { ...o.params } });
  const causes = (o.causes ?? []).map((c) => {
    // An error's wording is a sentence; inside the line it is a clause, so its full stop goes.
    const text = errorText(i18n, c).replace(/\.$/, '');
    const siteKey = `fetch.site.${c.site ?? ''}`;
    return c.site && i18n.exists(siteKey) ? i18n.t('fetch.detail.siteCause', { replace: { site: i18n.t(siteKey), text } }) : text;
  });
  if (causes.length === 0) return head;
  return i18n.t('fetch.detail.withCauses', { replace: { detail: head, causes: causes.join(i18n.t('fetch.detail.causeSeparator')) } });
}

/** A warning as an inline text node, re-rendered when the UI language changes. */
export function WarningText(props: { warning: ParseWarning }) {
  const { i18n } = useTranslation();
  return <>{warningText(i18n, props.warning)}</>;
}

/** An error as an inline text node, re-rendered when the UI language changes. */
export function ErrorText(props: { error: CodedMessage }) {
  const { i18n } = useTranslation();
  return <>{errorText(i18n, props.error)}</>;
}

/**
 * A dialog's error line (fetch, export): the error in the UI language, announced as an alert. `testId` lets the
 * end-to-end tests find it.
 */
export function ErrorAlert(props: { error: CodedMessage; testId?: string }) {
  return (
    <p role="alert" className="error-text" data-testid={props.testId} data-code={props.error.code || undefined}>
      <ErrorText error={props.error} />
    </p>
  );
}

/** The hook form, for places that need strings (a tooltip joins them). */
export function useWarningText(): (w: ParseWarning) => string {
  const { i18n } = useTranslation();
  return (w) => warningText(i18n, w);
}

/** The hook form for errors. */
export function useErrorText(): (e: CodedMessage) => string {
  const { i18n } = useTranslation();
  return (e) => errorText(i18n, e);
}
