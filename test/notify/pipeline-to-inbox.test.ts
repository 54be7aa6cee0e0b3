/**
 * From disclosure to inbox: an 8-K on a local fixture server goes through the real pipeline (crawl, extraction,
 * match, alert in the outbox) and the delivery worker mails the contact's owner over real SMTP — once, even when
 * the crawl and the worker run again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import { parseContactsCsv } from '../../src/contacts/parse-contacts-csv.js';
import { storeContacts } from '../../src/db/contact-repository.js';
import { drainDeliveries } from '../../src/notify/delivery-worker.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import secEdgar from '../../sources/sec-edgar/index.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';
import { startSmtp, type LocalSmtp } from './local-receivers.js';
import { PUBLIC_URL, testClock } from './notify-test-data.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const sec = (name: string) => join(fixtures, 'sources', 'sec-edgar', name);
const FOLDER = '/Archives/edgar/data/9990001';

describe.each(testDatabaseKinds())('pipeline to inbox on %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  let smtp: LocalSmtp;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    smtp = await startSmtp();
    server = await startFixtureServer({
      '/robots.txt': { file: sec('robots.txt'), contentType: 'text/plain' },
      '/submissions/CIK0009990001.json': { file: sec('submissions-CIK0009990001.json'), contentType: 'application/json' },
      '/submissions/CIK0009990555.json': { file: sec('submissions-CIK0009990555.json'), contentType: 'application/json' },
      '/files/company_tickers.json': { file: sec('company_tickers.json'), contentType: 'application/json' },
      [`${FOLDER}/000999000127000012/nwan-20270302.htm`]: { file: sec('nwan-20270302.htm'), contentType: 'text/html' },
      [`${FOLDER}/000999000127000009/nwan-20270218.htm`]: { file: sec('nwan-20270218.htm'), contentType: 'text/html' },
    });
    const imported = parseContactsCsv(readFileSync(join(fixtures, 'contacts-us.csv')), 'contacts-us.csv');
    await storeContacts(database.db, imported.rows);
  });
  afterEach(async () => {
    await server.close();
    await smtp.close();
    await database.close();
  });

  it('mails the owner once, with the evidence and the dashboard link', async () => {
    const settings = testSettings({
      publicUrl: PUBLIC_URL,
      sources: { 'sec-edgar': { baseUrls: { data: server.origin, www: server.origin } } },
      notify: { email: { from: 'radar@ourco.example', smtp: { host: '127.0.0.1', port: smtp.port, ignoreTLS: true } } },
    });
    const clock = testClock('2027-03-05T12:00:00Z');
    const crawl = () =>
      runSourceInline({ db: database.db, http: createHttpClient(settings, [secEdgar], silentLogger), settings, logger: silentLogger, now: clock.now }, secEdgar, { task: 'submissions', trigger: 'manual' });
    const deliver = () => drainDeliveries({ db: database.db, settings: settings.notify, publicUrl: settings.publicUrl!, now: clock.now, windows: null });

    expect((await crawl()).status).toBe('ok');
    expect(await deliver()).toMatchObject({ planned: 1, sent: 1, failed: 0 });
    const alert = await database.db.selectFrom('alerts').selectAll().executeTakeFirstOrThrow();
    expect(alert).toMatchObject({ delivery_status: 'sent', recipient: 'csm.alex@ourco.example' });

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.envelopeTo).toEqual(['csm.alex@ourco.example']);
    expect(mail.headers.get('subject')).toMatch(/^\[ExecRadar\] Contact leaving: Marisol (\S+ )?Vantreight \(Northwind Analytics\)$/u);
    const evidence = (alert.payload as { evidence: string }).evidence.replace(/\s+/gu, ' ').trim();
    expect(mail.text).toContain(evidence);
    expect(mail.text).toContain('Effective: Mar 31, 2027');
    expect(mail.text).toContain('ARR: 240,000');
    expect(mail.text).toContain('Renewal: Sep 30, 2027');
    expect(mail.text).toContain(`${PUBLIC_URL}/alerts/${alert.id}`);
    expect(mail.text).toContain(`${server.origin}${FOLDER}/000999000127000012/nwan-20270302.htm`);

    clock.advance(3600_000);
    expect((await crawl()).status).toBe('ok');
    expect(await deliver()).toMatchObject({ planned: 0, sent: 0 });
    expect(smtp.messages).toHaveLength(1);
  });
});
