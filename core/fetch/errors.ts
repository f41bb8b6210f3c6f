import { CoreError } from '../errors.js';
import type { ErrorParams } from '../errors.js';

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

/**
 * A download or a resolution step failed for a reason outside Concordia (network, server, missing document).
 * `params.variant` names the wording (the UI shows `errors.fetch_<variant>`); the other params are the values the
 * English message interpolates. `reason` is the broad class the service acts on; several wordings share one.
 */
export class FetchError extends CoreError {
  readonly code = 'fetch' as const;
  readonly reason: FetchFailure;
  /** The address concerned, when there is one. */
  readonly url: string | null;
  constructor(reason: FetchFailure, message: string, options: { url?: string | null; cause?: unknown; params?: ErrorParams } = {}) {
    super(message, { cause: options.cause, params: options.params });
    this.reason = reason;
    this.url = options.url ?? null;
  }
}
