// `npm run serve -- --db postgres://… [--port N] [--host 127.0.0.1]`: team mode (issue #13). Serves one shared
// PostgreSQL project to many users: the team page at / and the JSON API under /api/team/. Accounts come from
// `concordia team add-user`; a local project file is moved in with `concordia project push`.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startTeamServer } from '../electron/main/server/team-server.js';
import { PgStore } from '../electron/main/store/pg/pg-store.js';
import { countUsers, findUserWithHash } from '../electron/main/team/team-repo.js';
import { TeamService } from '../electron/main/team/team-service.js';
import { ensureWebBuild, WEB_DIR } from './web.js';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, admin: { type: 'string' } } });
  const db = values.db ?? process.env.CONCORDIA_DB;
  if (!db) {
    console.error('usage: npm run serve -- --db postgres://USER:PASSWORD@HOST:PORT/DATABASE [--port N] [--host ADDRESS] [--admin NAME]');
    process.exit(2);
  }
  const port = values.port === undefined ? 8470 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: not a port number`);
  const store = await PgStore.connect(db, { max: 20 });
  const service = new TeamService(store);
  // --admin NAME: the first account, made once; its password comes from the environment, never the command line.
  if (values.admin && !(await findUserWithHash(store, values.admin))) {
    const password = process.env.CONCORDIA_PASSWORD;
    if (!password) throw new Error(`--admin ${values.admin}: set CONCORDIA_PASSWORD to the new admin's password (at least 10 characters)`);
    await service.createUser(null, { username: values.admin, password, role: 'admin' });
    console.log(`Created the admin account ${values.admin}.`);
  }
  // The app's interface at /app/ is the browser-mode renderer build (out/web), made on first start.
  await ensureWebBuild();
  const version = (JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8')) as { version: string }).version;
  const server = await startTeamServer({ service, port, host: values.host, staticDir: join(repoDir, 'electron', 'main', 'team', 'static'), webDir: WEB_DIR, version });
  console.log(`Concordia team server: ${server.url}`);
  if ((await countUsers(store)) === 0) {
    console.log('No accounts yet: restart with --admin NAME and CONCORDIA_PASSWORD set, or run `concordia team add-user`.');
  }
  const stop = () => void server.close().then(() => store.close()).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`concordia serve: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
