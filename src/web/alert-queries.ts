/** Read models of the alerts inbox: open alerts (snoozed ones come back when their snooze ends) and one alert. */
import type { Kysely } from 'kysely';
import type { AlertKind, AlertStatus, Database } from '../db/schema.js';

export interface InboxAlert {
  readonly id: number;
  readonly kind: AlertKind;
  readonly status: AlertStatus;
  readonly recipient: string | null;
  readonly assignedTo: string | null;
  readonly snoozedUntil: Date | null;
  readonly createdAt: Date;
  readonly accountId: string | null;
  /** Frozen when the alert was raised (see process-document.ts `alertPayload`). */
  readonly payload: AlertPayloadView;
}

export interface AlertPayloadView {
  readonly person?: string;
  readonly personReading?: string | null;
  readonly change?: string;
  readonly roleBefore?: string | null;
  readonly roleAfter?: string | null;
  readonly effective?: string | null;
  readonly evidence?: string;
  readonly documentUrl?: string;
  readonly documentTitle?: string | null;
  readonly announced?: string | null;
  readonly company?: string;
  readonly contact?: { readonly id?: string; readonly name?: string; readonly title?: string | null };
  readonly account?: { readonly id?: string; readonly name?: string; readonly arr?: number | null; readonly renewalDate?: string | null };
  readonly match?: { readonly score?: number; readonly reasons?: readonly string[] };
}

type Row = { id: number; kind: AlertKind; status: AlertStatus; recipient: string | null; assigned_to: string | null; snoozed_until: Date | null; created_at: Date; payload: Record<string, unknown>; account_id: string | null };

function toInbox(row: Row): InboxAlert {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    recipient: row.recipient,
    assignedTo: row.assigned_to,
    snoozedUntil: row.snoozed_until,
    createdAt: row.created_at,
    accountId: row.account_id,
    payload: row.payload as AlertPayloadView,
  };
}

const COLUMNS = ['al.id', 'al.kind', 'al.status', 'al.recipient', 'al.assigned_to', 'al.snoozed_until', 'al.created_at', 'al.payload', 'c.account_id'] as const;

export async function listInbox(db: Kysely<Database>, options: { readonly owner?: string | undefined; readonly now?: Date } = {}): Promise<InboxAlert[]> {
  const now = options.now ?? new Date();
  let query = db
    .selectFrom('alerts as al')
    .leftJoin('contacts as c', 'c.id', 'al.contact_id')
    .select(COLUMNS)
    .where((eb) => eb.or([eb('al.status', '=', 'open'), eb.and([eb('al.status', '=', 'snoozed'), eb('al.snoozed_until', '<=', now)])]))
    .orderBy('al.created_at', 'desc')
    .orderBy('al.id', 'desc')
    .limit(500);
  if (options.owner) query = query.where((eb) => eb.or([eb('al.recipient', '=', options.owner!), eb('al.assigned_to', '=', options.owner!)]));
  return (await query.execute()).map(toInbox);
}

export async function findAlert(db: Kysely<Database>, id: number): Promise<InboxAlert | null> {
  const row = await db.selectFrom('alerts as al').leftJoin('contacts as c', 'c.id', 'al.contact_id').select(COLUMNS).where('al.id', '=', id).executeTakeFirst();
  return row ? toInbox(row) : null;
}
