import { CoreError } from '../errors.js';

/** Why a download failed; the service decides per reason whether to retry, try the next format, or give up. */
export type FetchFailure =
  | 'offline'
  | 'not-found'
  | 'server-error'
  | 'timeout'
  | 'truncated'
  | 'wrong-content'
  | 'redirect'
  | 'rate-limited'
  | 'too-large'
  | 'refused'
  | 'network';

/** A download or a resolution step failed for a reason outside Concordia (network, server, missing document). */
export class FetchError extends CoreError {
  readonly code = 'fetch' as const;
  readonly reason: FetchFailure;
  /** The address concerned, when there is one. */
  readonly url: string | null;
  constructor(reason: FetchFailure, message: string, options: { url?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.reason = reason;
    this.url = options.url ?? null;
  }
}
