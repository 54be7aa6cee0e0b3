import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

describe.each(testDatabaseKinds())('migrations on %s', (kind) => {
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await database?.close();
    database = null;
  });

  it('applies nothing twice and keeps int8/date types aligned across drivers', async () => {
    database = await createTestDatabase(kind);
    expect((await migrateToLatest(database.db)).applied).toEqual([]);
    await database.db.insertInto('sources').values({ id: 's', name: 'S', disabled_reason: null, last_run_at: null, next_run_at: null, last_status: null, last_error: null }).execute();
    await database.db
      .insertInto('accounts')
      .values({ id: 'a1', name: 'Acme', company_id: null, ticker: null, cik: null, sec_code: null, corporate_number: null, owner_email: null, arr: 120000.5, renewal_date: '2027-03-31', segment: null, country: null })
      .execute();
    const row = await database.db.selectFrom('accounts').select(['arr', 'renewal_date']).executeTakeFirstOrThrow();
    expect(row).toEqual({ arr: 120000.5, renewal_date: '2027-03-31' });
    const count = await database.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('refuses a second document with the same content hash', async () => {
    database = await createTestDatabase(kind);
    await database.db.insertInto('sources').values({ id: 's', name: 'S', disabled_reason: null, last_run_at: null, next_run_at: null, last_status: null, last_error: null }).execute();
    const doc = { source_id: 's', external_id: null, company_id: null, published_at: null, title: null, text: 't', lang: 'en', content_hash: 'h', error: null, extracted_at: null };
    await database.db.insertInto('documents').values({ ...doc, url: 'https://a.example/1' }).execute();
    await expect(database.db.insertInto('documents').values({ ...doc, url: 'https://a.example/2' }).execute()).rejects.toThrow();
  });

  // Only PostgreSQL has other processes to race with: PGlite is one process's embedded database.
  if (kind === 'postgres') it('lets only one of three processes starting together migrate', async () => {
    database = await createTestDatabase(kind, { migrate: false });
    const script = join(projectRoot(), 'test', 'support', 'migrate-once.ts');
    const runs = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, ['--import', 'tsx', script, database!.url!], { cwd: projectRoot() });
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
            child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
            child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(out))));
          }),
      ),
    );
    expect(runs.filter((out) => out.includes('0001_core_schema'))).toHaveLength(1);
  });
});
