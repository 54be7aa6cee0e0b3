/**
 * A delivery process really killed between send and record: a child process runs the real delivery worker against
 * a database this process can open too (PostgreSQL, or PGlite in a data directory on disk, handed over while
 * closed since PGlite is single-process), and the local webhook receiver SIGKILLs it once a request has arrived and
 * before it is answered. After the lease lapses a new worker sends what was left: no alert lost, at most one
 * duplicate per alert, carrying the same idempotency key; every delivery ends `sent`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { openDatabase, type DatabaseTarget, type OpenDatabase } from '../../src/db/database.js';
import { deliverDueAlerts, drainDeliveries, type NotifyDeps } from '../../src/notify/delivery-worker.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabaseKind } from '../support/test-database.js';
import type { DeliveryChildInput } from './delivery-round-child.js';
import { startWebhookReceiver, type LocalWebhookReceiver } from './local-receivers.js';
import { notifySettings, PUBLIC_URL, raiseTestAlert } from './notify-test-data.js';

const SECRET = 'whsec_kill_0123456789abcdef';
const ALERTS = 6;
/** Short, so that the test can wait for it to lapse for real (the schema allows 1 s at least). */
const LEASE_MS = 2000;
const CHILD = join(import.meta.dirname, 'delivery-round-child.ts');

/** A database both processes can open, one at a time for PGlite: `handOver` closes it here, `takeBack` reopens it. */
interface SharedDatabase {
  readonly target: DatabaseTarget;
  db(): OpenDatabase['db'];
  handOver(): Promise<void>;
  takeBack(): Promise<void>;
  close(): Promise<void>;
}

async function sharedDatabase(kind: TestDatabaseKind): Promise<SharedDatabase> {
  const created = await createTestDatabase(kind);
  if (kind === 'postgres') {
    return { target: { kind: 'postgres', url: created.url!, maxConnections: 2 }, db: () => created.db, handOver: async () => {}, takeBack: async () => {}, close: () => created.close() };
  }
  // The migrated in-memory database, moved into a data directory on disk that the child can open.
  const dump = await created.pglite!.dumpDataDir('gzip');
  await created.close();
  const dataDir = mkdtempSync(join(tmpdir(), 'execradar-kill-'));
  let open: OpenDatabase | null = await openDatabase({ kind: 'pglite', dataDir, loadDataDir: dump });
  const target: DatabaseTarget = { kind: 'pglite', dataDir };
  return {
    target,
    db: () => open!.db,
    handOver: async () => {
      await open?.close();
      open = null;
    },
    takeBack: async () => {
      open = await openDatabase(target);
    },
    close: async () => {
      await open?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface ChildRun {
  /** Hands the child what to work on; until then it only loads its modules. */
  go(input: DeliveryChildInput): void;
  /** SIGKILL, no chance to record anything; a no-op once it has exited. */
  kill(): void;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly output: string }>;
}

function startDeliveryChild(): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: projectRoot(), stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  // Writing to a child that already died must not take the test process down with EPIPE.
  child.stdin.on('error', () => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal, output }));
  });
  return { go: (input) => child.stdin.end(`${JSON.stringify(input)}\n`), kill: () => void child.kill('SIGKILL'), exited };
}

