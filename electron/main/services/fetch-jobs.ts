// Background runs of "Get official versions" (issue #9): `start` launches fetchOfficial into the open project and
// returns a job id at once; the renderer polls `status` (progress events so far, then the per-language report)
// and may `cancel`. Works the same over IPC and HTTP: no push channel, only request/answer.
import { randomUUID } from 'node:crypto';
import { CoreError, NotFoundError } from '../../../core/index.js';
import type { LangCode } from '../../../core/index.js';
import { formatReference, parseReference } from '../../../core/fetch/index.js';
import type { FetchJobEvent, FetchJobOutcome, FetchJobState, FetchJobStatus } from '../../ipc/contract.js';
import type { ProjectService } from '../../ipc/project-api.js';
// handlers.ts imports this module too; toIpcFailure is only called once a job fails, so the cycle is harmless.
import { toIpcFailure } from '../handlers.js';
import { fetchOfficial } from './fetch-service.js';
import type { FetchProgress, FetchReport, HttpSettings } from './fetch-service.js';
import type { SiteBases } from '../../../core/fetch/index.js';

/** Progress events kept per job; older ones are dropped (the progress list shows the latest per language). */
export const MAX_EVENTS = 400;
/** Finished jobs kept for late polls; the oldest finished go first. */
export const MAX_FINISHED_JOBS = 20;

export interface FetchJobsOptions {
  /** Base addresses; by default the fetch service reads CONCORDIA_EP_BASE_URL / CONCORDIA_EURLEX_BASE_URL. */
  readonly bases?: Partial<SiteBases>;
  /** HTTP timing (tests shorten the waits). */
  readonly http?: Partial<HttpSettings>;
}

interface Job {
  readonly id: string;
  state: FetchJobState;
  readonly events: FetchJobEvent[];
  document: string | null;
  report: readonly FetchJobOutcome[] | null;
  error: FetchJobStatus['error'];
  readonly controller: AbortController;
  readonly finished: Promise<void>;
}

function toEvent(p: FetchProgress): FetchJobEvent {
  const base = { lang: p.lang, phase: p.phase, message: p.message, params: p.params, ...(p.causes?.length ? { causes: p.causes } : {}) };
  return p.received === undefined ? base : { ...base, received: p.received, total: p.total ?? null };
}

function toOutcomes(report: FetchReport): FetchJobOutcome[] {
  return report.outcomes.map((o) => ({
    lang: o.lang,
    status: o.status,
    message: o.message,
    params: o.params,
    causes: o.causes,
    reason: o.reason,
    url: o.url,
    bytes: o.bytes,
    documentId: o.documentId,
  }));
}

/** Registry of fetch runs of one process (one per dispatcher). */
export class FetchJobs {
  private readonly jobs = new Map<string, Job>();
  constructor(private readonly options: FetchJobsOptions = {}) {}

  /**
   * Starts downloading `langs` of the document `ref` names into `project` and returns its job id at once.
   * @throws InvalidInputError when `ref` is not a reference Concordia reads (before anything starts).
   */
  start(project: ProjectService, input: { ref: string; langs: readonly LangCode[]; refresh?: boolean }): { jobId: string } {
    // Read the reference now so that a typo is an invalid-input answer, not a failed job.
    const reference = parseReference(input.ref);
    const controller = new AbortController();
    const id = randomUUID();
    const events: FetchJobEvent[] = [];
    const job: Job = {
      id,
      state: 'running',
      events,
      document: reference.kind === 'procedure' ? null : formatReference(reference),
      report: null,
      error: null,
      controller,
      finished: fetchOfficial(input.ref, input.langs, {
        project,
        signal: controller.signal,
        refresh: input.refresh,
        bases: this.options.bases,
        http: this.options.http,
        onProgress: (p) => {
          events.push(toEvent(p));
          if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
        },
      }).then(
        (report) => {
          job.document = report.document;
          job.report = toOutcomes(report);
          job.state = controller.signal.aborted ? 'cancelled' : 'done';
        },
        (e: unknown) => {
          if (e instanceof CoreError && e.code === 'cancelled') {
            job.state = 'cancelled';
            return;
          }
          job.state = 'failed';
          // The same code, message and params as a failed call, so the dialog words both alike.
          if (e instanceof CoreError) job.error = toIpcFailure(e).error;
          else {
            console.error('Concordia: fetch job failed', e);
            // Nothing of the error itself leaves the process; the variant lets the dialog say this in its language.
            job.error = { code: 'internal', message: 'Internal error while fetching; see the log for details.', params: { variant: 'fetch' } };
          }
        },
      ),
    };
    this.jobs.set(id, job);
    this.prune();
    return { jobId: id };
  }

  /** The job's state, events so far and, once finished, its report. @throws NotFoundError for an unknown id. */
  status(jobId: string): FetchJobStatus {
    const job = this.get(jobId);
    return {
      jobId: job.id,
      state: job.state,
      events: [...job.events],
      document: job.document,
      report: job.report,
      error: job.error,
    };
  }

  /**
   * Asks a running job to stop: downloads and waits end, unfinished languages are left unstored. Returns the status
   * at once (still `running` until the run has wound down). A finished job is left as it is.
   * @throws NotFoundError for an unknown id.
   */
  cancel(jobId: string): FetchJobStatus {
    const job = this.get(jobId);
    if (job.state === 'running') job.controller.abort();
    return this.status(jobId);
  }

  /** Resolves once the job has finished, whatever the outcome (tests; shutting down). */
  async settled(jobId: string): Promise<FetchJobStatus> {
    await this.get(jobId).finished;
    return this.status(jobId);
  }

  /** Cancels every running job (the app is closing or another project is being opened). */
  cancelAll(): void {
    for (const job of this.jobs.values()) if (job.state === 'running') job.controller.abort();
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new NotFoundError(`fetch job ${jobId}: no such job (finished jobs are kept for a while only)`, { params: { variant: 'fetch-job', jobId } });
    return job;
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - MAX_FINISHED_JOBS))) this.jobs.delete(job.id);
  }
}
