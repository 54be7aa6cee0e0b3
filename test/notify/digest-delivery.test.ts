/**
 * Digests: the weekly leadership digest (e-mail over local SMTP and Slack via msw) of the next 90 days —
 * alerts, announced changes, reshuffle and budget windows — ordered by ARR at risk and made once per week; and
 * the daily CSM digest that replaces instant alerts for owners who ask for it, once per local day.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliveriesOfAlert } from '../../src/notify/delivery-repository.js';
import { drainDeliveries, type NotifyDeps } from '../../src/notify/delivery-worker.js';
import type { DigestContent } from '../../src/notify/digest-types.js';
import { databaseWindowLoader } from '../../src/notify/digest-windows.js';
import { formatDay } from '../../src/notify/notify-i18n.js';
import type { NotifySettings } from '../../src/notify/notify-settings.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { startSmtp, type LocalSmtp } from './local-receivers.js';
import { notifySettings, PUBLIC_URL, raiseTestAlert, seedCompany, seedEvent, testClock } from './notify-test-data.js';

const slackBodies: Array<{ text: string; blocks: Array<{ type: string; text?: { text: string } }> }> = [];
const mock = setupServer(
  http.post('https://hooks.slack.com/services/T000/BLEAD/XXXXXXXXXXXX', async ({ request }) => {
    slackBodies.push((await request.json()) as (typeof slackBodies)[number]);
    return new HttpResponse('ok');
  }),
);
beforeAll(() => mock.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.close());

describe.each(testDatabaseKinds())('digests on %s', (kind) => {
  let database: TestDatabase;
  let smtp: LocalSmtp;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    smtp = await startSmtp();
    slackBodies.length = 0;
  });
  afterEach(async () => {
    await smtp.close();
    await database.close();
  });
  const email = () => ({ from: 'radar@example.test', smtp: { host: '127.0.0.1', port: smtp.port, ignoreTLS: true } });
  const digests = () => database.db.selectFrom('notify_digests').selectAll().orderBy('id').execute();

  it('sends the leadership digest once a week, largest ARR at risk first, with windows from the calendar module', async () => {
    const kestrel = await seedCompany(database.db, { name: 'Kestrel Foods KK', accountId: 'acc-kestrel', arr: 9_000_000, renewal: '2027-06-30', fiscalYearEnd: '03-31', country: 'JP' });
    const orchard = await seedCompany(database.db, { name: 'Orchard Lane Inc.', accountId: 'acc-orchard', arr: 300_000, fiscalYearEnd: '12-31', country: 'US' });
    const tiny = await seedCompany(database.db, { name: 'Tiny Works', accountId: 'acc-tiny', arr: 50_000, fiscalYearEnd: '12-31', country: 'US' });
    const stranger = await seedCompany(database.db, { name: 'Not A Customer', accountId: 'acc-tmp', arr: null });
    await database.db.deleteFrom('accounts').where('id', '=', 'acc-tmp').execute();
    const kestrelEvent = await seedEvent(database.db, { companyId: kestrel.companyId, person: 'Haruto Mori', change: 'departed', effective: '2027-04-01', announced: '2027-03-05', roleAfter: null });
    await seedEvent(database.db, { companyId: orchard.companyId, person: 'Priya Nair', change: 'appointed', effective: '2027-05-15', announced: '2027-03-03', roleAfter: 'Chief Operating Officer' });
    await seedEvent(database.db, { companyId: orchard.companyId, person: 'Priya Nair', change: 'appointed', effective: '2027-05-15', announced: '2027-03-04', roleAfter: 'Chief Operating Officer' });
    await seedEvent(database.db, { companyId: tiny.companyId, person: 'Ola Berg', change: 'retiring', effective: '2027-08-31', announced: '2027-03-01' });
    await seedEvent(database.db, { companyId: stranger.companyId, person: 'Sam Doe', change: 'departed', effective: '2027-04-10', announced: '2027-03-01' });
    const alertId = await raiseTestAlert(database.db, { key: 'lead-1', owner: 'csm@example.test', person: 'Haruto Mori', company: 'Kestrel Foods KK', arr: 9_000_000, eventId: kestrelEvent });

    const clock = testClock('2027-03-07T23:30:00Z'); // Monday 08:30 in Tokyo
    const settings: NotifySettings = notifySettings({
      email: email(),
      defaults: { email: false },
      leadership: {
        recipients: [
          { email: 'ceo@example.test', language: 'ja' },
          { slack: { webhookUrl: 'https://hooks.slack.com/services/T000/BLEAD/XXXXXXXXXXXX' }, language: 'en' },
        ],
      },
    });
    const deps = (): NotifyDeps => ({ db: database.db, settings, publicUrl: PUBLIC_URL, now: clock.now, random: () => 0, windows: databaseWindowLoader(database.db) });
    const first = await drainDeliveries(deps());
    expect(first.digests).toBe(1);
    const [digest] = await digests();
    expect(digest).toMatchObject({ kind: 'leadership_weekly', digest_key: 'leadership_weekly:2027-03-08', period_start: '2027-03-08', period_end: '2027-06-06' });
    const content = digest!.payload as unknown as DigestContent;
    const summary = content.items.map((item) => [item.company, item.kind]);
    // Kestrel (9M) first: the alert stands for its announced change; its JP budget window (to March 31) and the
    // reshuffle window predicted from its announcement history are in range too; within one company, by date.
    const kestrelItems = content.items.filter((item) => item.company === 'Kestrel Foods KK');
    expect(summary.slice(0, kestrelItems.length).every(([company]) => company === 'Kestrel Foods KK')).toBe(true);
    expect(kestrelItems.map((item) => item.kind)).toEqual(expect.arrayContaining(['alert', 'budget_window']));
    expect(kestrelItems.filter((item) => item.kind === 'announced_change')).toEqual([]);
    expect(kestrelItems.find((item) => item.kind === 'alert')).toMatchObject({ alertId, person: 'Haruto Mori', arr: 9_000_000, date: '2027-04-01' });
    expect(kestrelItems.find((item) => item.kind === 'budget_window')).toMatchObject({ date: '2027-01-01', end: '2027-03-31' });
    const dates = kestrelItems.map((item) => item.date ?? '');
    expect(dates).toEqual([...dates].sort());
    // Reshuffle windows: exactly those the calendar module predicts for the period, each under its company's ARR
    // with its basis; Kestrel's include one drawn from its own announcement of March 5 and, from its peers (no
    // own announcement then), the May–June season of Japanese March year-end companies.
    const reshuffles = content.items.filter((item) => item.kind === 'reshuffle_window');
    const predicted = (await databaseWindowLoader(database.db)({ from: '2027-03-08', to: '2027-06-06' })).filter((window) => window.kind === 'reshuffle_window');
    const companyNames = new Map([[kestrel.companyId, 'Kestrel Foods KK'], [orchard.companyId, 'Orchard Lane Inc.'], [tiny.companyId, 'Tiny Works']]);
    expect(predicted.length).toBeGreaterThan(0);
    expect(reshuffles.map((item) => [item.company, item.date, item.end, item.basis])).toEqual(
      expect.arrayContaining(predicted.map((window) => [companyNames.get(window.companyId), window.start, window.end, window.basis])),
    );
    expect(reshuffles).toHaveLength(predicted.filter((window) => companyNames.has(window.companyId)).length);
    for (const item of reshuffles) {
      expect(item.date! <= item.end!).toBe(true);
      expect(item.end! >= '2027-03-08' && item.date! <= '2027-06-06').toBe(true);
      expect(item.basis).toBeTruthy();
      expect(item.person).toBeNull();
    }
    const kestrelReshuffles = kestrelItems.filter((item) => item.kind === 'reshuffle_window');
    expect(kestrelReshuffles.every((item) => item.arr === 9_000_000 && item.accountName === 'Kestrel Foods KK (account)')).toBe(true);
    expect(kestrelReshuffles.find((item) => item.basis!.includes('Mar 5'))).toMatchObject({ date: expect.stringMatching(/^2027-03-/u) });
    expect(kestrelReshuffles.some((item) => /^2027-0[56]-/u.test(item.date!) && !item.basis!.includes('Mar 5'))).toBe(true);
    expect(summary.some(([company, kind]) => company === 'Orchard Lane Inc.' && kind === 'reshuffle_window')).toBe(true);
    expect(reshuffles.some((item) => item.company === 'Not A Customer')).toBe(false);
    // Orchard's change disclosed twice is listed once; Tiny's is past the horizon; the non-customer is left out.
    expect(summary.filter(([company, kind]) => company === 'Orchard Lane Inc.' && kind === 'announced_change')).toHaveLength(1);
    expect(content.items.some((item) => item.person === 'Ola Berg' || item.person === 'Sam Doe')).toBe(false);
    const arrs = content.items.map((item) => item.arr ?? -1);
    expect(arrs).toEqual([...arrs].sort((a, b) => b - a));

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.envelopeTo).toEqual(['ceo@example.test']);
    expect(mail.headers.get('subject')).toBe('[ExecRadar] 今後90日間の役員異動');
    expect(mail.text).toContain('Kestrel Foods KK / Kestrel Foods KK (account) · 影響ARR 9,000,000');
    expect(mail.text).toContain('2027年4月1日');
    expect(mail.text!.indexOf('Kestrel')).toBeLessThan(mail.text!.indexOf('Orchard'));
    for (const window of kestrelReshuffles) {
      const when = window.end !== window.date ? `${formatDay('ja', window.date!)} – ${formatDay('ja', window.end!)}` : formatDay('ja', window.date!);
      expect(mail.text).toContain(`人事異動の見込み時期: ${when} — ${window.basis}`);
    }
    expect(slackBodies).toHaveLength(1);
    expect(slackBodies[0]!.text).toBe('Executive changes ahead: the next 90 days');
    expect(JSON.stringify(slackBodies[0]!.blocks)).toContain(`Likely reshuffle window: `);
    expect(JSON.stringify(slackBodies[0]!.blocks)).toContain(`${PUBLIC_URL}/alerts/${alertId}`);

    // Later the same week: nothing new. The next Monday at 08:00 Tokyo: the next digest.
    clock.set('2027-03-12T10:00:00Z');
    expect((await drainDeliveries(deps())).digests).toBe(0);
    clock.set('2027-03-14T22:59:00Z');
    expect((await drainDeliveries(deps())).digests).toBe(0);
    clock.set('2027-03-14T23:00:00Z');
    expect((await drainDeliveries(deps())).digests).toBe(1);
    expect((await digests()).map((row) => row.digest_key)).toEqual(['leadership_weekly:2027-03-08', 'leadership_weekly:2027-03-15']);
    expect(smtp.messages).toHaveLength(2);
    expect(slackBodies).toHaveLength(2);
  });

  it('gives daily-digest owners one digest per day instead of instant alerts', async () => {
    const clock = testClock('2027-03-08T01:00:00Z'); // 10:00 in Tokyo
    const settings = notifySettings({ email: email(), owners: { 'daily@example.test': { digest: 'daily', language: 'ja' } } });
    const deps = (): NotifyDeps => ({ db: database.db, settings, publicUrl: PUBLIC_URL, now: clock.now, random: () => 0, windows: null });
    const small = await raiseTestAlert(database.db, { key: 'd-small', owner: 'daily@example.test', person: '小林 誠', company: '有限会社こばやし', arr: 80_000 });
    const large = await raiseTestAlert(database.db, { key: 'd-large', owner: 'daily@example.test', person: '中村 陽子', company: '株式会社なかむら', arr: 7_000_000 });
    await raiseTestAlert(database.db, { key: 'd-instant', owner: 'instant@example.test' });
    const first = await drainDeliveries(deps());
    expect(first).toMatchObject({ planned: 1, held: 2, digests: 0 });
    expect(smtp.messages.map((message) => message.envelopeTo[0])).toEqual(['instant@example.test']);

    clock.set('2027-03-08T22:59:00Z'); // 07:59 the next morning in Tokyo
    expect((await drainDeliveries(deps())).digests).toBe(0);
    clock.set('2027-03-08T23:00:00Z');
    expect((await drainDeliveries(deps())).digests).toBe(1);
    const digestMail = smtp.messages.filter((message) => message.envelopeTo[0] === 'daily@example.test');
    expect(digestMail).toHaveLength(1);
    expect(digestMail[0]!.headers.get('subject')).toBe('[ExecRadar] 2027年3月9日の役員異動アラート');
    const text = digestMail[0]!.text!;
    expect(text.indexOf('中村 陽子')).toBeGreaterThan(0);
    expect(text.indexOf('中村 陽子')).toBeLessThan(text.indexOf('小林 誠'));
    expect(text).toContain(`${PUBLIC_URL}/alerts/${large}`);
    expect(text).toContain(`${PUBLIC_URL}/alerts/${small}`);
    const statuses = await database.db.selectFrom('alerts').select(['id', 'delivery_status']).where('id', 'in', [small, large]).execute();
    expect(statuses.map((row) => row.delivery_status)).toEqual(['sent', 'sent']);
    expect(await deliveriesOfAlert(database.db, small)).toMatchObject([{ channel: 'email', target: 'daily@example.test', status: 'sent', viaDigest: true }]);

    // An alert raised after today's digest waits for tomorrow's, which holds only it.
    const late = await raiseTestAlert(database.db, { key: 'd-late', owner: 'daily@example.test', person: '遅田 一郎' });
    clock.set('2027-03-09T03:00:00Z');
    expect((await drainDeliveries(deps())).digests).toBe(0);
    clock.set('2027-03-09T23:10:00Z');
    expect((await drainDeliveries(deps())).digests).toBe(1);
    const rows = await digests();
    expect(rows.map((row) => row.digest_key)).toEqual(['csm_daily:daily@example.test:2027-03-09', 'csm_daily:daily@example.test:2027-03-10']);
    expect((rows[1]!.payload as unknown as DigestContent).items.map((item) => item.alertId)).toEqual([late]);
  });
});
