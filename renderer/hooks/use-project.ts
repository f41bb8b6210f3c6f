// Loads and refreshes everything the project screen shows; one place that talks to the API for reads.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Annotation, FindingView, HistoryState, NameEntityView, ProjectGrid, ProjectInfo } from '../contract.js';
import { call } from '../api.js';

export type Level = 'unit' | 'sentence';

export interface ProjectData {
  readonly info: ProjectInfo | null;
  readonly grid: ProjectGrid | null;
  readonly findings: readonly FindingView[];
  readonly annotations: readonly Annotation[];
  readonly names: readonly NameEntityView[];
  readonly history: HistoryState;
  readonly loading: boolean;
  readonly error: string | null;
}

const EMPTY: ProjectData = {
  info: null,
  grid: null,
  findings: [],
  annotations: [],
  names: [],
  history: { canUndo: false, canRedo: false, changed: null },
  loading: true,
  error: null,
};

export function useProject(level: Level) {
  const [data, setData] = useState<ProjectData>(EMPTY);

  const fail = useCallback((e: unknown) => setData((d) => ({ ...d, loading: false, error: e instanceof Error ? e.message : String(e) })), []);

  const reloadAll = useCallback(async () => {
    setData((d) => ({ ...d, loading: true }));
    try {
      const [info, grid, findings, annotations, names, history] = await Promise.all([
        call('projectInfo', {}),
        call('grid', { level }),
        call('findings', {}),
        call('annotations', {}),
        call('names', {}),
        call('historyState', {}),
      ]);
      setData({ info, grid, findings, annotations, names, history, loading: false, error: null });
    } catch (e) {
      fail(e);
    }
  }, [level, fail]);

  const reloadNotes = useCallback(async () => {
    try {
      const [info, findings, annotations, history] = await Promise.all([
        call('projectInfo', {}),
        call('findings', {}),
        call('annotations', {}),
        call('historyState', {}),
      ]);
      setData((d) => ({ ...d, info, findings, annotations, history, error: null }));
    } catch (e) {
      fail(e);
    }
  }, [fail]);

  const reloadNames = useCallback(async () => {
    try {
      const [names, findings] = await Promise.all([call('names', {}), call('findings', {})]);
      setData((d) => ({ ...d, names, findings }));
    } catch (e) {
      fail(e);
    }
  }, [fail]);

  const setGrid = useCallback((grid: ProjectGrid) => setData((d) => ({ ...d, grid })), []);
  const setHistory = useCallback((history: HistoryState) => setData((d) => ({ ...d, history })), []);
  const clearError = useCallback(() => setData((d) => ({ ...d, error: null })), []);
  const showError = fail;

  useEffect(() => {
    void reloadAll();
  }, [reloadAll]);

  // One object while nothing changed: callers list `project` in their hooks' dependencies.
  return useMemo(
    () => ({ data, reloadAll, reloadNotes, reloadNames, setGrid, setHistory, clearError, showError }),
    [data, reloadAll, reloadNotes, reloadNames, setGrid, setHistory, clearError, showError],
  );
}
