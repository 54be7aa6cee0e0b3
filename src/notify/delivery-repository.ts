/**
 * The delivery table's state machine: pending → sending (claimed, with a lease) → sent | pending (retry) | failed.
 * A claim is one UPDATE over `FOR UPDATE SKIP LOCKED` rows, so two workers on PostgreSQL never claim the same row;
 * a row whose lease lapsed (its worker died between send and record) is claimed again and re-sent with the same
 * idempotency key — the one duplicate the design allows. Results are recorded only by the claim that still holds
 * the row (same attempt number), so a late worker cannot overwrite a newer outcome.
 */
import { sql, type ExpressionBuilder, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AlertDeliveriesTable, Database } from '../db/schema.js';
import type { PlannedTarget } from './notify-routing.js';

type Db = Kysely<Database> | Transaction<Database>;

export type Delivery = Selectable<AlertDeliveriesTable>;

/** `${alert idempotency key}:${channel}` — what the receiver sees, identical on every retry of that delivery. */
export const deliveryIdempotencyKey = (baseKey: string, channel: string): string => `${baseKey}:${channel}`;

export async function insertDeliveries(
  db: Db,
  owner: { readonly alertId: number } | { readonly digestId: number },
  baseKey: string,
  targets: readonly PlannedTarget[],
  now: Date,
): Promise<number> {
  if (targets.length === 0) return 0;
  const rows = await db
    .insertInto('alert_deliveries')
    .values(
      targets.map((target) => ({
        alert_id: 'alertId' in owner ? owner.alertId : null,
        digest_id: 'digestId' in owner ? owner.digestId : null,
        channel: target.channel,
        target: target.target,
        language: target.language,
        next_attempt_at: now,
        lease_until: null,
        last_error: null,
        sent_at: null,
        idempotency_key: deliveryIdempotencyKey(baseKey, target.channel),
      })),
    )
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/** Claims up to `limit` due deliveries: pending and due, or sending with a lapsed lease. */
export async function claimDueDeliveries(db: Kysely<Database>, now: Date, leaseMs: number, limit: number): Promise<Delivery[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const result = await sql<Delivery>`
    update alert_deliveries
       set status = 'sending', attempts = attempts + 1, lease_until = ${leaseUntil}
     where id in (
       select id from alert_deliveries
        where (status = 'pending' and next_attempt_at <= ${now})
           or (status = 'sending' and lease_until <= ${now})
        order by next_attempt_at, id
        limit ${limit}
        for update skip locked)
    returning *`.execute(db);
  return [...result.rows].sort((a, b) => a.id - b.id);
}

const heldBy = (delivery: Delivery) => (eb: ExpressionBuilder<Database, 'alert_deliveries'>) =>
  eb.and([eb('id', '=', delivery.id), eb('status', '=', 'sending'), eb('attempts', '=', delivery.attempts)]);

export async function recordSent(db: Db, delivery: Delivery, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('alert_deliveries')
    .set({ status: 'sent', sent_at: now, lease_until: null, last_error: null })
    .where(heldBy(delivery))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function recordRetry(db: Db, delivery: Delivery, error: string, nextAttemptAt: Date): Promise<boolean> {
  const result = await db
    .updateTable('alert_deliveries')
    .set({ status: 'pending', next_attempt_at: nextAttemptAt, lease_until: null, last_error: error.slice(0, 2000) })
    .where(heldBy(delivery))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function recordFailed(db: Db, delivery: Delivery, error: string): Promise<boolean> {
  const result = await db
    .updateTable('alert_deliveries')
    .set({ status: 'failed', lease_until: null, last_error: error.slice(0, 2000) })
    .where(heldBy(delivery))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Brings `alerts.delivery_status` in line with its deliveries (direct ones, and the digest it waits in): sent when
 * every one is sent, failed when any failed and none is still open; unchanged while any is open.
 */
export async function settleAlert(db: Db, alertId: number, now: Date): Promise<void> {
  const direct = await db.selectFrom('alert_deliveries').select(['status', 'last_error', 'sent_at']).where('alert_id', '=', alertId).execute();
  const item = await db.selectFrom('alert_digest_items').select('digest_id').where('alert_id', '=', alertId).executeTakeFirst();
  if (item && item.digest_id === null) return;
  const viaDigest = item?.digest_id
    ? await db.selectFrom('alert_deliveries').select(['status', 'last_error', 'sent_at']).where('digest_id', '=', item.digest_id).execute()
    : [];
  const all = [...direct, ...viaDigest];
  if (all.length === 0 || all.some((row) => row.status === 'pending' || row.status === 'sending')) return;
  const failed = all.find((row) => row.status === 'failed');
  const lastSent = all.reduce<Date | null>((latest, row) => (row.sent_at && (!latest || row.sent_at > latest) ? row.sent_at : latest), null);
  await db
    .updateTable('alerts')
    .set(
      failed
        ? { delivery_status: 'failed', last_error: failed.last_error }
        : { delivery_status: 'sent', last_error: null, delivered_at: lastSent ?? now },
    )
    .where('id', '=', alertId)
    .where('delivery_status', '=', 'sending')
    .execute();
}

/** What the dashboard shows on an alert's page: where it went, when, and what went wrong. */
export interface DeliveryView {
  readonly channel: Delivery['channel'];
  readonly target: string;
  readonly status: Delivery['status'];
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly sentAt: Date | null;
  readonly lastError: string | null;
  /** True when it went out inside a digest rather than on its own. */
  readonly viaDigest: boolean;
}

export async function deliveriesOfAlert(db: Db, alertId: number): Promise<DeliveryView[]> {
  const item = await db.selectFrom('alert_digest_items').select('digest_id').where('alert_id', '=', alertId).executeTakeFirst();
  const rows = await db
    .selectFrom('alert_deliveries')
    .selectAll()
    .where((eb) => (item?.digest_id ? eb.or([eb('alert_id', '=', alertId), eb('digest_id', '=', item.digest_id)]) : eb('alert_id', '=', alertId)))
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    channel: row.channel,
    target: row.target,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    sentAt: row.sent_at,
    lastError: row.last_error,
    viaDigest: row.digest_id !== null,
  }));
}

/** Deliveries by status (for a health view: `failed` > 0 needs a look). */
export async function deliveryCounts(db: Db): Promise<Record<Delivery['status'], number>> {
  const rows = await db.selectFrom('alert_deliveries').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const counts: Record<Delivery['status'], number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
