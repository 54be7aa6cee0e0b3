/**
 * Fresh, migrated databases for tests: PGlite always (restored from a migrated tarball made once
 * per run, under a second each), and PostgreSQL too when TEST_DATABASE_URL is set (a new database
 * per test, dropped afterwards).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../../src/config/project-root.js';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

function migrationsFingerprint(): string {
  const folder = join(projectRoot(), 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(join(folder, file)));
  return hash.digest('hex').slice(0, 16);
}

async function migratedPgliteTarball(): Promise<Blob> {
  const file = join(tmpdir(), `execradar-pglite-${migrationsFingerprint()}.tar.gz`);
  if (!existsSync(file)) {
    const fresh = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateToLatest(fresh.db);
    const dump = await fresh.pglite!.dumpDataDir('gzip');
    await fresh.close();
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

export interface TestDatabase extends OpenDatabase {
  /** A URL other processes can open (PostgreSQL only). */
  readonly url: string | null;
}

export async function createTestDatabase(kind: TestDatabaseKind, options: { readonly migrate?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const opened = await openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: await migratedPgliteTarball() });
    return { ...opened, url: null };
  }
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `execradar_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 5 });
  if (options.migrate !== false) await migrateToLatest(opened.db);
  return {
    ...opened,
    url: url.toString(),
    close: async () => {
      await opened.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
