// Live refresh over a team database: every two seconds the app asks the team server what changed since the last
// look (GET /api/team/changes?after=N, the feed the team page polls too) and reloads only what those changes touch
// — annotations and findings, accepted spellings, or the whole grid after an alignment correction. Reloads replace
// the project data only: open dialogs, drafts in an annotation being edited and spans kept for the next annotation
// live in component state and stay as they are. Nothing runs outside team mode (teamInfo() is null there).
import { useEffect, useRef, useState } from 'react';
import type { TeamChange, TeamInfo } from '../team/team-client.js';
import { teamChanges, teamInfo } from '../team/team-client.js';

export const TEAM_POLL_MS = 2000;

export interface TeamFeed {
  /** Who is signed in, once known; null outside team mode. */
  readonly team: TeamInfo | null;
  /** The latest change by someone else since the app opened, for a short notice; null when none. */
  readonly latest: { readonly change: TeamChange; readonly more: number } | null;
}

/** What a batch of changes needs reloaded. */
export function refreshFor(changes: readonly TeamChange[]): { all: boolean; notes: boolean; names: boolean } {
  const kinds = new Set(changes.map((c) => c.targetKind));
  const all = kinds.has('correction') || kinds.has('document') || kinds.has('setting');
  return { all, notes: !all && (kinds.has('annotation') || kinds.has('finding')), names: !all && kinds.has('spelling') };
}

export function useTeamFeed(reload: { reloadAll: () => Promise<void>; reloadNotes: () => Promise<void>; reloadNames: () => Promise<void> }): TeamFeed {
  const [team, setTeam] = useState<TeamInfo | null>(null);
  const [latest, setLatest] = useState<TeamFeed['latest']>(null);
  // The reload functions change with the grid level; the poller reads the current ones.
  const reloadRef = useRef(reload);
  reloadRef.current = reload;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cursor = 0;
    let me = '';
    const tick = async () => {
      try {
        const { cursor: next, changes } = await teamChanges(cursor);
        if (stopped) return;
        cursor = next;
        if (changes.length) {
          const r = refreshFor(changes);
          const work: Promise<void>[] = [];
          if (r.all) work.push(reloadRef.current.reloadAll());
          if (r.notes) work.push(reloadRef.current.reloadNotes());
          if (r.names) work.push(reloadRef.current.reloadNames());
          await Promise.all(work);
          const others = changes.filter((c) => c.username !== me);
          if (others.length && !stopped) setLatest({ change: others[others.length - 1], more: others.length - 1 });
        }
      } catch {
        // A missed poll (server restarting, network blip) is retried at the next tick; the data stays as it was.
      }
      // Scheduled after the previous poll finished, so slow answers never pile up.
      if (!stopped) timer = setTimeout(() => void tick(), TEAM_POLL_MS);
    };
    void teamInfo().then((info) => {
      if (!info || stopped) return;
      cursor = info.cursor;
      me = info.username;
      setTeam(info);
      timer = setTimeout(() => void tick(), TEAM_POLL_MS);
    });
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, []);

  return { team, latest };
}
