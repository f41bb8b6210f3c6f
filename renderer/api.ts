// The renderer's one way to main: the typed Api over IPC (window.api from the preload) in Electron, or over HTTP
// to the browser-mode server with the bearer token from the address. Components call `call()` and get values or
// an ApiError; they never see the transport.
import { API_NAMES, CHANNELS } from './contract.js';
import type { ApiName } from './contract.js';
import type { Api, ApiInput, IpcErrorCode, IpcResult, Outputs } from './contract.js';

export class ApiError extends Error {
  readonly code: IpcErrorCode;
  /** The values the message interpolates, for showing it in the UI language (see renderer/components/warning-text.tsx). */
  readonly params: Readonly<Record<string, string | number>> | undefined;
  constructor(code: IpcErrorCode, message: string, params?: Readonly<Record<string, string | number>>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }
}

/**
 * An error's params as they came over the wire, kept only when they are a plain object of strings and finite
 * numbers (the HTTP transport's JSON is not typed); anything else is dropped and the English message is shown.
 */
export function wireParams(x: unknown): Readonly<Record<string, string | number>> | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(x)) {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
    else return undefined;
  }
  return out;
}

const TOKEN_KEY = 'concordia.token';

/**
 * The browser-mode token: from `#token=…` (or `?token=…`) in the address the server printed, remembered for the
 * tab's session so a reload keeps working after the fragment is tidied away.
 */
export function readToken(location: Pick<Location, 'hash' | 'search'>, storage: Pick<Storage, 'getItem' | 'setItem'> | null): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  const fromQuery = new URLSearchParams(location.search).get('token');
  const token = fromHash ?? fromQuery;
  if (token) {
    storage?.setItem(TOKEN_KEY, token);
    return token;
  }
  return storage?.getItem(TOKEN_KEY) ?? null;
}

/** The Api over HTTP: `POST {base}/api/<channel>` with a JSON body and `Authorization: Bearer <token>`. */
export function createHttpApi(baseUrl: string, token: string | null, fetchImpl: typeof fetch = fetch): Api {
  const entries = API_NAMES.map((name) => {
    const invoke = async (input: unknown): Promise<IpcResult<unknown>> => {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}/api/${CHANNELS[name]}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(input ?? {}),
        });
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: `The Concordia server did not answer: ${String(e)}` } };
      }
      try {
        return (await response.json()) as IpcResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: `HTTP ${response.status} from the Concordia server` } };
      }
    };
    return [name, invoke];
  });
  return Object.fromEntries(entries) as unknown as Api;
}

function storageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function pickTransport(): { api: Api; transport: 'ipc' | 'http'; token?: string | null } {
  if (window.api) return { api: window.api, transport: 'ipc' };
  const token = readToken(window.location, storageOrNull());
  if (window.location.hash.includes('token=')) {
    // Keep the secret out of the visible address once it is stored.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return { api: createHttpApi(window.location.origin, token), transport: 'http', token };
}

let chosen: { api: Api; transport: 'ipc' | 'http'; token?: string | null } | null = null;

/** The bearer token over HTTP (on the team server it is the session's CSRF token); null over IPC. */
export function httpToken(): string | null {
  chosen ??= pickTransport();
  return chosen.token ?? null;
}

/** Which transport this window uses (decided on first use). */
export function transport(): 'ipc' | 'http' {
  chosen ??= pickTransport();
  return chosen.transport;
}

/** Calls one API method; resolves with its value or rejects with an ApiError carrying the code. */
export async function call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<Outputs[K]> {
  chosen ??= pickTransport();
  const method = chosen.api[name] as (input: ApiInput<K>) => Promise<IpcResult<Outputs[K]>>;
  const result = await method(input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, wireParams(result.error.params));
  return result.value;
}

/** Bytes ↔ base64 for file contents on the wire. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
