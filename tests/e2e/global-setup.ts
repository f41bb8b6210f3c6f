// Starts browser mode for the suite: a fresh temporary home and a project built from the bundled corpus, the
// renderer rebuilt, the server on a free port (port 0). The address with its token goes to the specs through
// CONCORDIA_E2E_URL; the returned function stops the server. The fixture stand-in for the EP and EUR-Lex runs
// alongside, and the server reaches it through CONCORDIA_EP_BASE_URL / CONCORDIA_EURLEX_BASE_URL.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProjectFromCorpus } from '../../electron/main/server/project-session.js';
import { startFetchFixtures } from './global-setup-fetch.js';

const repo = resolve(import.meta.dirname, '..', '..');

export default async function globalSetup(): Promise<() => Promise<void>> {
  const home = mkdtempSync(join(tmpdir(), 'concordia-e2e-'));
  const project = join(home, 'e2e.concordia');
  await createProjectFromCorpus(join(repo, 'corpus'), project);
  const sites = await startFetchFixtures();
  const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'web.ts'), '--no-open', '--rebuild', '--port', '0', project], {
    cwd: repo,
    env: { ...process.env, CONCORDIA_HOME: home, CONCORDIA_EP_BASE_URL: sites.base, CONCORDIA_EURLEX_BASE_URL: sites.base },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const started = new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 120 s:\n${log}`)), 120_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${log}`)));
  });
  const url = await started.catch(async (e: unknown) => {
    await sites.stop();
    throw e;
  });
  process.env.CONCORDIA_E2E_URL = url;
  process.env.CONCORDIA_E2E_HOME = home;
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await sites.stop();
  };
}
