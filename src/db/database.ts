/**
 * Opens the database: PostgreSQL when a URL is given, else PGlite in a data directory. Both return
 * the same value types (int8 and numeric as numbers, `date` as `YYYY-MM-DD`), so no caller can tell.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

export type DatabaseTarget =
  | { readonly kind: 'postgres'; readonly url: string; readonly maxConnections?: number }
  | { readonly kind: 'pglite'; readonly dataDir: string | null; readonly loadDataDir?: Blob };

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseTarget['kind'];
  /** Present on PGlite: lets tests dump a migrated database once and restore it fast. */
  readonly pglite: PGlite | null;
  close(): Promise<void>;
}

const parseDate = (value: string): string => value;

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const typeParsers: Record<number, (value: string) => unknown> = {
      [INT8]: Number,
      [NUMERIC]: Number,
      [DATE]: parseDate,
    };
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.maxConnections ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          typeParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection that the server ends (restart, failover, a dropped database) must not take the
    // process down with an unhandled 'error' event: pg drops that client and the next query opens a new one.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pglite: null, close: () => db.destroy() };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    parsers: { [INT8]: Number, [NUMERIC]: Number, [DATE]: parseDate },
  });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return { db, kind: 'pglite', pglite, close: () => db.destroy() };
}
