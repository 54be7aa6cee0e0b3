/**
 * Opens the configured database and migrates it. PGlite's data directory belongs to one process at a
 * time: a lock file says which, so a CLI command never opens it under a running service.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Creates the lock file exclusively (O_EXCL), so of two processes starting together only one gets it;
 * a lock left by a process that is gone is taken over.
 */
function takeLock(lockFile: string, dataDir: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid === process.pid) return;
    if (pid && processAlive(pid)) {
      throw new Error(
        `the embedded database in ${dataDir} is in use by process ${pid} (execradar serve?). ` +
          'Stop it first, use the dashboard/API while it runs, or set DATABASE_URL to share PostgreSQL between processes.',
      );
    }
    rmSync(lockFile, { force: true });
  }
  throw new Error(`could not take the lock ${lockFile}: another process keeps creating it`);
}

export async function openStore(settings: Settings): Promise<OpenDatabase> {
  if (settings.databaseUrl) {
    const database = await openDatabase({ kind: 'postgres', url: settings.databaseUrl });
    await migrateToLatest(database.db);
    return database;
  }
  const dataDir = resolve(settings.dataDir, 'pglite');
  mkdirSync(resolve(settings.dataDir), { recursive: true });
  const lockFile = join(resolve(settings.dataDir), 'execradar.lock');
  takeLock(lockFile, resolve(settings.dataDir));
  let database: OpenDatabase;
  try {
    database = await openDatabase({ kind: 'pglite', dataDir });
    await migrateToLatest(database.db);
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw error;
  }
  return {
    ...database,
    close: async () => {
      await database.close();
      rmSync(lockFile, { force: true });
    },
  };
}
