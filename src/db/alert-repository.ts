/**
 * The alert outbox. An alert is written in the same transaction as the match that causes it, once
 * per (kind, event, contact) — the dedupe key — with an idempotency key receivers can rely on.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AlertKind, Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewAlert {
  readonly kind: AlertKind;
  readonly dedupeKey: string;
  readonly eventId: number | null;
  readonly contactId: string | null;
  readonly recipient: string | null;
  readonly payload: Record<string, unknown>;
}

export const idempotencyKeyFor = (dedupeKey: string): string =>
  createHash('sha256').update(`execradar:${dedupeKey}`).digest('hex').slice(0, 32);

/** Inserts the alert unless it exists; returns its id when it was created now. */
export async function raiseAlert(db: Db, alert: NewAlert): Promise<number | null> {
  const inserted = await db
    .insertInto('alerts')
    .values({
      kind: alert.kind,
      dedupe_key: alert.dedupeKey,
      event_id: alert.eventId,
      contact_id: alert.contactId,
      recipient: alert.recipient,
      payload: JSON.stringify(alert.payload),
      idempotency_key: idempotencyKeyFor(alert.dedupeKey),
      assigned_to: null,
      snoozed_until: null,
      last_error: null,
      delivered_at: null,
    })
    .onConflict((c) => c.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

export interface OpenAlertView {
  readonly id: number;
  readonly kind: AlertKind;
  readonly recipient: string | null;
  readonly createdAt: Date;
  readonly payload: Record<string, unknown>;
}

export async function listOpenAlerts(db: Db, options: { readonly owner?: string; readonly limit?: number } = {}): Promise<OpenAlertView[]> {
  let query = db
    .selectFrom('alerts')
    .select(['id', 'kind', 'recipient', 'created_at', 'payload'])
    .where((eb) => eb.or([eb('status', '=', 'open'), eb.and([eb('status', '=', 'snoozed'), eb('snoozed_until', '<=', new Date())])]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 200);
  if (options.owner) query = query.where('recipient', '=', options.owner);
  const rows = await query.execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, recipient: row.recipient, createdAt: row.created_at, payload: row.payload }));
}
