// The keyboard reference.
import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog.js';

const KEYS: readonly [string, string][] = [
  ['↑ ↓ ← →', 'help.keys.move'],
  ['PgUp / PgDn', 'help.keys.page'],
  ['Ctrl+Home / Ctrl+End', 'help.keys.ends'],
  ['n / Shift+N', 'help.keys.finding'],
  ['f / Shift+F', 'help.keys.flagged'],
  ['s', 'help.keys.addSpan'],
  ['a', 'help.keys.annotate'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'help.keys.undo'],
  ['Alt+1 … Alt+5', 'help.keys.panels'],
  ['Tab / Shift+Tab', 'help.keys.tab'],
  ['? / F1', 'help.keys.help'],
  ['Esc', 'help.keys.close'],
];

export function HelpDialog(props: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('help.title')} onClose={props.onClose} testId="help-dialog">
      <table className="keys">
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([k, label]) => (
            <tr key={label}>
              <td>
                <kbd>{k}</kbd>
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('help.legend')}</h3>
      <p>
        <mark className="hl-name">{t('help.legend.name')}</mark> <mark className="hl-number">{t('help.legend.number')}</mark>{' '}
        <mark className="hl-date">{t('help.legend.date')}</mark> <mark className="hl-finding">{t('help.legend.finding')}</mark>{' '}
        <mark className="hl-annotation">{t('help.legend.annotation')}</mark>
      </p>
    </Dialog>
  );
}
