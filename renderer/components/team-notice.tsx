// The short, unobtrusive line in the status bar saying what someone else changed last ("Updated: rita added an
// annotation (…)"), in team mode only.
import { useTranslation } from 'react-i18next';
import type { TeamFeed } from '../hooks/use-team-feed.js';

/** Activity actions (team-service.ts) → their message; anything else gets the generic one. */
const ACTION_KEYS: Readonly<Record<string, string>> = {
  'annotation.create': 'team.change.annotationCreate',
  'annotation.update': 'team.change.annotationUpdate',
  'annotation.delete': 'team.change.annotationDelete',
  'correction.add': 'team.change.correction',
  'spelling.set': 'team.change.spelling',
  'spelling.clear': 'team.change.spelling',
  'finding.dismiss': 'team.change.finding',
  'finding.restore': 'team.change.finding',
};

export function TeamNotice(props: { feed: TeamFeed }) {
  const { t, i18n } = useTranslation();
  const { team, latest } = props.feed;
  if (!team) return null;
  if (!latest) {
    return (
      <span className="team-notice muted" data-testid="team-notice">
        {t('team.live', { user: team.username })}
      </span>
    );
  }
  const c = latest.change;
  const what = t(ACTION_KEYS[c.action] ?? 'team.change.other', { user: c.username, summary: c.summary });
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(c.at));
  return (
    <span className="team-notice muted" data-testid="team-notice" title={time}>
      {latest.more > 0 ? t('team.updatedMore', { what, count: latest.more }) : t('team.updated', { what })}
    </span>
  );
}
