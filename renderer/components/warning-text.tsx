// Parser warnings in the UI language. Core writes each warning in English (`message`, which the CLI, logs and
// exports keep) and adds its `code` and `params`; here the locale's `warnings.<code>` text is filled with those
// params. A warning with `params.variant` first tries `warnings.<code>_<variant>` (the wording for that case).
// A code the locale files do not know yet shows the English message, never a blank or a raw key.
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ParseWarning } from '../../core/model/document.js';

/** The keys a warning is looked up under, most specific first. */
export function warningKeys(w: Pick<ParseWarning, 'code' | 'params'>): string[] {
  const variant = w.params?.variant;
  return [...(typeof variant === 'string' && variant ? [`warnings.${w.code}_${variant}`] : []), `warnings.${w.code}`];
}

/** One warning as text in `i18n`'s current language; the English `message` when no locale has its key. */
export function warningText(i18n: Pick<I18n, 'exists' | 't'>, w: ParseWarning): string {
  const key = warningKeys(w).find((k) => i18n.exists(k));
  if (key === undefined) return w.message;
  // Params go under `replace` so a param never collides with an i18next option (`count`, `context`, `lng`, …).
  return i18n.t(key, { replace: { ...(w.params ?? {}) } });
}

/** A warning as an inline text node, re-rendered when the UI language changes. */
export function WarningText(props: { warning: ParseWarning }) {
  const { i18n } = useTranslation();
  return <>{warningText(i18n, props.warning)}</>;
}

/** The hook form, for places that need strings (a tooltip joins them). */
export function useWarningText(): (w: ParseWarning) => string {
  const { i18n } = useTranslation();
  return (w) => warningText(i18n, w);
}