describe.each(testDatabaseKinds())('a delivery process killed between send and record, on %s', (kind) => {
  let shared: SharedDatabase;
  let receiver: LocalWebhookReceiver;
  let child: ChildRun;

  beforeEach(async () => {
    // Started first: its start-up (tsx, the worker's modules) runs while the database is made.
    child = startDeliveryChild();
    receiver = await startWebhookReceiver(SECRET, () => Math.floor(Date.now() / 1000));
    shared = await sharedDatabase(kind);
  });
  afterEach(async () => {
    child.kill();
    await child.exited;
    await receiver.close();
    await shared.close();
  });

  const notify = (): Record<string, unknown> => ({
    defaults: { email: false },
    webhooks: [{ name: 'crm-sync', url: receiver.url, secret: SECRET }],
    delivery: { leaseMs: LEASE_MS, baseDelayMs: 1000, maxAttempts: 5 },
  });
  const deps = (now?: () => Date): NotifyDeps => ({ db: shared.db(), settings: notifySettings(notify()), publicUrl: PUBLIC_URL, windows: null, random: () => 0, ...(now ? { now } : {}) });
  const deliveryRows = () => shared.db().selectFrom('alert_deliveries').selectAll().orderBy('id').execute();
  const keyOf = (request: LocalWebhookReceiver['requests'][number]): string => String(request.headers['idempotency-key']);

  it('loses no alert, and re-sends what was in flight once, with the same idempotency key', { timeout: 30_000 }, async () => {
    for (let i = 1; i <= ALERTS; i++) await raiseTestAlert(shared.db(), { key: `kill-${i}`, owner: 'ops@example.test', person: `Rowan Ashby ${i}` });
    const alertKeys = (await shared.db().selectFrom('alerts').select('idempotency_key').orderBy('id').execute()).map((row) => `${row.idempotency_key}:webhook`);

    // The receiver keeps each request, then kills the sender before answering: sent, never recorded.
    receiver.beforeAnswer = async () => {
      child.kill();
      await child.exited;
    };
    await shared.handOver();
    child.go({ database: shared.target, notify: notify(), publicUrl: PUBLIC_URL });
    const exit = await child.exited;
    expect(exit.signal, `the child should have been killed mid-send; it ended with ${exit.code}:\n${exit.output}`).toBe('SIGKILL');
    receiver.beforeAnswer = null;
    await shared.takeBack();

    const sentBeforeKill = new Set(receiver.requests.map(keyOf));
    expect(sentBeforeKill.size).toBeGreaterThanOrEqual(1);
    expect(receiver.requests.every((request) => request.check.ok)).toBe(true);
    const afterKill = await deliveryRows();
    expect(afterKill).toHaveLength(ALERTS);
    // Nothing was recorded: every claimed row, sent or not yet, is still `sending` under the dead worker's lease.
    expect(afterKill.every((row) => row.status === 'sending' && row.attempts === 1 && row.sent_at === null)).toBe(true);

    // A worker restarted at any moment before the lease lapses leaves those rows alone.
    const leases = afterKill.map((row) => row.lease_until!.getTime());
    const early = await deliverDueAlerts(deps(() => new Date(Math.min(...leases) - 1)));
    expect(early).toMatchObject({ claimed: 0, sent: 0 });
    expect(receiver.requests).toHaveLength(sentBeforeKill.size);

    // Then the lease lapses for real, and a worker on the real clock takes over.
    await sleep(Math.max(0, Math.max(...leases) - Date.now() + 50));
    const recovery = await drainDeliveries(deps());
    expect(recovery).toMatchObject({ claimed: ALERTS, sent: ALERTS, retried: 0, failed: 0 });

    const rows = await deliveryRows();
    expect(rows.map((row) => row.status)).toEqual(Array(ALERTS).fill('sent'));
    expect(rows.map((row) => row.idempotency_key).sort()).toEqual([...alertKeys].sort());
    const alerts = await shared.db().selectFrom('alerts').select('delivery_status').execute();
    expect(alerts.map((alert) => alert.delivery_status)).toEqual(Array(ALERTS).fill('sent'));
    // Every alert arrived; those in flight when the process died arrived twice under one key, the others once.
    expect([...receiver.accepted.keys()].sort()).toEqual([...alertKeys].sort());
    const perKey = new Map<string, number>();
    for (const request of receiver.requests) perKey.set(keyOf(request), (perKey.get(keyOf(request)) ?? 0) + 1);
    for (const key of alertKeys) expect(perKey.get(key), key).toBe(sentBeforeKill.has(key) ? 2 : 1);
    expect([...receiver.duplicates].sort()).toEqual([...sentBeforeKill].sort());
    expect(receiver.requests.every((request) => request.check.ok)).toBe(true);
  });
});
