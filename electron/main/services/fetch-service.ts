// Downloads official language versions from the European Parliament (doceo, Legislative Observatory) and EUR-Lex
// (issue #9). Node side of core/fetch: HTTP with timeouts, retries, a per-host rate limit, content checks, and an
// all-or-nothing import per language into a project (or into a folder).
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { CancelledError, CoreError, InvalidInputError, PARSERS, missingCase, parseDocument } from '../../../core/index.js';
import type { ErrorParams, LangCode, SourceFormat } from '../../../core/index.js';
import { MAX_INPUT_BYTES } from '../../../core/parsers/types.js';
import {
  DEFAULT_BASES,
  FetchError,
  buildUrls,
  celexNumber,
  contentProblem,
  doceoId,
  formatReference,
  mentionsDocument,
  parseProcedurePage,
  parseReference,
  parseSourceUrl,
  primaryDocument,
  procedureUrl,
} from '../../../core/fetch/index.js';
import type { CandidateUrl, DocumentReference, FetchFailure, ProcedureDocuments, Site, SiteBases } from '../../../core/fetch/index.js';
import type { DocumentSummary, ProjectService } from '../../ipc/project-api.js';

// ---------------------------------------------------------------------------------------------------------------
// Settings

/** How Concordia talks to the sites. Defaults are polite to the EP and EUR-Lex; tests shorten the waits. */
export interface HttpSettings {
  /** Longest one attempt may take, headers and body together (ms). */
  readonly timeoutMs: number;
  /** Further attempts after a transient failure (5xx, timeout, cut-off body, reset connection, 429). */
  readonly retries: number;
  /** First backoff (ms); doubles per attempt up to maxBackoffMs, with jitter between half and all of it. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  /** A 429/503 Retry-After longer than this fails instead of waiting (ms). */
  readonly maxRetryAfterMs: number;
  /** Least time between two request starts to one host (ms): 500 gives at most 2 requests a second. */
  readonly minIntervalMs: number;
  readonly maxRedirects: number;
  /** Largest body accepted, in bytes (the parsers' own limit). */
  readonly maxBytes: number;
  /** Hosts a redirect may lead to besides the two configured sites. */
  readonly allowedHosts: readonly string[];
  readonly userAgent: string;
  /** Jitter source in [0, 1). */
  readonly random: () => number;
  /** Name resolution override (a mirror with its own DNS; tests). */
  readonly lookup?: LookupFunction;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 1_000,
  maxBackoffMs: 16_000,
  maxRetryAfterMs: 120_000,
  minIntervalMs: 500,
  maxRedirects: 5,
  maxBytes: MAX_INPUT_BYTES,
  allowedHosts: ['www.europarl.europa.eu', 'europarl.europa.eu', 'eur-lex.europa.eu'],
  userAgent: 'Concordia/0.1 (EU language-version comparison; +https://github.com/concordia)',
  random: Math.random,
};

const ENV_VARS: Readonly<Record<Site, string>> = { ep: 'CONCORDIA_EP_BASE_URL', eurlex: 'CONCORDIA_EURLEX_BASE_URL' };

/**
 * The base addresses to use: per-call overrides, then CONCORDIA_EP_BASE_URL / CONCORDIA_EURLEX_BASE_URL, then the
 * public sites. @throws InvalidInputError for an address that is not http(s).
 */
export function resolveBases(overrides: Partial<SiteBases> = {}, env: NodeJS.ProcessEnv = process.env): SiteBases {
  const pick = (site: Site): string => {
    const value = overrides[site] ?? env[ENV_VARS[site]] ?? DEFAULT_BASES[site];
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new InvalidInputError(`${ENV_VARS[site]} / ${site} base "${value}" is not an address`, {
        params: { variant: 'base-not-address', setting: ENV_VARS[site], site, value },
      });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new InvalidInputError(`${site} base "${value}" must be an http or https address`, { params: { variant: 'base-not-http', site, value } });
    }
    return value.replace(/\/+$/, '');
  };
  return { ep: pick('ep'), eurlex: pick('eurlex') };
}

// ---------------------------------------------------------------------------------------------------------------
// Waiting, with cancellation

function cancelled(): CancelledError {
  return new CancelledError('Cancelled by the user');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return signal?.aborted ? Promise.reject(cancelled()) : Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * One request at a time per host, and at least `minIntervalMs` between starts. Shared by every run in the process
 * so that two windows fetching at once stay polite too.
 */
class HostGate {
  private tail: Promise<void> = Promise.resolve();
  private lastStart = Number.NEGATIVE_INFINITY;

  async run<T>(minIntervalMs: number, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    try {
      await previous;
      throwIfAborted(signal);
      await sleep(this.lastStart + minIntervalMs - Date.now(), signal);
      this.lastStart = Date.now();
      return await fn();
    } finally {
      release();
    }
  }
}

const GATES = new Map<string, HostGate>();

function gateFor(host: string): HostGate {
  let gate = GATES.get(host);
  if (!gate) {
    gate = new HostGate();
    GATES.set(host, gate);
  }
  return gate;
}

// ---------------------------------------------------------------------------------------------------------------
// One HTTP attempt

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The body of a 2xx answer; null for other statuses (not read). */
  readonly body: Uint8Array | null;
}

