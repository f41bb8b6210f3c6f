// Finding messages in the UI language: core's templates (`{name}` placeholders) looked up in the locale file,
// falling back to core's English.
import { EN, renderMessage } from '../../core/checks/messages.js';
import type { MessageRef } from '../../core/model/findings.js';
import { LOCALES, isUiLanguage } from '../i18n/index.js';

export function findingMessage(message: MessageRef, uiLanguage: string): string {
  const table = isUiLanguage(uiLanguage) ? LOCALES[uiLanguage] : LOCALES.en;
  return renderMessage(message, { ...EN, ...table });
}
