import { openWritable } from '../../electron/main/db/open-database.js';
import { PgStore } from '../../electron/main/store/pg/pg-store.js';
import { SqliteStore } from '../../electron/main/store/sqlite-store.js';
import { describeStoreContract } from './store-contract.js';
import { createTestDatabase, PG_UNAVAILABLE } from './support/pg.js';

describeStoreContract('SQLite project file', {
  make: async () => {
    const store = new SqliteStore(openWritable(':memory:'));
    return { store, dispose: () => store.close() };
  },
});

describeStoreContract(
  'PostgreSQL team database',
  {
    make: async () => {
      const db = await createTestDatabase();
      const store = await PgStore.connect(db.url, { max: 4 });
      return {
        store,
        dispose: async () => {
          await store.close();
          await db.drop();
        },
      };
    },
  },
  PG_UNAVAILABLE,
);