/** Network errors that mean the host cannot be reached at all: no point retrying or trying its other formats. */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function decompress(body: Buffer, encoding: string | undefined, url: URL): Buffer {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return zlib.gunzipSync(body);
    if (enc === 'deflate') return zlib.inflateSync(body);
    if (enc === 'br') return zlib.brotliDecompressSync(body);
  } catch (e) {
    throw new FetchError('truncated', `the ${enc} body from ${url.href} is damaged or cut off`, {
      url: url.href,
      cause: e,
      params: { variant: 'damaged-encoding', encoding: enc, url: url.href },
    });
  }
  return body;
}

interface AttemptOptions {
  readonly settings: HttpSettings;
  readonly signal: AbortSignal | undefined;
  readonly onBytes?: (received: number, total: number | null) => void;
}

function requestOnce(url: URL, o: AttemptOptions): Promise<RawResponse> {
  const { settings, signal } = o;
  return new Promise<RawResponse>((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
    if (!mod) {
      reject(new FetchError('refused', `${url.href}: only http and https addresses can be fetched`, { url: url.href, params: { variant: 'protocol', url: url.href } }));
      return;
    }
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const fail = (e: Error) => {
      req.destroy();
      finish(() => reject(e));
    };
    const req = mod.get(
      url,
      {
        headers: { 'user-agent': settings.userAgent, accept: '*/*', 'accept-encoding': 'identity' },
        ...(settings.lookup ? { lookup: settings.lookup } : {}),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          res.resume();
          finish(() => resolve({ status, headers: res.headers, body: null }));
          return;
        }
        const lengthHeader = res.headers['content-length'];
        const declared = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
        if (declared !== null && declared > settings.maxBytes) {
          const size = (declared / 1048576).toFixed(1);
          const limit = (settings.maxBytes / 1048576).toFixed(0);
          fail(new FetchError('too-large', `${url.href} is ${size} MB; the limit is ${limit} MB`, { url: url.href, params: { variant: 'too-large', url: url.href, size, limit } }));
          return;
        }
        const chunks: Buffer[] = [];
        let received = 0;
        const cutOff = () =>
          new FetchError('truncated', `the download of ${url.href} was cut off: ${received}${declared !== null ? ` of ${declared}` : ''} bytes received`, {
            url: url.href,
            params: declared !== null ? { variant: 'cut-off-of', url: url.href, received, declared } : { variant: 'cut-off', url: url.href, received },
          });
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > settings.maxBytes) {
            const limit = (settings.maxBytes / 1048576).toFixed(0);
            fail(new FetchError('too-large', `${url.href} is larger than ${limit} MB`, { url: url.href, params: { variant: 'larger-than', url: url.href, limit } }));
            return;
          }
          chunks.push(chunk);
          o.onBytes?.(received, declared);
        });
        res.on('end', () => {
          if (declared !== null && received !== declared) {
            fail(cutOff());
            return;
          }
          try {
            const body = decompress(Buffer.concat(chunks), res.headers['content-encoding'], url);
            finish(() => resolve({ status, headers: res.headers, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) }));
          } catch (e) {
            fail(e as Error);
          }
        });
        res.on('error', () => fail(cutOff()));
        res.on('close', () => {
          if (!res.complete) fail(cutOff());
        });
      },
    );
    req.on('error', (e) => {
      const code = errorCode(e);
      if (code && OFFLINE_CODES.has(code)) {
        finish(() => reject(new FetchError('offline', `cannot reach ${url.host} (${code})`, { url: url.href, cause: e, params: { variant: 'unreachable', host: url.host, detail: code } })));
      } else {
        const detail = code ?? e.message;
        finish(() =>
          reject(new FetchError('network', `the connection to ${url.host} failed (${detail})`, { url: url.href, cause: e, params: { variant: 'network', host: url.host, detail } })),
        );
      }
    });
    const timer = setTimeout(() => {
      const file = url.pathname.split('/').pop() || url.href;
      const seconds = Math.round(settings.timeoutMs / 100) / 10;
      fail(new FetchError('timeout', `${url.host} did not send ${file} within ${seconds} s`, { url: url.href, params: { variant: 'timeout', host: url.host, file, seconds } }));
    }, settings.timeoutMs);
    const onAbort = () => fail(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Retries, redirects, rate limiting

/** Low-level events of one download; fetchOfficial turns them into FetchProgress. */
export type HttpEvent =
  | { readonly kind: 'request'; readonly url: string; readonly attempt: number }
  | { readonly kind: 'retry'; readonly url: string; readonly attempt: number; readonly delayMs: number; readonly why: string; readonly cause: OutcomeCause }
  | { readonly kind: 'rate-limited'; readonly url: string; readonly delayMs: number }
  | { readonly kind: 'redirect'; readonly from: string; readonly to: string }
  | { readonly kind: 'bytes'; readonly url: string; readonly received: number; readonly total: number | null };

export interface Downloaded {
  readonly url: string;
  readonly finalUrl: string;
  readonly contentType: string | null;
  readonly body: Uint8Array;
  readonly attempts: number;
}

/** Retry-After: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function backoffDelay(failedAttempt: number, s: HttpSettings): number {
  const full = Math.min(s.maxBackoffMs, s.backoffMs * 2 ** (failedAttempt - 1));
  return Math.round(full / 2 + s.random() * (full / 2));
}

const TRANSIENT: ReadonlySet<FetchFailure> = new Set<FetchFailure>(['timeout', 'truncated', 'network']);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * GETs one address: per-host gate, redirects (at most `maxRedirects`, only to allowed hosts, never https→http),
 * retries with exponential backoff and jitter for 5xx/timeouts/cut-off bodies/resets, 429 and 503 honouring
 * Retry-After. @throws FetchError (reason says why) or CancelledError.
 */
export async function download(
  address: string,
  settings: HttpSettings,
  options: { signal?: AbortSignal; onEvent?: (e: HttpEvent) => void; allowedHosts?: readonly string[] } = {},
): Promise<Downloaded> {
  const { signal, onEvent } = options;
  const allowed = new Set([...settings.allowedHosts, ...(options.allowedHosts ?? [])].map((h) => h.toLowerCase()));
  let url = new URL(address);
  allowed.add(url.host.toLowerCase());
  let attempt = 0;
  let redirects = 0;
  for (;;) {
    attempt++;
    onEvent?.({ kind: 'request', url: url.href, attempt });
    let res: RawResponse;
    const current = url;
    try {
      res = await gateFor(current.host).run(settings.minIntervalMs, signal, () =>
        requestOnce(current, { settings, signal, onBytes: (received, total) => onEvent?.({ kind: 'bytes', url: current.href, received, total }) }),
      );
    } catch (e) {
      if (e instanceof FetchError && TRANSIENT.has(e.reason)) {
        if (attempt <= settings.retries) {
          const delayMs = backoffDelay(attempt, settings);
          onEvent?.({ kind: 'retry', url: current.href, attempt, delayMs, why: e.message, cause: causeOf(e) });
          await sleep(delayMs, signal);
          continue;
        }
        // The last attempt's wording, with the count: every transient failure that leaves download() has `attempts`.
        throw new FetchError(e.reason, `${e.message} (${plural(attempt, 'attempt')})`, { url: current.href, cause: e, params: { ...e.params, attempts: attempt } });
      }
      throw e;
    }
    const { status, headers } = res;
    if (status >= 300 && status < 400 && status !== 304 && headers.location) {
      redirects++;
      attempt--; // a redirect hop is not a failed attempt
      if (redirects > settings.maxRedirects) {
        throw new FetchError('redirect', `${address} redirects more than ${settings.maxRedirects} times (last: ${current.href})`, {
          url: address,
          params: { variant: 'too-many-redirects', url: address, max: settings.maxRedirects, last: current.href },
        });
      }
      const next = new URL(headers.location, current);
      if (!allowed.has(next.host.toLowerCase())) {
        throw new FetchError('redirect', `${current.href} redirects to ${next.host}, which is not one of the sites Concordia fetches from`, {
          url: current.href,
          params: { variant: 'redirect-host', url: current.href, host: next.host },
        });
      }
      if (current.protocol === 'https:' && next.protocol !== 'https:') {
        const protocol = next.protocol.replace(':', '');
        throw new FetchError('redirect', `${current.href} redirects from https to ${protocol}; refused`, { url: current.href, params: { variant: 'redirect-https', url: current.href, protocol } });
      }
      onEvent?.({ kind: 'redirect', from: current.href, to: next.href });
      url = next;
      continue;
    }
    if (status >= 200 && status < 300 && res.body) {
      const type = headers['content-type'] ?? null;
      return { url: address, finalUrl: current.href, contentType: type, body: res.body, attempts: attempt };
    }
    // The English message says "404 Not Found"; params carry the number alone, which every language can print.
    const label = `${status} ${http.STATUS_CODES[status] ?? ''}`.trim();
    if (status === 404 || status === 410) {
      throw new FetchError('not-found', `${current.href}: ${label}`, { url: current.href, params: { variant: 'http-not-found', url: current.href, status } });
    }
    const retryAfter = parseRetryAfter(typeof headers['retry-after'] === 'string' ? headers['retry-after'] : undefined);
    if (status === 429 || (status === 503 && retryAfter !== null)) {
      const delayMs = retryAfter ?? backoffDelay(attempt, settings);
      if (delayMs > settings.maxRetryAfterMs) {
        const seconds = Math.ceil(delayMs / 1000);
        const limit = Math.round(settings.maxRetryAfterMs / 1000);
        throw new FetchError(
          'rate-limited',
          `${current.host} asks Concordia to wait ${seconds} s (${label}, Retry-After); that is longer than the ${limit} s limit, try again later`,
          { url: current.href, params: { variant: 'retry-after-too-long', host: current.host, seconds, status, limit } },
        );
      }
      if (attempt > settings.retries) {
        throw new FetchError('rate-limited', `${current.host} still refuses with ${label} after ${plural(attempt, 'attempt')}; try again later`, {
          url: current.href,
          params: { variant: 'rate-limited', host: current.host, status, attempts: attempt },
        });
      }
      onEvent?.({ kind: 'rate-limited', url: current.href, delayMs });
      await sleep(delayMs, signal);
      continue;
    }
    if (status >= 500) {
      if (attempt <= settings.retries) {
        const delayMs = backoffDelay(attempt, settings);
        onEvent?.({ kind: 'retry', url: current.href, attempt, delayMs, why: label, cause: { code: 'fetch', message: label, params: { variant: 'http-status', status } } });
        await sleep(delayMs, signal);
        continue;
      }
      throw new FetchError('server-error', `server error ${label} from ${current.host} after ${plural(attempt, 'attempt')} (${current.href})`, {
        url: current.href,
        params: { variant: 'server-error', status, host: current.host, attempts: attempt, url: current.href },
      });
    }
    throw new FetchError('refused', `${current.href}: ${label}`, { url: current.href, params: { variant: 'http-refused', url: current.href, status } });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The run

/** What the UI shows while a run goes on. `lang` is null while the reference itself is being resolved. */
export interface FetchProgress {
  readonly lang: LangCode | null;
  readonly phase: 'resolving' | 'requesting' | 'retrying' | 'waiting' | 'redirected' | 'downloading' | 'importing' | 'done' | 'failed' | 'cancelled';
  readonly url: string | null;
  /** In English (CLI, logs). */
  readonly message: string;
  /**
   * `message` for the UI, as an outcome's: `variant` names the wording (`fetch.detail.<variant>`); a finished
   * language's event has its outcome's params and causes.
   */
  readonly params: ErrorParams;
  readonly causes?: readonly OutcomeCause[];
  readonly received?: number;
  readonly total?: number | null;
}

/**
 * imported: in the project. saved: written to the folder and readable. unparsed: downloaded and saved, but no
 * reader for its format yet (or it could not be read): not in the project. cached: already fetched earlier, not
 * downloaded again. failed / cancelled: nothing stored for that language.
 */
export type FetchStatus = 'imported' | 'saved' | 'unparsed' | 'cached' | 'failed' | 'cancelled';

/**
 * An error an outcome names: a site's worst failure (with `site`), or the error that kept a download out of the
 * project. As a failed call's error: code, English message, params when it has them.
 */
export interface OutcomeCause {
  readonly site?: Site;
  readonly code: string;
  readonly message: string;
  readonly params?: ErrorParams;
}

export interface FetchOutcome {
  readonly lang: LangCode;
  readonly status: FetchStatus;
  /** One line for the user in English (CLI, logs), naming the language, the address or the reason. */
  readonly message: string;
  /**
   * `message` for the UI: `variant` names the wording (`fetch.detail.<variant>`), the rest are the values it
   * interpolates. The language itself is not among them (the UI shows it beside the line).
   */
  readonly params: ErrorParams;
  /** The errors the line names (a failure per site, an import error), to be worded after it; often none. */
  readonly causes: readonly OutcomeCause[];
  /** The main reason of a failure. */
  readonly reason: FetchFailure | 'cancelled' | 'import' | null;
  readonly url: string | null;
  readonly format: SourceFormat | null;
  readonly bytes: number;
  readonly sha256: string | null;
  readonly fetchedAt: string | null;
  /** Where the bytes were written (folder mode, or a download that could not be imported). */
  readonly file: string | null;
  readonly documentId: string | null;
  /** Every address tried, with what happened. */
  readonly tried: readonly { readonly url: string; readonly result: string }[];
}

export interface FetchReport {
  readonly input: string;
  readonly reference: DocumentReference;
  /** Printed form of the document fetched: P9_TA(2022)0012 … */
  readonly document: string;
  /** The procedure page the reference was resolved through, when a procedure number was given. */
  readonly procedure: ProcedureDocuments | null;
  readonly outcomes: readonly FetchOutcome[];
}

export interface FetchOfficialOptions {
  readonly onProgress?: (p: FetchProgress) => void;
  readonly signal?: AbortSignal;
  /** Import into this open project (one transaction per language). */
  readonly project?: ProjectService | null;
  /** Also (or, without a project, only) write the files here, with concordia-fetch.json (URL, date, SHA-256). */
  readonly outDir?: string | ((ref: DocumentReference) => string) | null;
  readonly bases?: Partial<SiteBases>;
  readonly http?: Partial<HttpSettings>;
  /** Download again even when the project or folder already has this document in that language. */
  readonly refresh?: boolean;
  readonly now?: () => Date;
}

const MANIFEST = 'concordia-fetch.json';

interface ManifestEntry {
  readonly lang: LangCode;
  readonly document: string;
  readonly url: string;
  readonly fetchedAt: string;
  readonly file: string;
  readonly format: SourceFormat;
  readonly bytes: number;
  readonly sha256: string;
  readonly parsed: boolean;
}

/** Serialises async sections (manifest writes, project imports) that languages reach concurrently. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    try {
      await previous;
      return await fn();
    } finally {
      release();
    }
  }
}

/** Writes a file so that it is either complete or absent: a temporary name in the same folder, then a rename. */
async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.part`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

async function readManifest(dir: string): Promise<ManifestEntry[]> {
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as { entries?: ManifestEntry[] };
    return Array.isArray(parsed.entries) ? parsed.entries : [];
  } catch {
    return [];
  }
}

async function fileExists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Whether a stored sourceUrl points at this document (any term's doceo id or its CELEX number). */
function isSameDocument(sourceUrl: string | null, ref: DocumentReference): boolean {
  if (!sourceUrl) return false;
  const { url } = parseSourceUrl(sourceUrl);
  const ids = [...ref.terms.map((t) => `/${doceoId(ref, t)}_`), ...(celexNumber(ref) ? [`CELEX:${celexNumber(ref)}`] : [])];
  return ids.some((id) => url.includes(id));
}

const SITE_NAMES: Readonly<Record<Site, string>> = { ep: 'European Parliament', eurlex: 'EUR-Lex' };

/** A site that cannot be reached at all, naming the setting that points Concordia at a mirror. */
function offlineError(site: Site, bases: SiteBases, url: string, cause: unknown): FetchError {
  const host = new URL(bases[site]).host;
  return new FetchError('offline', `cannot reach ${host}: offline or blocked? (set ${ENV_VARS[site]} for a mirror)`, {
    url,
    cause,
    params: { variant: 'offline', host, setting: ENV_VARS[site] },
  });
}

/** Ranks failures by how much they tell the user: a reachable server's error beats "not there in this format". */
const REASON_WEIGHT: Readonly<Record<FetchFailure, number>> = {
  offline: 9, 'server-error': 8, timeout: 8, 'rate-limited': 8, truncated: 7, network: 7, 'too-large': 6, redirect: 5, refused: 5, 'wrong-content': 4, 'not-found': 1,
};

/** An error as an outcome names it (code, English message, params when it has them). */
function causeOf(e: CoreError): OutcomeCause {
  return { code: e.code, message: e.message, ...(e.params ? { params: e.params } : {}) };
}

interface Attempted {
  readonly candidate: CandidateUrl;
  readonly error: FetchError;
}

function summariseFailures(
  lang: LangCode,
  docName: string,
  failures: readonly Attempted[],
  bases: SiteBases,
): { message: string; reason: FetchFailure; params: ErrorParams; causes: OutcomeCause[] } {
  const L = lang.toUpperCase();
  if (failures.length === 0) return { message: `${L}: no address to try for ${docName}`, reason: 'not-found', params: { variant: 'no-address', document: docName }, causes: [] };
  if (failures.every((f) => f.error.reason === 'not-found')) {
    const formats = [...new Set(failures.map((f) => f.candidate.format.toUpperCase()))].join(', ');
    const hosts = [...new Set(failures.map((f) => new URL(bases[f.candidate.site]).host))];
    return {
      message: `${L}: the ${L} version of ${docName} does not exist (404 for ${formats} on ${hosts.join(' and ')})`,
      reason: 'not-found',
      // Two hosts (the EP and EUR-Lex) as two params, so the UI joins them with its own "and".
      params:
        hosts.length === 1
          ? { variant: 'not-found', document: docName, formats, host: hosts[0] }
          : { variant: 'not-found-sites', document: docName, formats, host: hosts[0], otherHost: hosts[1] },
      causes: [],
    };
  }
  const parts: string[] = [];
  const causes: OutcomeCause[] = [];
  for (const site of ['ep', 'eurlex'] as const) {
    const mine = failures.filter((f) => f.candidate.site === site);
    if (mine.length === 0) continue;
    const worst = [...mine].sort((a, b) => REASON_WEIGHT[b.error.reason] - REASON_WEIGHT[a.error.reason])[0];
    let cause: OutcomeCause;
    if (worst.error.reason === 'not-found') {
      // Every format 404 on this site: one cause for all of them, not the first 404's address.
      const formats = mine.map((f) => f.candidate.format.toUpperCase()).join(', ');
      cause = { site, code: 'fetch', message: `not found (404 for ${formats})`, params: { variant: 'site-not-found', formats } };
    } else cause = { site, ...causeOf(worst.error) };
    causes.push(cause);
    parts.push(`${SITE_NAMES[site]}: ${cause.message}`);
  }
  const reason = [...failures].sort((a, b) => REASON_WEIGHT[b.error.reason] - REASON_WEIGHT[a.error.reason])[0].error.reason;
  return { message: `${L}: ${docName} could not be fetched — ${parts.join('; ')}`, reason, params: { variant: 'failed', document: docName }, causes };
}

/**
 * Resolves a reference (doc id, CELEX or procedure number) to the document to fetch. A procedure is looked up on
 * the Legislative Observatory; its text adopted is preferred, then its joint motion.
 * @throws InvalidInputError for an unknown reference form, FetchError when the procedure page is unreachable,
 * missing, or lists no text adopted or joint motion, CancelledError.
 */
export async function resolveReference(
  input: string,
  bases: SiteBases,
  settings: HttpSettings,
  options: { signal?: AbortSignal; onProgress?: (p: FetchProgress) => void } = {},
): Promise<{ reference: DocumentReference; procedure: ProcedureDocuments | null }> {
  const ref = parseReference(input);
  if (ref.kind !== 'procedure') return { reference: ref, procedure: null };
  const proc = formatReference(ref);
  const url = procedureUrl(ref, bases);
  options.onProgress?.({ lang: null, phase: 'resolving', url, message: `looking up procedure ${proc} on the Legislative Observatory`, params: { variant: 'looking-up', procedure: proc } });
  let page: Downloaded;
  try {
    page = await download(url, settings, { signal: options.signal, allowedHosts: [new URL(bases.eurlex).host] });
  } catch (e) {
    if (e instanceof FetchError && e.reason === 'offline') throw offlineError('ep', bases, url, e);
    if (e instanceof FetchError && e.reason === 'not-found') {
      throw new FetchError('not-found', `the Legislative Observatory has no procedure ${proc} (${url})`, { url, cause: e, params: { variant: 'no-procedure', procedure: proc, url } });
    }
    throw e;
  }
  const problem = contentProblem('html', page.contentType, page.body.subarray(0, 512));
  if (problem) throw new FetchError('wrong-content', `${url}: ${problem.message}`, { url, params: { ...problem.params, url } });
  const docs = parseProcedurePage(new TextDecoder().decode(page.body), ref);
  if (!docs) {
    throw new FetchError('not-found', `the Legislative Observatory has no procedure ${proc} (its page does not mention it)`, {
      url,
      params: { variant: 'procedure-not-mentioned', procedure: proc },
    });
  }
  const primary = primaryDocument(docs);
  if (!primary) {
    const others = [...docs.motions, ...docs.reports].map(formatReference);
    throw new FetchError(
      'not-found',
      `procedure ${proc} has no text adopted or joint motion yet${others.length ? `; its documents: ${others.join(', ')} — fetch one of them by its number` : ''}`,
      { url, params: others.length ? { variant: 'no-text-adopted-others', procedure: proc, documents: others.join(', ') } : { variant: 'no-text-adopted', procedure: proc } },
    );
  }
  const document = formatReference(primary);
  options.onProgress?.({ lang: null, phase: 'resolving', url, message: `procedure ${proc}: ${document}`, params: { variant: 'resolved', procedure: proc, document } });
  return { reference: primary, procedure: docs };
}

/**
 * Fetches the official language versions of an EP text and stores each language completely or not at all: into
 * `project` (one addDocument/replaceDocument per language, with `sourceUrl` = the final address; the store records the date) and/or into
 * `outDir` (written atomically, listed in concordia-fetch.json). For each language the candidates are tried in
 * order HTML, DOCX, PDF (doceo, then EUR-Lex); an unreachable host, a server error after retries, a timeout or a
 * cut-off body on one site moves on to the other site. A format with no reader yet is saved and reported
 * "downloaded, not parsed yet", never imported. Languages run concurrently; the per-host gate keeps it to one
 * request at a time and at most two a second per host. Cancelling (`signal`) stops downloads and waits, marks the
 * unfinished languages `cancelled` and leaves them unstored.
 * @throws InvalidInputError for a bad reference or base address; FetchError when a procedure cannot be resolved.
 */
export async function fetchOfficial(input: string, langs: readonly LangCode[], options: FetchOfficialOptions = {}): Promise<FetchReport> {
  const settings: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, ...options.http };
  const bases = resolveBases(options.bases);
  const now = options.now ?? (() => new Date());
  const { signal, onProgress, project } = options;
  if (langs.length === 0) throw new InvalidInputError('name at least one language to fetch', { params: { variant: 'no-languages' } });
  const { reference, procedure } = await resolveReference(input, bases, settings, { signal, onProgress });
  const docName = formatReference(reference);
  const outDir = typeof options.outDir === 'function' ? options.outDir(reference) : (options.outDir ?? null);
  // Where a download that cannot go into the project is kept, so the bytes are not lost.
  const spillDir = outDir ?? (project ? `${project.path}.downloads` : null);
  const allowedHosts = [new URL(bases.ep).host, new URL(bases.eurlex).host];
  const downSites = new Map<Site, FetchError>();
  const manifestLock = new Mutex();
  const importLock = new Mutex();

  const emit = (p: FetchProgress) => onProgress?.(p);

  const recordInManifest = async (dir: string, entry: ManifestEntry) =>
    manifestLock.run(async () => {
      const entries = (await readManifest(dir)).filter((e) => !(e.lang === entry.lang && e.document === entry.document));
      entries.push(entry);
      entries.sort((a, b) => a.document.localeCompare(b.document) || a.lang.localeCompare(b.lang));
      await writeAtomically(path.join(dir, MANIFEST), `${JSON.stringify({ entries }, null, 2)}\n`);
    });

  const saveBytes = async (dir: string, lang: LangCode, got: Downloaded, candidate: CandidateUrl, fetchedAt: Date, parsed: boolean) => {
    const file = path.join(dir, candidate.fileName);
    await writeAtomically(file, got.body);
    await recordInManifest(dir, {
      lang, document: docName, url: got.finalUrl, fetchedAt: fetchedAt.toISOString(), file: candidate.fileName,
      format: candidate.format, bytes: got.body.length, sha256: sha256(got.body), parsed,
    });
    return file;
  };

  const cachedOutcome = async (lang: LangCode): Promise<FetchOutcome | null> => {
    if (options.refresh) return null;
    const base = { lang, reason: null, bytes: 0, sha256: null, tried: [], causes: [] } as const;
    if (project) {
      const doc = project.listDocuments().find((d: DocumentSummary) => d.lang === lang && isSameDocument(d.sourceUrl, reference));
      if (!doc) return null;
      const src = parseSourceUrl(doc.sourceUrl ?? '');
      return {
        ...base,
        status: 'cached',
        message: `${lang.toUpperCase()}: already in the project (${src.url}${src.fetchedAt ? `, fetched ${src.fetchedAt}` : ''}); use refresh to download again`,
        params: src.fetchedAt ? { variant: 'cached-project', url: src.url, fetchedAt: src.fetchedAt } : { variant: 'cached-project-undated', url: src.url },
        url: src.url,
        format: doc.format,
        fetchedAt: src.fetchedAt,
        file: null,
        documentId: doc.id,
      };
    }
    if (outDir) {
      const entry = (await readManifest(outDir)).find((e) => e.lang === lang && e.document === docName && e.parsed);
      if (!entry || !(await fileExists(path.join(outDir, entry.file)))) return null;
      return {
        ...base,
        status: 'cached',
        message: `${lang.toUpperCase()}: already in ${outDir} (${entry.url}, fetched ${entry.fetchedAt})`,
        params: { variant: 'cached-folder', folder: outDir, url: entry.url, fetchedAt: entry.fetchedAt },
        url: entry.url,
        format: entry.format,
        fetchedAt: entry.fetchedAt,
        file: path.join(outDir, entry.file),
        documentId: null,
        bytes: entry.bytes,
        sha256: entry.sha256,
      };
    }
    return null;
  };

  const fetchOne = async (lang: LangCode): Promise<FetchOutcome> => {
    const L = lang.toUpperCase();
    const tried: { url: string; result: string }[] = [];
    const failures: Attempted[] = [];
    const skipSites = new Set<Site>();
    const cached = await cachedOutcome(lang);
    if (cached) {
      emit({ lang, phase: 'done', url: cached.url, message: cached.message, params: cached.params });
      return cached;
    }
    for (const candidate of buildUrls(reference, lang, bases)) {
      throwIfAborted(signal);
      const down = downSites.get(candidate.site);
      if (down) {
        failures.push({ candidate, error: down });
        tried.push({ url: candidate.url, result: 'skipped: host unreachable' });
        continue;
      }
      if (skipSites.has(candidate.site)) {
        tried.push({ url: candidate.url, result: 'skipped after an earlier failure on this site' });
        continue;
      }
      let lastBytesEvent = 0;
      let got: Downloaded;
      try {
        got = await download(candidate.url, settings, {
          signal,
          allowedHosts,
          onEvent: (e) => {
            switch (e.kind) {
              case 'request':
                emit({
                  lang,
                  phase: 'requesting',
                  url: e.url,
                  message: `${L}: requesting ${e.url}${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}`,
                  params: e.attempt > 1 ? { variant: 'requesting-again', url: e.url, attempt: e.attempt } : { variant: 'requesting', url: e.url },
                });
                break;
              case 'retry': {
                const seconds = (e.delayMs / 1000).toFixed(1);
                emit({ lang, phase: 'retrying', url: e.url, message: `${L}: ${e.why}; retrying in ${seconds} s`, params: { variant: 'retrying', seconds }, causes: [e.cause] });
                break;
              }
              case 'rate-limited': {
                const seconds = (e.delayMs / 1000).toFixed(1);
                emit({ lang, phase: 'waiting', url: e.url, message: `${L}: the server asks to slow down; waiting ${seconds} s`, params: { variant: 'waiting', seconds } });
                break;
              }
              case 'redirect':
                emit({ lang, phase: 'redirected', url: e.to, message: `${L}: redirected to ${e.to}`, params: { variant: 'redirected', url: e.to } });
                break;
              case 'bytes':
                if (e.received - lastBytesEvent >= 65536 || e.received === e.total) {
                  lastBytesEvent = e.received;
                  emit({ lang, phase: 'downloading', url: e.url, message: `${L}: ${e.received} bytes`, params: { variant: 'downloading', received: e.received }, received: e.received, total: e.total });
                }
                break;
              default:
                missingCase(e);
            }
          },
        });
      } catch (e) {
        if (!(e instanceof FetchError)) throw e;
        let error = e;
        if (e.reason === 'offline') {
          error = offlineError(candidate.site, bases, candidate.url, e);
          downSites.set(candidate.site, error);
        } else if (e.reason !== 'not-found' && e.reason !== 'wrong-content' && e.reason !== 'refused' && e.reason !== 'redirect' && e.reason !== 'too-large') {
          skipSites.add(candidate.site); // the site is struggling: do not hammer it with the other formats
        }
        failures.push({ candidate, error });
        tried.push({ url: candidate.url, result: error.message });
        continue;
      }
      let problem = contentProblem(candidate.format, got.contentType, got.body.subarray(0, 1024));
      if (!problem && candidate.format === 'html' && !mentionsDocument(new TextDecoder().decode(got.body), reference, procedure?.procedure)) {
        problem = { message: `the page does not name ${docName}: not the document (a notice or search page?)`, params: { variant: 'not-the-document', document: docName } };
      }
      if (problem) {
        const error = new FetchError('wrong-content', `${got.finalUrl}: ${problem.message}`, { url: got.finalUrl, params: { ...problem.params, url: got.finalUrl } });
        failures.push({ candidate, error });
        tried.push({ url: candidate.url, result: error.message });
        continue;
      }
      tried.push({ url: candidate.url, result: `downloaded ${got.body.length} bytes` });
      return store(lang, candidate, got, tried);
    }
    const { message, reason, params, causes } = summariseFailures(lang, docName, failures, bases);
    emit({ lang, phase: 'failed', url: null, message, params, causes });
    return { lang, status: 'failed', message, params, causes, reason, url: null, format: null, bytes: 0, sha256: null, fetchedAt: null, file: null, documentId: null, tried };
  };

  const store = async (lang: LangCode, candidate: CandidateUrl, got: Downloaded, tried: FetchOutcome['tried']): Promise<FetchOutcome> => {
    const L = lang.toUpperCase();
    const fetchedAt = now();
    const format: SourceFormat = candidate.format;
    const common = {
      lang, url: got.finalUrl, format, bytes: got.body.length, sha256: sha256(got.body), fetchedAt: fetchedAt.toISOString(), tried,
    };
    throwIfAborted(signal);
    emit({ lang, phase: 'importing', url: got.finalUrl, message: `${L}: reading ${candidate.fileName}`, params: { variant: 'reading', file: candidate.fileName } });
    if (!PARSERS[format]) {
      const file = spillDir ? await saveBytes(spillDir, lang, got, candidate, fetchedAt, false) : null;
      const name = format.toUpperCase();
      const message = `${L}: downloaded, not parsed yet — Concordia has no ${name} reader in this build${file ? `; saved as ${file}` : ''}`;
      const params: ErrorParams = file ? { variant: 'no-reader-saved', format: name, file } : { variant: 'no-reader', format: name };
      emit({ lang, phase: 'done', url: got.finalUrl, message, params });
      return { ...common, status: 'unparsed', message, params, causes: [], reason: null, file, documentId: null };
    }
    if (project) {
      return importLock.run(async () => {
        throwIfAborted(signal);
        const existing = project.listDocuments().find((d) => d.lang === lang && isSameDocument(d.sourceUrl, reference));
        const importOptions = { fileName: candidate.fileName, lang, official: true, format, sourceUrl: got.finalUrl };
        try {
          const result = existing ? await project.replaceDocument(existing.id, got.body, importOptions) : await project.addDocument(got.body, importOptions);
          const file = outDir ? await saveBytes(outDir, lang, got, candidate, fetchedAt, true) : null;
          const units = result.document.unitCount;
          const message = `${L}: imported ${candidate.fileName} from ${got.finalUrl} (${units} units)${existing ? ', replacing the earlier download' : ''}`;
          const values = { file: candidate.fileName, url: got.finalUrl, units };
          const params: ErrorParams = existing ? { variant: 'replaced', ...values } : { variant: 'imported', ...values };
          emit({ lang, phase: 'done', url: got.finalUrl, message, params });
          return { ...common, status: 'imported' as const, message, params, causes: [], reason: null, file, documentId: result.document.id };
        } catch (e) {
          if (!(e instanceof CoreError)) throw e;
          const file = spillDir ? await saveBytes(spillDir, lang, got, candidate, fetchedAt, false) : null;
          const message = `${L}: downloaded ${got.finalUrl} but could not import it: ${e.message} (the project is unchanged${file ? `; bytes kept in ${file}` : ''})`;
          const params: ErrorParams = file ? { variant: 'import-failed-kept', url: got.finalUrl, file } : { variant: 'import-failed', url: got.finalUrl };
          const causes = [causeOf(e)];
          emit({ lang, phase: 'failed', url: got.finalUrl, message, params, causes });
          return { ...common, status: 'failed' as const, message, params, causes, reason: 'import' as const, file, documentId: null };
        }
      });
    }
    let units = 0;
    let readError: CoreError | null = null;
    try {
      const doc = await parseDocument(got.body, { fileName: candidate.fileName, lang, official: true, format });
      units = doc.units.length;
    } catch (e) {
      if (!(e instanceof CoreError)) throw e;
      readError = e;
    }
    const parsedOk = readError === null;
    const file = outDir ? await saveBytes(outDir, lang, got, candidate, fetchedAt, parsedOk) : null;
    const saved = file ?? candidate.fileName;
    const message = !readError
      ? `${L}: saved ${saved} from ${got.finalUrl} (${units} units)`
      : `${L}: downloaded ${got.finalUrl} but could not read it: ${readError.message}${file ? `; saved as ${file}` : ''}`;
    const params: ErrorParams = !readError
      ? { variant: 'saved', file: saved, url: got.finalUrl, units }
      : file
        ? { variant: 'unreadable-saved', url: got.finalUrl, file }
        : { variant: 'unreadable', url: got.finalUrl };
    const causes = readError ? [causeOf(readError)] : [];
    emit({ lang, phase: 'done', url: got.finalUrl, message, params, causes });
    return { ...common, status: parsedOk ? 'saved' : 'unparsed', message, params, causes, reason: null, file, documentId: null };
  };

  const outcomes = await Promise.all(
    [...new Set(langs)].map(async (lang): Promise<FetchOutcome> => {
      try {
        return await fetchOne(lang);
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        const message = `${lang.toUpperCase()}: cancelled; nothing stored for this language`;
        emit({ lang, phase: 'cancelled', url: null, message, params: { variant: 'cancelled' } });
        return {
          lang,
          status: 'cancelled',
          message,
          params: { variant: 'cancelled' },
          causes: [],
          reason: 'cancelled',
          url: null,
          format: null,
          bytes: 0,
          sha256: null,
          fetchedAt: null,
          file: null,
          documentId: null,
          tried: [],
        };
      }
    }),
  );
  return { input, reference, document: docName, procedure, outcomes };
}
