// The renderer's one door to the shared IPC contract (types, channel names, value lists); house style §2 lets
// the renderer use electron/ipc and nothing else of electron/.
export { API_NAMES, CHANNELS } from '../electron/ipc/channels.js';
export type { ApiName } from '../electron/ipc/channels.js';
export type * from '../electron/ipc/contract.js';
export { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES, MAX_DICTIONARY_FILE_BYTES } from '../electron/ipc/project-api.js';
export type { EventsApi, PickedFile } from '../electron/ipc/events.js';
