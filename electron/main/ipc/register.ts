// The only caller of ipcMain.handle (house style §3): one handler per channel, each checking the sender
// (`forbidden`) before the shared dispatcher safeParses the input (`invalid-input`) and runs the handler.
import type { IpcMainInvokeEvent } from 'electron';
import { API_NAMES, CHANNELS } from '../../ipc/channels.js';
import type { IpcResult } from '../../ipc/contract.js';
import type { Handlers, Logger } from '../handlers.js';
import { dispatch, failure } from '../handlers.js';

/** The part of ipcMain we use; tests pass their own recorder. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** What we look at to trust a sender: the URL of the frame that sent the message. */
export type SenderCheck = (frameUrl: string | null) => boolean;

/**
 * Trusts frames showing our own renderer: the built `index.html` under `rendererDir` (a file: URL), or the dev
 * server origin electron-vite announces. Anything else (a navigated-away frame, an iframe, a `data:` page) is not.
 */
export function rendererSenderCheck(options: { rendererFileUrl: string; devServerUrl?: string }): SenderCheck {
  const fileUrl = new URL(options.rendererFileUrl);
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null;
  return (frameUrl) => {
    if (!frameUrl) return false;
    let url: URL;
    try {
      url = new URL(frameUrl);
    } catch {
      return false;
    }
    if (url.protocol === 'file:') return url.pathname === fileUrl.pathname;
    return devOrigin !== null && url.origin === devOrigin;
  };
}

/** Registers every API channel; returns a function that removes them again. */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, isTrusted: SenderCheck, log?: Logger): () => void {
  for (const name of API_NAMES) {
    const channel = CHANNELS[name];
    ipcMain.handle(channel, async (event, input): Promise<IpcResult<unknown>> => {
      const frameUrl = event.senderFrame?.url ?? null;
      if (!isTrusted(frameUrl)) return failure('forbidden', `${channel}: sender ${frameUrl ?? '(unknown frame)'} is not the Concordia window`);
      return dispatch(handlers, channel, input, log);
    });
  }
  return () => {
    for (const name of API_NAMES) ipcMain.removeHandler(CHANNELS[name]);
  };
}
