// `concordia team …`: accounts of a team database (issue #13). The first admin is made here, on the server's
// command line, because the web API only lets an admin create accounts.
import { parseArgs } from 'node:util';
import { PgStore } from '../../electron/main/store/pg/pg-store.js';
import { listUsers } from '../../electron/main/team/team-repo.js';
import type { Role } from '../../electron/main/team/team-repo.js';
import { ROLES } from '../../electron/main/team/team-repo.js';
import { TeamService } from '../../electron/main/team/team-service.js';
import type { CliIo } from '../lib/cli.js';
import { UsageError } from '../lib/cli.js';

const USAGE = 'team add-user --db postgres://… NAME --role admin|reviser|translator|read-only [--langs ro,de] | team users --db postgres://…';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { db: { type: 'string' }, role: { type: 'string' }, langs: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  // CONCORDIA_DB keeps the database password out of the process list.
  const db = values.db ?? process.env.CONCORDIA_DB;
  if (!db) throw new UsageError(`name the database with --db or CONCORDIA_DB: ${USAGE}`);
  const store = await PgStore.connect(db, { max: 2 });
  try {
    switch (sub) {
      case 'add-user': {
        const [username] = positionals;
        if (!username) throw new UsageError(`name the account: ${USAGE}`);
        const role = values.role as Role | undefined;
        if (!role || !ROLES.includes(role)) throw new UsageError(`--role ${values.role ?? '(missing)'}: one of ${ROLES.join(', ')}`);
        // Never on the command line, where other users of the machine can read it in the process list.
        const password = values['password-stdin'] ? await readStdin() : process.env.CONCORDIA_PASSWORD;
        if (!password) throw new UsageError('give the password in CONCORDIA_PASSWORD or on standard input with --password-stdin');
        const langs = (values.langs ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
        const user = await new TeamService(store).createUser(null, { username, password, role, languages: langs });
        io.out(`created ${user.username} (${user.role}${user.languages.length ? `: ${user.languages.join(', ')}` : ''})\n`);
        return 0;
      }
      case 'users': {
        for (const u of await listUsers(store)) io.out(`${u.username.padEnd(24)} ${u.role}${u.languages.length ? `  ${u.languages.join(',')}` : ''}\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown subcommand ${sub ?? '(none)'}: ${USAGE}`);
    }
  } finally {
    await store.close();
  }
}
