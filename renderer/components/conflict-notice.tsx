// The notice a panel shows when a team save was refused because someone saved the same row first (409): the
// server's message, what the panel adds (the current text, a kept draft), and a Close button.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ConflictNotice(props: { message: string; testId: string; onClose: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="conflict" role="alert" data-testid={props.testId}>
      <p>{props.message}</p>
      {props.children}
      <button type="button" onClick={props.onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
