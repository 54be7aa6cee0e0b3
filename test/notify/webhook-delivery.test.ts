/**
 * Signed webhooks to a local receiver that verifies them: signature and replay protection, a crash between send
 * and record (no loss, at most one duplicate with the same idempotency key), a receiver down for a while
 * (503 + Retry-After) that gets everything once it is back, and the retry bound ending in `failed`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliveriesOfAlert, deliveryCounts } from '../../src/notify/delivery-repository.js';
import { deliverDueAlerts, drainDeliveries, type NotifyDeps } from '../../src/notify/delivery-worker.js';
import type { NotifySettings } from '../../src/notify/notify-settings.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { startWebhookReceiver, type LocalWebhookReceiver } from './local-receivers.js';
import { notifySettings, PUBLIC_URL, raiseTestAlert, testClock } from './notify-test-data.js';

const SECRET = 'whsec_test_0123456789abcdef';

describe.each(testDatabaseKinds())('webhook delivery on %s', (kind) => {
  let database: TestDatabase;
  let receiver: LocalWebhookReceiver;
  let clock: ReturnType<typeof testClock>;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    clock = testClock('2027-03-02T01:00:00Z');
    receiver = await startWebhookReceiver(SECRET, () => Math.floor(clock.now().getTime() / 1000));
  });
  afterEach(async () => {
    await receiver.close();
    await database.close();
  });

  const settingsWith = (delivery: Record<string, unknown> = {}): NotifySettings =>
    notifySettings({
      webhooks: [{ name: 'crm-sync', url: receiver.url, secret: SECRET }],
      delivery: { baseDelayMs: 30_000, maxAttempts: 5, leaseMs: 60_000, ...delivery },
    });
  const deps = (settings: NotifySettings, extra: Partial<NotifyDeps> = {}): NotifyDeps => ({
    db: database.db,
    settings,
    publicUrl: PUBLIC_URL,
    now: clock.now,
    random: () => 0,
    windows: null,
    ...extra,
  });
  const deliveryRows = () => database.db.selectFrom('alert_deliveries').selectAll().orderBy('id').execute();
  const alertRows = () => database.db.selectFrom('alerts').select(['id', 'delivery_status', 'idempotency_key', 'last_error']).orderBy('id').execute();

  it('signs each request; the receiver verifies it, and a replay or a tampered body is refused', async () => {
    const alertId = await raiseTestAlert(database.db, { key: 'w1', owner: 'ops@example.test' });
    const result = await deliverDueAlerts(deps(settingsWith()));
    expect(result).toMatchObject({ planned: 1, sent: 1, retried: 0, failed: 0 });
    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0]!;
    expect(request.check).toEqual({ ok: true });
    expect(request.headers['x-execradar-signature']).toMatch(/^v1=[0-9a-f]{64}$/u);
    expect(request.headers['x-execradar-timestamp']).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    const [alert] = await alertRows();
    expect(request.headers['idempotency-key']).toBe(`${alert!.idempotency_key}:webhook`);
    const body = JSON.parse(request.body) as { type: string; id: string; alert: { id: number; dashboardUrl: string; person: string; account: { arr: number } } };
    expect(body).toMatchObject({ type: 'alert', id: `${alert!.idempotency_key}:webhook`, alert: { id: alertId, dashboardUrl: `${PUBLIC_URL}/alerts/${alertId}`, person: 'Dana Whitfield', account: { arr: 120000 } } });
    expect(alert!.delivery_status).toBe('sent');

    // Replaying the captured request ten minutes later: the timestamp is outside the tolerance.
    const replay = async (headers: Record<string, string>, payload: string) =>
      fetch(receiver.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
    const captured = {
      'X-ExecRadar-Timestamp': String(request.headers['x-execradar-timestamp']),
      'X-ExecRadar-Signature': String(request.headers['x-execradar-signature']),
      'Idempotency-Key': String(request.headers['idempotency-key']),
    };
    clock.advance(10 * 60_000);
    const late = await replay(captured, request.body);
    expect(late.status).toBe(401);
    expect(await late.text()).toBe('too-old');
    // Re-signing with a fresh timestamp needs the secret; a changed body under the old signature fails.
    const fresh = String(Math.floor(clock.now().getTime() / 1000));
    const tampered = await replay({ ...captured, 'X-ExecRadar-Timestamp': fresh }, request.body.replace('120000', '1'));
    expect(tampered.status).toBe(401);
    expect(await tampered.text()).toBe('mismatch');
    expect(receiver.accepted.size).toBe(1);
  });

  it('a crash between send and record loses nothing and duplicates at most once, with the same idempotency key', async () => {
    for (let i = 1; i <= 6; i++) await raiseTestAlert(database.db, { key: `crash-${i}`, owner: 'ops@example.test', person: `Person ${i}` });
    const settings = settingsWith({ batchSize: 3 });
    let crashed = 0;
    const crashing = deps(settings, {
      afterSend: () => {
        crashed++;
        throw new Error('process killed after send');
      },
    });
    await expect(deliverDueAlerts(crashing)).rejects.toThrow('process killed after send');
    expect(crashed).toBeGreaterThanOrEqual(1);
    const afterCrash = await deliveryRows();
    expect(afterCrash.filter((row) => row.status === 'sending').length).toBeGreaterThanOrEqual(1);

    // A restarted worker before the lease lapses leaves the in-flight rows alone (no double send).
    await drainDeliveries(deps(settings));
    const stillInFlight = (await deliveryRows()).filter((row) => row.status === 'sending');
    expect(stillInFlight.length).toBe(crashed);
    clock.advance(61_000);
    await drainDeliveries(deps(settings));

    const rows = await deliveryRows();
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    expect((await alertRows()).every((alert) => alert.delivery_status === 'sent')).toBe(true);
    // Every alert arrived; the crashed ones exactly twice, with the same key both times; the rest once.
    expect(receiver.accepted.size).toBe(6);
    const perKey = new Map<string, number>();
    for (const request of receiver.requests) perKey.set(String(request.headers['idempotency-key']), (perKey.get(String(request.headers['idempotency-key'])) ?? 0) + 1);
    expect([...perKey.values()].filter((count) => count === 2)).toHaveLength(crashed);
    expect([...perKey.values()].every((count) => count <= 2)).toBe(true);
    expect(receiver.duplicates).toHaveLength(crashed);
    expect(new Set(receiver.duplicates).size).toBe(crashed);
  });

  it('a receiver down with 503 + Retry-After gets every alert once it is back, not before Retry-After', async () => {
    for (let i = 1; i <= 5; i++) await raiseTestAlert(database.db, { key: `down-${i}`, owner: 'ops@example.test' });
    receiver.mode = { status: 503, retryAfter: '600' };
    const first = await deliverDueAlerts(deps(settingsWith()));
    expect(first).toMatchObject({ claimed: 5, retried: 5, sent: 0 });
    const waiting = await deliveryRows();
    // backoff alone would be 15 s (random 0); Retry-After asks for 10 minutes and wins.
    for (const row of waiting) expect(row.next_attempt_at.getTime()).toBe(clock.now().getTime() + 600_000);
    expect(waiting.every((row) => row.last_error?.includes('HTTP 503'))).toBe(true);

    clock.advance(5 * 60_000);
    expect(await deliverDueAlerts(deps(settingsWith()))).toMatchObject({ claimed: 0 });
    expect(receiver.requests).toHaveLength(5);

    receiver.mode = null;
    clock.advance(5 * 60_000);
    const back = await drainDeliveries(deps(settingsWith()));
    expect(back.sent).toBe(5);
    expect(receiver.accepted.size).toBe(5);
    expect(receiver.duplicates).toEqual([]);
    expect((await alertRows()).map((alert) => alert.delivery_status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  });

  it('retries with growing delays and ends as failed with the reason after maxAttempts', async () => {
    const alertId = await raiseTestAlert(database.db, { key: 'bound', owner: 'ops@example.test' });
    receiver.mode = { status: 500 };
    const settings = settingsWith({ maxAttempts: 3, baseDelayMs: 1000 });
    const delays: number[] = [];
    for (let round = 0; round < 3; round++) {
      await deliverDueAlerts(deps(settings));
      const [row] = await deliveryRows();
      if (row!.status === 'pending') {
        delays.push(row!.next_attempt_at.getTime() - clock.now().getTime());
        clock.set(row!.next_attempt_at.toISOString());
      }
    }
    expect(delays).toEqual([500, 1000]);
    const [row] = await deliveryRows();
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row!.last_error).toMatch(/^gave up after 3 attempts: POST 127\.0\.0\.1:\d+: HTTP 500/u);
    const [alert] = await alertRows();
    expect(alert).toMatchObject({ delivery_status: 'failed' });
    expect(alert!.last_error).toContain('HTTP 500');
    expect(receiver.requests).toHaveLength(3);
    expect(await deliveriesOfAlert(database.db, alertId)).toEqual([
      { channel: 'webhook', target: 'crm-sync', status: 'failed', attempts: 3, nextAttemptAt: null, sentAt: null, lastError: row!.last_error, viaDigest: false },
    ]);
    expect(await deliveryCounts(database.db)).toEqual({ pending: 0, sending: 0, sent: 0, failed: 1 });
  });

  it('two workers running at once send every alert exactly once (claims skip locked rows)', async () => {
    for (let i = 1; i <= 24; i++) await raiseTestAlert(database.db, { key: `pair-${i}`, owner: 'ops@example.test' });
    const settings = settingsWith({ batchSize: 5 });
    const [a, b] = await Promise.all([drainDeliveries(deps(settings)), drainDeliveries(deps(settings))]);
    expect(a.sent + b.sent).toBe(24);
    expect(a.planned + b.planned).toBe(24);
    expect(receiver.requests).toHaveLength(24);
    expect(receiver.accepted.size).toBe(24);
    expect(receiver.duplicates).toEqual([]);
  });

  it('a 4xx answer is permanent: failed after one attempt', async () => {
    await raiseTestAlert(database.db, { key: 'gone', owner: 'ops@example.test' });
    receiver.mode = { status: 410 };
    await drainDeliveries(deps(settingsWith()));
    const [row] = await deliveryRows();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.last_error).toContain('HTTP 410');
  });
});
