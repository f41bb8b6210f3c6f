// Each test file gets its own PostgreSQL database, created from the server CONCORDIA_TEST_PG names (default: the
// role scripts/team/start-test-postgres.sh creates) and dropped afterwards. When no server answers, the suites
// skip with the reason printed — but `.ci/run` starts one, so in CI they always run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.CONCORDIA_TEST_PG ?? 'postgres://concordia:concordia@127.0.0.1:5432/postgres';

async function probe(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await probe();
/** Why the PostgreSQL suites cannot run here, or null when a server is reachable. */
export const PG_UNAVAILABLE: string | null = problem === null ? null : `no PostgreSQL at ${ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (${problem}); run scripts/team/start-test-postgres.sh`;

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** Creates an empty database with a random name; `drop()` removes it (closing any connection still open). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `concordia_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    // Identifiers cannot be bound as parameters: the name is ours (hex), and still quoted by the driver.
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
