/**
 * E-mail over real SMTP to a local `smtp-server`: the owner receives one message with a correctly encoded
 * Japanese subject, plain text and HTML with crawled text escaped, dates in the reader's language, and the
 * idempotency key in Message-ID; a refused mailbox (550) fails at once with the server's reason.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drainDeliveries, type NotifyDeps } from '../../src/notify/delivery-worker.js';
import type { NotifySettings } from '../../src/notify/notify-settings.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { startSmtp, type LocalSmtp } from './local-receivers.js';
import { notifySettings, PUBLIC_URL, raiseTestAlert, testClock } from './notify-test-data.js';

describe.each(testDatabaseKinds())('e-mail delivery on %s', (kind) => {
  let database: TestDatabase;
  let smtp: LocalSmtp;
  const clock = testClock('2027-03-02T01:00:00Z');

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    smtp = await startSmtp();
  });
  afterEach(async () => {
    await smtp.close();
    await database.close();
  });

  const settings = (): NotifySettings =>
    notifySettings({
      email: { from: '"ExecRadar" <radar@example.test>', smtp: { host: '127.0.0.1', port: smtp.port, ignoreTLS: true } },
      owners: { 'Sato.Keiko@Example.test': { language: 'ja' } },
    });
  const deps = (): NotifyDeps => ({ db: database.db, settings: settings(), publicUrl: PUBLIC_URL, now: clock.now, random: () => 0, windows: null });

  it('sends each owner one message in their language; the Japanese subject decodes back; crawled text is escaped', async () => {
    const jaId = await raiseTestAlert(database.db, {
      key: 'mail-ja',
      owner: 'sato.keiko@example.test',
      person: '山田 太郎',
      company: '株式会社みなと精機',
      evidence: '山田太郎は2027年4月1日付で取締役を退任します <script>alert("x")</script> & 以上',
      effective: '2027-04-01',
      arr: 4_800_000,
      renewal: '2027-09-30',
    });
    const enId = await raiseTestAlert(database.db, { key: 'mail-en', owner: 'lee@example.test', evidence: 'Dana Whitfield <b>resigns</b> & leaves.' });
    const result = await drainDeliveries(deps());
    expect(result).toMatchObject({ planned: 2, sent: 2, failed: 0 });
    expect(smtp.messages).toHaveLength(2);

    const ja = smtp.messages.find((message) => message.envelopeTo.includes('sato.keiko@example.test'))!;
    expect(ja.headers.get('subject')).toBe('[ExecRadar] 担当窓口の退任：山田 太郎（株式会社みなと精機）');
    expect(ja.rawHeaders.get('subject')).toMatch(/=\?UTF-8\?[BQ]\?/iu);
    expect(ja.rawHeaders.get('subject')).not.toMatch(/[^\x20-\x7e]/u);
    expect(ja.headers.get('from')).toBe('ExecRadar <radar@example.test>');
    const [jaAlert] = await database.db.selectFrom('alerts').select(['idempotency_key', 'delivery_status']).where('id', '=', jaId).execute();
    expect(jaAlert!.delivery_status).toBe('sent');
    expect(ja.headers.get('message-id')).toBe(`<${jaAlert!.idempotency_key}:email@execradar.invalid>`);
    expect(ja.headers.get('x-execradar-idempotency-key')).toBe(`${jaAlert!.idempotency_key}:email`);
    expect(ja.text).toContain('発効日: 2027年4月1日');
    expect(ja.text).toContain('契約更新日: 2027年9月30日');
    expect(ja.text).toContain('ARR: 4,800,000');
    expect(ja.text).toContain(`${PUBLIC_URL}/alerts/${jaId}`);
    expect(ja.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 以上');
    expect(ja.html).not.toContain('<script>');
    expect(ja.html).toContain(`href="${PUBLIC_URL}/alerts/${jaId}"`);
    expect(ja.html).toContain('lang="ja"');

    const en = smtp.messages.find((message) => message.envelopeTo.includes('lee@example.test'))!;
    expect(en.headers.get('subject')).toBe('[ExecRadar] Contact leaving: Dana Whitfield (Northwind Anvils Inc.)');
    expect(en.text).toContain('Effective: Apr 1, 2027');
    expect(en.text).toContain('Renewal: Jun 30, 2027');
    expect(en.html).toContain('Dana Whitfield &lt;b&gt;resigns&lt;/b&gt; &amp; leaves.');
    expect(en.html).toContain(`href="${PUBLIC_URL}/alerts/${enId}"`);
  });

  it('a mailbox refused with 550 fails at once with the reason; the other recipient still gets theirs', async () => {
    smtp.refuse.add('gone@example.test');
    await raiseTestAlert(database.db, { key: 'refused', owner: 'gone@example.test' });
    await raiseTestAlert(database.db, { key: 'fine', owner: 'lee@example.test' });
    await drainDeliveries(deps());
    const rows = await database.db.selectFrom('alert_deliveries').select(['target', 'status', 'attempts', 'last_error']).orderBy('target').execute();
    expect(rows.map((row) => [row.target, row.status, row.attempts])).toEqual([
      ['gone@example.test', 'failed', 1],
      ['lee@example.test', 'sent', 1],
    ]);
    expect(rows[0]!.last_error).toMatch(/^SMTP 550: .*mailbox unavailable/u);
    expect(smtp.messages.map((message) => message.envelopeTo)).toEqual([['lee@example.test']]);
  });

  it('an SMTP server that is down is retried later, and the mail goes out once it is up', async () => {
    await smtp.close();
    await raiseTestAlert(database.db, { key: 'later', owner: 'lee@example.test' });
    await drainDeliveries(deps());
    const [waiting] = await database.db.selectFrom('alert_deliveries').selectAll().execute();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting!.last_error).toMatch(/^SMTP: /u);
    smtp = await startSmtp();
    const revived = notifySettings({ email: { from: 'radar@example.test', smtp: { host: '127.0.0.1', port: smtp.port, ignoreTLS: true } } });
    clock.advance(60_000);
    await drainDeliveries({ ...deps(), settings: revived });
    expect(smtp.messages).toHaveLength(1);
    const [sent] = await database.db.selectFrom('alert_deliveries').selectAll().execute();
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
