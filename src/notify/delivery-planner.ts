/**
 * Fans new outbox alerts out into deliveries: one per channel and target from the routing, plus a place in the
 * owner's next daily digest when the owner reads digests instead. Runs in one transaction per batch with the
 * alerts locked (`SKIP LOCKED`), so two workers never plan the same alert and a crash plans nothing half-way.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { insertDeliveries } from './delivery-repository.js';
import { instantAlertTargets } from './notify-routing.js';
import type { NotifySettings } from './notify-settings.js';

export interface PlanResult {
  /** Alerts fanned out to at least one instant delivery. */
  readonly planned: number;
  /** Alerts put aside for a daily digest. */
  readonly held: number;
  /** Alerts with nowhere to go (no route configured, or dismissed before delivery). */
  readonly skipped: number;
}

/** The owner's key in `alert_digest_items` ('' for alerts whose contact has no owner). */
export const digestRecipientKey = (owner: string | null): string => (owner ?? '').trim().toLowerCase();

export async function planPendingAlerts(db: Kysely<Database>, settings: NotifySettings, now: Date, limit = 100): Promise<PlanResult> {
  return db.transaction().execute(async (trx) => {
    const alerts = await trx
      .selectFrom('alerts')
      .select(['id', 'recipient', 'status', 'idempotency_key'])
      .where('delivery_status', '=', 'pending')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    let planned = 0;
    let held = 0;
    let skipped = 0;
    for (const alert of alerts) {
      if (alert.status === 'dismissed') {
        await trx.updateTable('alerts').set({ delivery_status: 'skipped', last_error: 'dismissed before delivery' }).where('id', '=', alert.id).execute();
        skipped++;
        continue;
      }
      const { route, targets } = instantAlertTargets(settings, alert.recipient);
      await insertDeliveries(trx, { alertId: alert.id }, alert.idempotency_key, targets, now);
      const digestWanted = route.digest === 'daily' && (route.emails.length > 0 || route.slack !== null);
      if (digestWanted) {
        await trx
          .insertInto('alert_digest_items')
          .values({ alert_id: alert.id, recipient: digestRecipientKey(alert.recipient), digest_id: null, created_at: now })
          .onConflict((conflict) => conflict.doNothing())
          .execute();
        held++;
      }
      if (targets.length > 0) planned++;
      const nowhere = targets.length === 0 && !digestWanted;
      if (nowhere) skipped++;
      await trx
        .updateTable('alerts')
        .set(nowhere ? { delivery_status: 'skipped', last_error: 'no route configured for this owner' } : { delivery_status: 'sending', attempts: 0 })
        .where('id', '=', alert.id)
        .execute();
    }
    return { planned, held, skipped };
  });
}
