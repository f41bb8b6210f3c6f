// The sandboxed preload: builds window.api with one invoke per channel of the contract, and window.events with
// one subscribe function per push event. Nothing else reaches the page: no ipcRenderer, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_NAMES, CHANNELS } from '../ipc/channels.js';
import type { Api } from '../ipc/contract.js';
import type { EventName, EventsApi } from '../ipc/events.js';
import { EVENTS } from '../ipc/events.js';

const api = Object.fromEntries(
  API_NAMES.map((name) => {
    const channel = CHANNELS[name];
    return [name, (input: unknown) => ipcRenderer.invoke(channel, input ?? {})];
  }),
) as unknown as Api;

const events = Object.fromEntries(
  (Object.keys(EVENTS) as EventName[]).map((name) => {
    const channel = EVENTS[name];
    const subscribe = (listener: (payload: unknown) => void) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    };
    return [name, subscribe];
  }),
) as unknown as EventsApi;

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('events', events);
