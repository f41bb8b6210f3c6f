// The root: the UI language (remembered in the project and in localStorage) and the project screen.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api.js';
import { isUiLanguage, rememberLanguage, setDocumentLanguage, UI_LANGUAGE_SETTING } from '../i18n/index.js';
import type { UiLanguage } from '../i18n/index.js';
import { ProjectScreen } from './project-screen.js';

export function App() {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // The project's remembered language wins over the browser default, so a reload keeps the choice.
    call('getSetting', { key: UI_LANGUAGE_SETTING })
      .then(async (saved) => {
        if (isUiLanguage(saved) && saved !== i18n.language) {
          await i18n.changeLanguage(saved);
          setDocumentLanguage(saved);
        }
      })
      .catch(() => undefined)
      .finally(() => setReady(true));
  }, [i18n]);

  const changeLanguage = useCallback(
    async (lang: UiLanguage) => {
      await i18n.changeLanguage(lang);
      setDocumentLanguage(lang);
      rememberLanguage(lang);
      await call('setSetting', { key: UI_LANGUAGE_SETTING, value: lang }).catch(() => undefined);
    },
    [i18n],
  );

  if (!ready) return null;
  return <ProjectScreen onLanguageChange={changeLanguage} />;
}
