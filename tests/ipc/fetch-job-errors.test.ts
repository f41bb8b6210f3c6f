// A fetch job that fails as a whole keeps the CoreError's code, English message and params in its status (as a
// failed call's IpcFailure does), so the fetch dialog can word it in the UI language; an error without params has
// none, and an unexpected error is `internal` with nothing of its own leaked (only the wording's variant).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError, ParseError } from '../../core/index.js';
import type { ProjectService } from '../../electron/ipc/project-api.js';

const failWith = vi.hoisted(() => ({ error: null as unknown }));
vi.mock('../../electron/main/services/fetch-service.js', () => ({
  // The run fails the way fetchOfficial rejects: after it has started, with whatever it threw.
  fetchOfficial: () => Promise.reject(failWith.error),
}));
const { FetchJobs } = await import('../../electron/main/services/fetch-jobs.js');

const project = {} as ProjectService;

async function failedWith(error: unknown) {
  failWith.error = error;
  const jobs = new FetchJobs();
  const { jobId } = jobs.start(project, { ref: 'P9_TA(2022)0012', langs: ['ro'] });
  // Over the wire: JSON, as official:fetch-status answers.
  return JSON.parse(JSON.stringify(await jobs.settled(jobId))) as Awaited<ReturnType<typeof jobs.settled>>;
}

afterEach(() => vi.restoreAllMocks());

describe('fetch job errors', () => {
  it('keeps a CoreError’s params (and variant) in the failed job’s error, message unchanged', async () => {
    const e = new ParseError('html', 'the page declares the charset "koi8-r"', { code: 'encoding', params: { variant: 'charset', charset: 'koi8-r' } });
    const status = await failedWith(e);
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({ code: 'encoding', message: e.message, params: { variant: 'charset', charset: 'koi8-r' } });
  });

  it('has no params for a CoreError thrown without them', async () => {
    const status = await failedWith(new InvalidInputError('procedure 2022/2999(RSP) has no text adopted yet'));
    expect(status.error).toEqual({ code: 'invalid-input', message: 'procedure 2022/2999(RSP) has no text adopted yet' });
  });

  it('reports an unexpected error as internal, without its message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const status = await failedWith(new TypeError('secret detail'));
    expect(status.error?.code).toBe('internal');
    expect(status.error?.message).not.toContain('secret');
    expect(status.error?.params).toEqual({ variant: 'fetch' });
  });
});
