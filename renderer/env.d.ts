/// <reference types="vite/client" />
import type { Api } from './contract.js';
import type { EventsApi } from './contract.js';

declare global {
  interface Window {
    /** Present in Electron (set by the preload); absent in browser mode, where renderer/api.ts uses HTTP. */
    readonly api?: Api;
    readonly events?: EventsApi;
  }
}

export {};
