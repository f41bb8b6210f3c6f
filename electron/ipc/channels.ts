// Channel names of the typed API, `area:verb-noun`. The IPC transport uses them as ipcMain channels and the
// browser-mode server as URL paths (`POST /api/<channel>`); a method exists here, in contract.ts and in Handlers.
export const CHANNELS = {
  appInfo: 'app:get-info',
  projectInfo: 'project:get-info',
  listDocuments: 'documents:list',
  getDocument: 'documents:get',
  previewImport: 'documents:preview-import',
  importDocument: 'documents:import',
  importTranslationMemory: 'documents:import-tmx',
  removeDocument: 'documents:remove',
  setPivot: 'documents:set-pivot',
  grid: 'alignment:get-grid',
  applyCorrection: 'alignment:apply-correction',
  findings: 'findings:list',
  dismissFinding: 'findings:dismiss',
  restoreFinding: 'findings:restore',
  findingToAnnotation: 'findings:to-annotation',
  annotations: 'annotations:list',
  createAnnotation: 'annotations:create',
  updateAnnotation: 'annotations:update',
  deleteAnnotation: 'annotations:delete',
  names: 'names:list',
  setAcceptedSpelling: 'names:set-accepted',
  undo: 'history:undo',
  redo: 'history:redo',
  historyState: 'history:get-state',
  getSetting: 'settings:get',
  setSetting: 'settings:set',
  exportFile: 'export:write-file',
  startFetch: 'official:start-fetch',
  fetchStatus: 'official:fetch-status',
  cancelFetch: 'official:cancel-fetch',
  listDictionaries: 'dictionaries:list',
  addDictionary: 'dictionaries:add',
  removeDictionary: 'dictionaries:remove',
  getVocabulary: 'vocabulary:get',
  setVocabulary: 'vocabulary:set',
} as const;

export type ApiName = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[ApiName];

export const API_NAMES = Object.keys(CHANNELS) as ApiName[];

const BY_CHANNEL = new Map<string, ApiName>(API_NAMES.map((name) => [CHANNELS[name], name]));

/** The API method behind a channel name, or undefined for a name we do not serve. */
export function apiNameOf(channel: string): ApiName | undefined {
  return BY_CHANNEL.get(channel);
}
