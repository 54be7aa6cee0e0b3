/**
 * Applies the plain SQL files of `migrations/` in name order, each once. Kysely's Migrator holds a
 * PostgreSQL advisory lock for the run, so two processes starting together do not both migrate.
 * (`Kysely<any>`: the migrator works below the typed schema, on whatever tables exist.)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import { projectRoot } from '../config/project-root.js';

class SqlFileMigrationProvider implements MigrationProvider {
  constructor(private readonly folder: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.folder)).filter((file) => file.endsWith('.sql')).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const text = await readFile(join(this.folder, file), 'utf8');
      migrations[file.replace(/\.sql$/u, '')] = {
        up: async (db) => {
          await sql.raw(text).execute(db);
        },
      };
    }
    return migrations;
  }
}

export interface MigrationRun {
  readonly applied: readonly string[];
}

export async function migrateToLatest(db: Kysely<any>, folder = join(projectRoot(), 'migrations')): Promise<MigrationRun> {
  const migrator = new Migrator({ db, provider: new SqlFileMigrationProvider(folder) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result: MigrationResult) => result.status === 'Error');
  if (error) {
    const where = failed ? ` in migrations/${failed.migrationName}.sql` : '';
    throw new Error(`database migration failed${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
