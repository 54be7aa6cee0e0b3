/**
 * Opens the configured database and migrates it. PGlite's data directory belongs to one process at a
 * time: a lock file says which, so a CLI command never opens it under a running service.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Settings } from '../config/settings.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function openStore(settings: Settings): Promise<OpenDatabase> {
  if (settings.databaseUrl) {
    const database = await openDatabase({ kind: 'postgres', url: settings.databaseUrl });
    await migrateToLatest(database.db);
    return database;
  }
  const dataDir = resolve(settings.dataDir, 'pglite');
  const lockFile = join(resolve(settings.dataDir), 'execradar.lock');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `the embedded database in ${resolve(settings.dataDir)} is in use by process ${pid} (execradar serve?). ` +
          'Stop it first, use the dashboard/API while it runs, or set DATABASE_URL to share PostgreSQL between processes.',
      );
    }
  }
  const database = await openDatabase({ kind: 'pglite', dataDir });
  writeFileSync(lockFile, String(process.pid));
  await migrateToLatest(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      rmSync(lockFile, { force: true });
    },
  };
}
