// Child process for the concurrent-migration test: migrates the database at argv[2] and prints what it applied.
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

const database = await openDatabase({ kind: 'postgres', url: process.argv[2]!, maxConnections: 1 });
const { applied } = await migrateToLatest(database.db);
process.stdout.write(`${JSON.stringify(applied)}\n`);
await database.close();
